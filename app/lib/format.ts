import { format as formatDate } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import type { Locale } from "../i18n";

const dateLocales = { pl, en: enGB } as const;

/** 27 listopada 2026, 14:05 (pl) / 27 November 2026, 14:05 (en). */
export function formatDateTime(value: Date | string | number, locale: Locale): string {
  return formatDate(new Date(value), "d MMMM yyyy, HH:mm", { locale: dateLocales[locale] });
}

/** 1 234 567,89 zł style numbers. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale === "pl" ? "pl-PL" : "en-GB", options).format(value);
}
