import { describe, expect, it } from "vitest";
import { diffFiche } from "./fiche-diff";

describe("conflict rows", () => {
  it("lists only what differs, with amounts compared as amounts", () => {
    const theirs = { title: "Strefa S8", totalCost: "1000000", partnerTeryts: ["2013011", "2013"], beyondOneGmina: "on", contributions: [{ teryt: "2013", amount: "100" }] };
    const yours = { title: "Strefa przy S8", totalCost: "1 000 000,00", partnerTeryts: ["2013", "2013011"], beyondOneGmina: "on", contributions: [{ teryt: "2013", amount: "100,00" }] };
    expect(diffFiche(yours, theirs)).toEqual([{ field: "title", yours: "Strefa przy S8", theirs: "Strefa S8" }]);
  });

  it("shows flags and list rows side by side", () => {
    const rows = diffFiche(
      { moreThanOneGroup: "on", risks: [{ description: "Ceny", likelihood: "high", impact: "low" }] },
      { moreThanOneGroup: "", risks: [] },
    );
    expect(rows).toEqual([
      { field: "moreThanOneGroup", yours: "true", theirs: "false" },
      { field: "risks", yours: "Ceny · high · low", theirs: "" },
    ]);
  });
});
