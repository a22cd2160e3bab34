/**
 * What differs between the fiche one tried to save and the one saved meanwhile by someone else: the rows
 * of the conflict message (field, your value, their value), as plain text.
 */
type Values = Record<string, unknown>;

const SCALAR = [
  "title",
  "type",
  "area",
  "status",
  "goal",
  "direction",
  "leadTeryt",
  "otherPartners",
  "location",
  "problem",
  "targetGroups",
  "scope",
  "startDate",
  "endDate",
  "totalCost",
  "eligibleCost",
  "ownShare",
] as const;
const FLAGS = ["beyondOneGmina", "moreThanOneProblem", "moreThanOneGroup", "moreThanOnePotential"] as const;
const LISTS: Record<string, readonly string[]> = {
  contributions: ["teryt", "amount"],
  fundingSources: ["name", "amount"],
  indicators: ["kind", "name", "unit", "baseline", "target", "year", "source"],
  risks: ["description", "likelihood", "impact", "mitigation"],
};

export interface DiffRow {
  field: string;
  yours: string;
  theirs: string;
}

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value).trim());
const flag = (value: unknown) => value === true || value === "on" || value === "true";
const money = (value: unknown) => text(value).replace(/[\s\u00a0]/g, "").replace(/,00$/, "").replace(/^0+(?=\d)/, "");

function list(value: unknown, keys: readonly string[]): string {
  const rows = Array.isArray(value) ? (value as Values[]) : [];
  return rows
    .map((row) => keys.map((k) => (k === "amount" ? money(row?.[k]) : text(row?.[k]))).filter(Boolean).join(" · "))
    .filter(Boolean)
    .join("\n");
}

export function diffFiche(yours: Values, theirs: Values): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const key of SCALAR) {
    const norm = key === "totalCost" || key === "eligibleCost" || key === "ownShare" ? money : text;
    if (norm(yours[key]) !== norm(theirs[key])) rows.push({ field: key, yours: text(yours[key]), theirs: text(theirs[key]) });
  }
  const partners = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : []).map(String).sort().join(", ");
  if (partners(yours.partnerTeryts) !== partners(theirs.partnerTeryts)) {
    rows.push({ field: "partnerTeryts", yours: partners(yours.partnerTeryts), theirs: partners(theirs.partnerTeryts) });
  }
  for (const key of FLAGS) {
    if (flag(yours[key]) !== flag(theirs[key])) rows.push({ field: key, yours: String(flag(yours[key])), theirs: String(flag(theirs[key])) });
  }
  for (const [key, keys] of Object.entries(LISTS)) {
    const a = list(yours[key], keys);
    const b = list(theirs[key], keys);
    if (a !== b) rows.push({ field: key, yours: a, theirs: b });
  }
  return rows;
}
