import type { IsoDate } from "./dates";
import { PROJECT_AREAS, type ProjectArea, type ProjectType } from "./enums";
import { sumGrosze, type Grosze } from "./money";

/** One project as the package view, its totals and its exports see it. */
export interface PackageRow {
  id: string;
  title: string;
  type: ProjectType;
  area: ProjectArea;
  maturity: number;
  totalCost: Grosze;
  eligibleCost: Grosze;
  start: IsoDate | null;
  end: IsoDate | null;
  leadTeryt: string;
  partnerTeryt: readonly string[];
  contributions: readonly { teryt: string; amount: Grosze }[];
  /** 0..1: share of the feasibility analysis's sections with content. */
  feasibility: number;
  flagship: boolean;
  /** The schedule's span (first task start, last task end), null without tasks. */
  scheduleStart: IsoDate | null;
  scheduleEnd: IsoDate | null;
}

export interface AreaTotal {
  area: ProjectArea;
  projects: number;
  totalCost: Grosze;
  eligibleCost: Grosze;
}

/** Per member JST: projects it leads or takes part in, and the own contributions it has pledged. */
export interface JstTotal {
  teryt: string;
  leads: number;
  participates: number;
  /** Total cost of the projects it leads. */
  ledCost: Grosze;
  ownContribution: Grosze;
}

export interface PackageTotals {
  projects: number;
  totalCost: Grosze;
  eligibleCost: Grosze;
  byArea: AreaTotal[];
  byJst: JstTotal[];
}

/** Totals of the whole package, by area (all four, also when empty) and by JST (those that appear). */
export function packageTotals(rows: readonly PackageRow[]): PackageTotals {
  const byArea = PROJECT_AREAS.map((area) => {
    const inArea = rows.filter((r) => r.area === area);
    return {
      area,
      projects: inArea.length,
      totalCost: sumGrosze(inArea.map((r) => r.totalCost)),
      eligibleCost: sumGrosze(inArea.map((r) => r.eligibleCost)),
    };
  });
  const jst = new Map<string, JstTotal>();
  const entry = (teryt: string) => {
    let e = jst.get(teryt);
    if (!e) jst.set(teryt, (e = { teryt, leads: 0, participates: 0, ledCost: 0, ownContribution: 0 }));
    return e;
  };
  for (const row of rows) {
    const lead = entry(row.leadTeryt);
    lead.leads += 1;
    lead.ledCost = sumGrosze([lead.ledCost, row.totalCost]);
    for (const teryt of new Set(row.partnerTeryt)) if (teryt !== row.leadTeryt) entry(teryt).participates += 1;
    for (const c of row.contributions) {
      const e = entry(c.teryt);
      e.ownContribution = sumGrosze([e.ownContribution, c.amount]);
    }
  }
  return {
    projects: rows.length,
    totalCost: sumGrosze(rows.map((r) => r.totalCost)),
    eligibleCost: sumGrosze(rows.map((r) => r.eligibleCost)),
    byArea,
    byJst: [...jst.values()].sort((a, b) => (a.teryt < b.teryt ? -1 : 1)),
  };
}

export const PACKAGE_SORT_KEYS = ["title", "type", "area", "maturity", "totalCost", "start", "feasibility"] as const;
export type PackageSortKey = (typeof PACKAGE_SORT_KEYS)[number];

export interface PackageQuery {
  sort: PackageSortKey;
  dir: "asc" | "desc";
  type?: ProjectType;
  area?: ProjectArea;
  /** Lead or partner. */
  teryt?: string;
  minMaturity?: number;
}

/** Reads sort and filters from URL search params; anything unknown falls back to the default. */
export function parsePackageQuery(params: URLSearchParams): PackageQuery {
  const pick = <T extends string>(value: string | null, allowed: readonly T[]) =>
    value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  const maturity = Number(params.get("dojrzalosc"));
  return {
    sort: pick(params.get("sort"), PACKAGE_SORT_KEYS) ?? "title",
    dir: params.get("kolejnosc") === "desc" ? "desc" : "asc",
    type: pick(params.get("typ"), ["strategic", "complementary"] as const),
    area: pick(params.get("obszar"), PROJECT_AREAS),
    teryt: /^\d{4}(\d{3})?$/.test(params.get("jst") ?? "") ? params.get("jst")! : undefined,
    minMaturity: Number.isInteger(maturity) && maturity >= 1 && maturity <= 5 ? maturity : undefined,
  };
}

const collator = new Intl.Collator("pl", { sensitivity: "base", numeric: true });

/** Filters and sorts rows (Polish alphabetical order for text; empty dates last). */
export function queryPackage(rows: readonly PackageRow[], q: PackageQuery): PackageRow[] {
  const filtered = rows.filter(
    (r) =>
      (!q.type || r.type === q.type) &&
      (!q.area || r.area === q.area) &&
      (!q.teryt || r.leadTeryt === q.teryt || r.partnerTeryt.includes(q.teryt)) &&
      (q.minMaturity === undefined || r.maturity >= q.minMaturity),
  );
  const sign = q.dir === "desc" ? -1 : 1;
  const compare = (a: PackageRow, b: PackageRow): number => {
    switch (q.sort) {
      case "title":
      case "type":
      case "area":
        return collator.compare(a[q.sort], b[q.sort]);
      case "start":
        if (a.start === b.start) return 0;
        if (a.start === null) return sign; // empty last in both directions
        if (b.start === null) return -sign;
        return a.start < b.start ? -1 : 1;
      default:
        return a[q.sort] - b[q.sort];
    }
  };
  return filtered
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(a.row, b.row) || collator.compare(a.row.title, b.row.title) || a.index - b.index)
    .map((x) => x.row);
}
