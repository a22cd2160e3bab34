import { describe, expect, it } from "vitest";
import { completeness, feasibilityStatus } from "./feasibility";
import { packageTotals, parsePackageQuery, queryPackage, type PackageRow } from "./package";
import { paragraphs } from "../editor/derive.server";

const row = (over: Partial<PackageRow>): PackageRow => ({
  id: "x",
  title: "X",
  type: "strategic",
  area: "economic",
  maturity: 0,
  totalCost: 0,
  eligibleCost: 0,
  start: null,
  end: null,
  leadTeryt: "2013",
  partnerTeryt: [],
  contributions: [],
  feasibility: 0,
  flagship: false,
  scheduleStart: null,
  scheduleEnd: null,
  ...over,
});

const rows = [
  row({ id: "1", title: "Żłobek", area: "social", totalCost: 300, eligibleCost: 200, maturity: 2, start: "2026-05-01", leadTeryt: "2013011", partnerTeryt: ["2013", "2013011"], contributions: [{ teryt: "2013011", amount: 50 }, { teryt: "2013", amount: 25 }] }),
  row({ id: "2", title: "Aktywizacja", area: "economic", totalCost: 1000, eligibleCost: 900, maturity: 4, start: "2026-01-01", partnerTeryt: ["2013022"], contributions: [{ teryt: "2013", amount: 100 }] }),
  row({ id: "3", title: "Ścieżki rowerowe", type: "complementary", area: "environmental", totalCost: 1, eligibleCost: 1, maturity: 1 }),
];

describe("package totals, sort and filter", () => {
  it("totals by area (all four) and by JST, exactly", () => {
    const totals = packageTotals(rows);
    expect(totals).toMatchObject({ projects: 3, totalCost: 1301, eligibleCost: 1101 });
    expect(totals.byArea).toEqual([
      { area: "economic", projects: 1, totalCost: 1000, eligibleCost: 900 },
      { area: "social", projects: 1, totalCost: 300, eligibleCost: 200 },
      { area: "environmental", projects: 1, totalCost: 1, eligibleCost: 1 },
      { area: "institutional", projects: 0, totalCost: 0, eligibleCost: 0 },
    ]);
    expect(totals.byJst).toEqual([
      { teryt: "2013", leads: 2, participates: 1, ledCost: 1001, ownContribution: 125 },
      { teryt: "2013011", leads: 1, participates: 0, ledCost: 300, ownContribution: 50 },
      { teryt: "2013022", leads: 0, participates: 1, ledCost: 0, ownContribution: 0 },
    ]);
  });

  it("sorts in Polish order, by numbers and by dates with empty dates last", () => {
    const q = parsePackageQuery(new URLSearchParams());
    expect(queryPackage(rows, q).map((r) => r.title)).toEqual(["Aktywizacja", "Ścieżki rowerowe", "Żłobek"]);
    expect(queryPackage(rows, { ...q, sort: "totalCost", dir: "desc" }).map((r) => r.id)).toEqual(["2", "1", "3"]);
    expect(queryPackage(rows, { ...q, sort: "start" }).map((r) => r.id)).toEqual(["2", "1", "3"]);
    expect(queryPackage(rows, { ...q, sort: "start", dir: "desc" }).map((r) => r.id)).toEqual(["1", "2", "3"]);
  });

  it("filters by type, area, JST (lead or partner) and maturity", () => {
    const q = parsePackageQuery(new URLSearchParams("typ=complementary"));
    expect(queryPackage(rows, q).map((r) => r.id)).toEqual(["3"]);
    expect(queryPackage(rows, parsePackageQuery(new URLSearchParams("obszar=social"))).map((r) => r.id)).toEqual(["1"]);
    expect(queryPackage(rows, parsePackageQuery(new URLSearchParams("jst=2013022"))).map((r) => r.id)).toEqual(["2"]);
    expect(queryPackage(rows, parsePackageQuery(new URLSearchParams("dojrzalosc=2"))).map((r) => r.id)).toEqual(["2", "1"]);
  });

  it("ignores unknown query values", () => {
    expect(parsePackageQuery(new URLSearchParams("sort=drop&obszar=mars&jst=abc&dojrzalosc=9&kolejnosc=up"))).toEqual({
      sort: "title",
      dir: "asc",
      type: undefined,
      area: undefined,
      teryt: undefined,
      minMaturity: undefined,
    });
  });
});

describe("feasibility completeness", () => {
  it("is the share of template sections with content", () => {
    expect(completeness(null)).toBe(0);
    expect(completeness({ technical: paragraphs("Opis"), legal: paragraphs("") })).toBeCloseTo(1 / 6);
    const all = Object.fromEntries(["technical", "legal", "institutional", "financial", "risks", "conclusion"].map((k) => [k, paragraphs("x")]));
    expect(completeness(all)).toBe(1);
    expect(completeness({ unrelated: paragraphs("x") })).toBe(0);
  });

  it("names the status", () => {
    expect([0, 0.5, 1].map(feasibilityStatus)).toEqual(["notStarted", "started", "complete"]);
  });
});
