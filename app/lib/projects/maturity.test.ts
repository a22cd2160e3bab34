import { describe, expect, it } from "vitest";
import {
  EVIDENCE_KINDS,
  EVIDENCE_REQUIRED,
  checkEvidence,
  checkMaturityChange,
  evidenceLevel,
  missingEvidence,
  supportedLevel,
  type EvidenceKind,
} from "./maturity";

const ev = (...kinds: EvidenceKind[]) => kinds.map((kind) => ({ kind }));
const upTo = (level: number) => ([1, 2, 3, 4, 5] as const).filter((l) => l <= level).flatMap((l) => ev(...EVIDENCE_REQUIRED[l]));

describe("maturity and its evidence", () => {
  it("every evidence kind belongs to exactly one level", () => {
    for (const kind of EVIDENCE_KINDS) {
      const levels = ([1, 2, 3, 4, 5] as const).filter((l) => EVIDENCE_REQUIRED[l].includes(kind));
      expect(levels, kind).toHaveLength(1);
      expect(evidenceLevel(kind)).toBe(levels[0]);
    }
  });

  it("supports each level exactly when it and every level below have all their evidence", () => {
    for (let level = 0; level <= 5; level++) expect(supportedLevel(upTo(level))).toBe(level);
    expect(supportedLevel([])).toBe(0);
  });

  it("needs both pieces of a two-piece level", () => {
    expect(supportedLevel(ev("concept_note"))).toBe(0);
    expect(supportedLevel(ev("cost_estimate"))).toBe(0);
    expect(supportedLevel([...upTo(3), ...ev("design_documentation")])).toBe(3);
    expect(supportedLevel([...upTo(3), ...ev("permit")])).toBe(3);
  });

  it("does not skip a level: a permit without a feasibility analysis stays at 1", () => {
    const evidence = [...upTo(1), ...ev("pre_design", "design_documentation", "permit", "own_contribution_secured")];
    expect(supportedLevel(evidence)).toBe(1);
    expect(missingEvidence(evidence, 5)).toEqual([{ level: 2, kinds: ["feasibility_study"] }]);
  });

  it("ignores withdrawn evidence", () => {
    const evidence = [...upTo(4).filter((e) => e.kind !== "permit"), { kind: "permit" as const, withdrawn: true }];
    expect(supportedLevel(evidence)).toBe(3);
  });

  it("refuses a level above the evidence, allows any level up to it and lowering", () => {
    const evidence = upTo(2);
    for (const target of [0, 1, 2]) expect(checkMaturityChange(evidence, target)).toBeNull();
    for (const target of [3, 4, 5]) expect(checkMaturityChange(evidence, target)).toBe("aboveEvidence");
    expect(checkMaturityChange([], 1)).toBe("aboveEvidence");
    expect(checkMaturityChange([], 0)).toBeNull();
  });

  it("refuses what is not a level", () => {
    for (const target of [-1, 6, 1.5, Number.NaN]) expect(checkMaturityChange(upTo(5), target)).toBe("notALevel");
  });

  it("lists what is missing, level by level", () => {
    expect(missingEvidence(ev("concept_note"), 2)).toEqual([
      { level: 1, kinds: ["cost_estimate"] },
      { level: 2, kinds: ["feasibility_study"] },
    ]);
    expect(missingEvidence(upTo(5), 5)).toEqual([]);
  });

  it("wants a source, a real date not in the future and a web link", () => {
    const today = "2026-03-10";
    expect(checkEvidence({ date: "2026-03-10", url: "https://bip.example.pl/uchwala" }, today)).toEqual([]);
    expect(checkEvidence({ date: "2026-03-01", attachmentId: "x" }, today)).toEqual([]);
    expect(checkEvidence({ date: "2026-03-11", url: "https://a.pl" }, today)).toEqual(["dateInFuture"]);
    expect(checkEvidence({ date: "2026-02-30", url: "https://a.pl" }, today)).toEqual(["dateInvalid"]);
    expect(checkEvidence({ date: "2026-03-01" }, today)).toEqual(["sourceRequired"]);
    expect(checkEvidence({ date: "2026-03-01", url: "javascript:alert(1)" }, today)).toEqual(["linkInvalid"]);
  });
});
