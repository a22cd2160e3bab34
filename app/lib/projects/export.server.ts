import { stringify } from "csv-stringify/sync";
import type { TFunction } from "i18next";
import { feasibilityStatus } from "./feasibility";
import type { PackageRow } from "./package";

/**
 * CSV hardening: every field quoted, and a field a spreadsheet would run as a formula (= + - @ tab CR)
 * starts with an apostrophe. Kept to this one function so it can give way to a shared CSV helper.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const defuse = (value: string | number | null) => {
    const text = value === null ? "" : String(value);
    return typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  };
  // A byte-order mark so spreadsheet programs read the Polish letters as UTF-8.
  return `\ufeff${stringify([header.map(defuse), ...rows.map((r) => r.map(defuse))], { quoted: true, quoted_empty: true, record_delimiter: "\r\n" })}`;
}

const money = (grosze: number) => (grosze / 100).toFixed(2);

/** The package as CSV: one row per project, amounts in PLN with a dot (machine-readable), dates ISO. */
export function packageCsv(rows: readonly PackageRow[], names: ReadonlyMap<string, string>, t: TFunction): string {
  const header = [
    "title",
    "type",
    "area",
    "maturity",
    "totalCost",
    "eligibleCost",
    "start",
    "end",
    "lead",
    "leadTeryt",
    "partners",
    "feasibility",
    "flagship",
  ].map((c) => t(`projects:export.${c}`));
  return toCsv(
    header,
    rows.map((r) => [
      r.title,
      t(`projects:type.${r.type}`),
      t(`projects:area.${r.area}`),
      r.maturity,
      money(r.totalCost),
      money(r.eligibleCost),
      r.start,
      r.end,
      names.get(r.leadTeryt) ?? r.leadTeryt,
      r.leadTeryt,
      r.partnerTeryt.map((teryt) => `${names.get(teryt) ?? teryt} (${teryt})`).join("; "),
      `${Math.round(r.feasibility * 100)}% — ${t(`projects:feasibility.${feasibilityStatus(r.feasibility)}`)}`,
      r.flagship ? t("projects:export.yes") : "",
    ]),
  );
}
