import { describe, expect, it } from "vitest";
import { checkCosts, financingGap, type ProjectCosts } from "./costs";

const members = new Set(["2013", "2013011", "2013022"]);
/** Amounts in grosze: 1 mln zł in all, 800 000 zł eligible, the own share of 200 000 zł from the county and a gmina. */
const ok: ProjectCosts = {
  totalCost: 1_000_000_00, eligibleCost: 800_000_00, ownShare: 200_000_00,
  contributions: [{ teryt: "2013", amount: 150_000_00 }, { teryt: "2013011", amount: 50_000_00 }],
  fundingSources: [{ name: "FEP 2021–2027", amount: 680_000_00 }],
};
const codes = (costs: ProjectCosts) => checkCosts(costs, members).map((i) => `${i.code}@${i.path}`);

describe("cost rules", () => {
  it("accepts a consistent fiche, and a financing shortfall", () => {
    expect(codes(ok)).toEqual([]);
    expect(financingGap(ok)).toBe(120_000_00);
  });

  it("accepts eligible equal to total, and no costs at all", () => {
    expect(codes({ ...ok, eligibleCost: ok.totalCost })).toEqual([]);
    expect(codes({ totalCost: 0, eligibleCost: 0, ownShare: 0, contributions: [], fundingSources: [] })).toEqual([]);
  });

  it("refuses eligible above total by a single grosz", () => {
    expect(codes({ ...ok, eligibleCost: ok.totalCost + 1 })).toEqual(["eligibleAboveTotal@eligibleCost"]);
  });

  it("refuses an own share above the total", () => {
    const costs = { ...ok, ownShare: ok.totalCost + 1, contributions: [{ teryt: "2013", amount: ok.totalCost + 1 }], fundingSources: [] };
    expect(codes(costs)).toEqual(["ownShareAboveTotal@ownShare", "overFinanced@fundingSources"]);
  });

  it("requires the contributions to add up exactly to the own share", () => {
    const off = { ...ok, contributions: [{ teryt: "2013", amount: 150_000_00 }, { teryt: "2013011", amount: 49_999_99 }] };
    const issues = checkCosts(off, members);
    expect(issues).toEqual([{ code: "contributionsMismatch", path: "contributions", params: { sum: 199_999_99, ownShare: 200_000_00 } }]);
    expect(codes({ ...ok, contributions: [] })).toEqual(["contributionsMismatch@contributions"]);
  });

  it("adds many small contributions exactly", () => {
    const contributions = Array.from({ length: 10 }, (_, i) => ({ teryt: `20130${i}`, amount: 10 }));
    const all = new Set(contributions.map((c) => c.teryt));
    expect(checkCosts({ ...ok, ownShare: 100, contributions, fundingSources: [] }, all)).toEqual([]);
  });

  it("accepts contributions only from member JSTs, once each", () => {
    const outsider = { ...ok, contributions: [{ teryt: "2013", amount: 150_000_00 }, { teryt: "1465011", amount: 50_000_00 }] };
    expect(codes(outsider)).toEqual(["contributionNotMember@contributions[1].teryt"]);
    const twice = { ...ok, contributions: [{ teryt: "2013", amount: 150_000_00 }, { teryt: "2013", amount: 50_000_00 }] };
    expect(codes(twice)).toEqual(["contributionDuplicate@contributions[1].teryt"]);
  });

  it("refuses more financing than the project costs", () => {
    expect(codes({ ...ok, fundingSources: [{ name: "A", amount: 800_000_00 }, { name: "B", amount: 1 }] })).toEqual([
      "overFinanced@fundingSources",
    ]);
    expect(codes({ ...ok, fundingSources: [{ name: "A", amount: 800_000_00 }] })).toEqual([]);
  });
});
