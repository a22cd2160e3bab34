import { describe, expect, it } from "vitest";
import { DEFAULT_EDITING_RIGHTS, diffEditingRights, editRightGroup, normaliseEditingRights } from "./editing-rights";

describe("editing rights setting", () => {
  it("maps every document kind to its group", () => {
    expect(editRightGroup("strategy")).toBe("strategy");
    expect(editRightGroup("minutes")).toBe("strategy");
    expect(editRightGroup("project_description")).toBe("fiches");
    for (const kind of ["feasibility_analysis", "sector_analysis", "application_outline"]) expect(editRightGroup(kind)).toBe("analyses");
  });

  it("defaults: strategy and fiches to working group and council, analyses also to experts", () => {
    expect(normaliseEditingRights(null)).toEqual(DEFAULT_EDITING_RIGHTS);
    expect(DEFAULT_EDITING_RIGHTS.strategy).not.toContain("expert");
    expect(DEFAULT_EDITING_RIGHTS.analyses).toContain("expert");
  });

  it("drops unknown roles (the coordinator cannot be taken off, nobody else smuggled in)", () => {
    expect(normaliseEditingRights({ strategy: ["coordinator", "ministry_admin", "expert"], fiches: [] })).toEqual({
      strategy: ["expert"],
      fiches: [],
      analyses: DEFAULT_EDITING_RIGHTS.analyses,
    });
  });

  it("reports what was granted and withdrawn", () => {
    const after = { ...DEFAULT_EDITING_RIGHTS, strategy: ["working_group_member", "expert"] as const };
    expect(diffEditingRights(DEFAULT_EDITING_RIGHTS, after)).toEqual([
      { group: "strategy", granted: ["expert"], withdrawn: ["council_member"] },
    ]);
    expect(diffEditingRights(DEFAULT_EDITING_RIGHTS, DEFAULT_EDITING_RIGHTS)).toEqual([]);
  });
});
