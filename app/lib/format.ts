/**
 * The one place where dates, times and numbers are turned into text, on the server and in the browser alike.
 *
 * Every time is shown in Polish time (Europe/Warsaw), whatever the zone of the server (UTC in production) or of
 * the browser, and says so: "27 listopada 2026, 14:05 (czas polski)". Because the zone is fixed rather than
 * taken from the machine, the server renders exactly what the browser hydrates (no hydration mismatch), and a
 * version saved at 06:07 UTC reads the same "07:07 (czas polski)" in the versions list and in the comments.
 * The offset comes from the time-zone database (`@date-fns/tz`), so daylight-saving changes are right.
 */
import { tz } from "@date-fns/tz";
import { format as formatDate } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import type { Locale } from "../i18n";

/** The zone every time in the app is shown in: the partnerships and the ministry all work in Polish time. */
export const APP_TIME_ZONE = "Europe/Warsaw";

const dateLocales = { pl, en: enGB } as const;
const inWarsaw = tz(APP_TIME_ZONE);

/** What the zone is called next to a time: "czas polski" / "Polish time". */
const ZONE_LABEL: Record<Locale, string> = { pl: "czas polski", en: "Polish time" };

type DateInput = Date | string | number;

function warsaw(value: DateInput, pattern: string, locale: Locale): string {
  return formatDate(new Date(value), pattern, { locale: dateLocales[locale], in: inWarsaw });
}

/** "czas polski" / "Polish time": the label of the zone (for table headers and `<time>` titles). */
export function timeZoneLabel(locale: Locale): string {
  return ZONE_LABEL[locale];
}

/** "UTC+01:00" in winter, "UTC+02:00" in summer: the offset of Polish time at that instant. */
export function timeZoneOffset(value: DateInput): string {
  return `UTC${warsaw(value, "xxx", "pl")}`;
}

/** 27 listopada 2026, 14:05 (czas polski) / 27 November 2026, 14:05 (Polish time). */
export function formatDateTime(value: DateInput, locale: Locale): string {
  return `${formatDateTimeUnlabelled(value, locale)} (${ZONE_LABEL[locale]})`;
}

/** 27 listopada 2026, 14:05 in Polish time, without the label: only where a heading already names the zone. */
export function formatDateTimeUnlabelled(value: DateInput, locale: Locale): string {
  return warsaw(value, "d MMMM yyyy, HH:mm", locale);
}

/** 14:05 (czas polski). */
export function formatTime(value: DateInput, locale: Locale): string {
  return `${warsaw(value, "HH:mm", locale)} (${ZONE_LABEL[locale]})`;
}

/** 27 listopada 2026: the day in Poland (an instant just after midnight Polish time is already the next day). */
export function formatDay(value: DateInput, locale: Locale): string {
  return warsaw(value, "d MMMM yyyy", locale);
}

/** The instant with Poland's offset, for `<time dateTime>`: 2026-11-27T14:05:00+01:00. */
export function isoInPolishTime(value: DateInput): string {
  return warsaw(value, "yyyy-MM-dd'T'HH:mm:ssxxx", "pl");
}

/** 1 234 567,89 zł style numbers. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale === "pl" ? "pl-PL" : "en-GB", options).format(value);
}
