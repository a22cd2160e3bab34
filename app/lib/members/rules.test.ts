import { describe, expect, it } from "vitest";
import { leavesNoCoordinator, representedUnit, unitKind, unitLabels } from "./rules";

describe("representedUnit — the one representation rule", () => {
  const members = new Set(["2013", "2013011"]);
  it("a council member represents one member unit; nobody else represents anything", () => {
    expect(representedUnit("council_member", "2013011", members)).toBe("2013011");
    expect(representedUnit("council_member", "2006011", members)).toBe(false);
    expect(representedUnit("council_member", "", members)).toBe(false);
    expect(representedUnit("council_member", undefined)).toBe(false);
    expect(representedUnit("council_member", "2006011")).toBe("2006011");
    expect(representedUnit("coordinator", "2013011", members)).toBeNull();
    expect(representedUnit("expert", "2006011", members)).toBeNull();
  });
});

describe("leavesNoCoordinator", () => {
  const one = [
    { membershipId: "a", role: "coordinator" as const },
    { membershipId: "b", role: "council_member" as const },
  ];
  it("refuses removing or demoting the only coordinator", () => {
    expect(leavesNoCoordinator(one, "a", null)).toBe(true);
    expect(leavesNoCoordinator(one, "a", "expert")).toBe(true);
  });
  it("allows keeping the role, changing others, and removing one of two coordinators", () => {
    expect(leavesNoCoordinator(one, "a", "coordinator")).toBe(false);
    expect(leavesNoCoordinator(one, "b", null)).toBe(false);
    expect(leavesNoCoordinator(one, "missing", null)).toBe(false);
    const two = [...one, { membershipId: "c", role: "coordinator" as const }];
    expect(leavesNoCoordinator(two, "a", null)).toBe(false);
  });
});

describe("unit labels", () => {
  const kinds: Record<string, string> = {
    powiat: "powiat",
    gmina_miejska: "gmina miejska",
    gmina_wiejska: "gmina wiejska",
    gmina_miejsko_wiejska: "gmina miejsko-wiejska",
  };
  it("tells units of the same name apart by kind, derived from TERYT when the kind is not stored", () => {
    const labels = unitLabels(
      [
        { teryt: "2013", name: "Wysokie Mazowieckie" },
        { teryt: "2013011", name: "Wysokie Mazowieckie" },
        { teryt: "2013102", name: "Wysokie Mazowieckie", kind: "gmina_wiejska" },
      ],
      (k) => kinds[k],
    );
    expect([...labels.values()]).toEqual([
      "Wysokie Mazowieckie (powiat)",
      "Wysokie Mazowieckie (gmina miejska)",
      "Wysokie Mazowieckie (gmina wiejska)",
    ]);
    expect(unitKind({ teryt: "2013023" })).toBe("gmina_miejsko_wiejska");
  });
  it("adds the code only when name and kind are both the same", () => {
    const labels = unitLabels(
      [
        { teryt: "0201022", name: "Bolesławiec" },
        { teryt: "0201011", name: "Bolesławiec" },
        { teryt: "3001022", name: "Bolesławiec" },
      ],
      (k) => kinds[k],
    );
    expect(labels.get("0201022")).toBe("Bolesławiec (gmina wiejska, 0201022)");
    expect(labels.get("3001022")).toBe("Bolesławiec (gmina wiejska, 3001022)");
    expect(labels.get("0201011")).toBe("Bolesławiec (gmina miejska)");
  });
});
