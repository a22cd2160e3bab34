import type { TFunction } from "i18next";

export interface UnitOption {
  teryt: string;
  name: string;
  kind: string;
}

/** "Ciechanowiec — gmina miejsko-wiejska (2013023)": a JST by name, with its kind and TERYT code. */
export function unitLabel(unit: UnitOption, t: TFunction): string {
  return `${unit.name} — ${t(`common:unitKind.${unit.kind}`, { defaultValue: unit.kind })} (${unit.teryt})`;
}

export function unitName(units: readonly UnitOption[], teryt: string | null | undefined, t: TFunction): string {
  if (!teryt) return "—";
  const unit = units.find((u) => u.teryt === teryt);
  return unit ? unitLabel(unit, t) : teryt;
}

/** A calendar date (YYYY-MM-DD) in Polish or English, without time-zone shifts. */
export function formatDay(iso: string | null | undefined, locale: "pl" | "en"): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(locale === "pl" ? "pl-PL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
