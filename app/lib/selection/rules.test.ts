import { describe, expect, it } from "vitest";
import { readTerytRegister } from "../../../db/seed";
import { DEFAULT_CRITERIA, evaluateChecklist, isValidScore, rankForms, type Checklist } from "./criteria";
import { addMonths, phaseOn, planPhases } from "./phases";
import { callStage, deadlinesInOrder, derivedIntegrationType, fitsCap, formRefusal, isValidCap, memberProblems, powiatsLeftOut, recommendationRefusal, type RegisterUnit } from "./rules";

const allFormal = (value: 0 | 1, except?: string): Checklist["formal"] =>
  Object.fromEntries(DEFAULT_CRITERIA.filter((c) => c.kind === "formal").map((c) => [c.key, { value: c.key === except ? (1 - value) as 0 | 1 : value, note: "" }]));
const merit = (scores: [number, number, number], justification = "Uzasadnienie.") => ({
  m1: { score: scores[0], justification },
  m2: { score: scores[1], justification },
  m3: { score: scores[2], justification },
});

describe("checklist evaluation", () => {
  it("has the 8 formal and 3 merit criteria of the programme", () => {
    expect(DEFAULT_CRITERIA.filter((c) => c.kind === "formal").map((c) => c.key)).toEqual(["f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"]);
    expect(DEFAULT_CRITERIA.filter((c) => c.kind === "merit").map((c) => c.key)).toEqual(["m1", "m2", "m3"]);
  });
  it("recommends only a complete checklist with every formal criterion met", () => {
    const ok = evaluateChecklist(DEFAULT_CRITERIA, { formal: allFormal(1), merit: merit([5, 4, 3]) });
    expect(ok).toMatchObject({ complete: true, formalPassed: true, failed: [], meritTotal: 12, meritMax: 15, recommendable: true });
    const failedOne = evaluateChecklist(DEFAULT_CRITERIA, { formal: allFormal(1, "f4"), merit: merit([5, 5, 5]) });
    expect(failedOne).toMatchObject({ complete: true, formalPassed: false, failed: ["f4"], recommendable: false });
  });
  it("is incomplete while a criterion is unmarked or a score unjustified", () => {
    const { f8: _omitted, ...seven } = allFormal(1);
    expect(evaluateChecklist(DEFAULT_CRITERIA, { formal: seven, merit: merit([1, 1, 1]) })).toMatchObject({ complete: false, formalPassed: null, recommendable: false });
    expect(evaluateChecklist(DEFAULT_CRITERIA, { formal: allFormal(1), merit: merit([1, 1, 1], "  ") })).toMatchObject({ complete: false, recommendable: false });
  });
  it("checks scores against the criterion's range", () => {
    const m1 = DEFAULT_CRITERIA.find((c) => c.key === "m1")!;
    expect([0, 5].every((s) => isValidScore(m1, s))).toBe(true);
    expect([-1, 6, 2.5, Number.NaN].some((s) => isValidScore(m1, s))).toBe(false);
  });
  it("ranks recommendable forms first, then by merit total", () => {
    const r = (name: string, total: number, recommendable: boolean) => ({ id: name, name, result: { ...evaluateChecklist(DEFAULT_CRITERIA, { formal: {}, merit: {} }), meritTotal: total, recommendable } });
    expect(rankForms([r("A", 15, false), r("B", 9, true), r("C", 12, true), r("Ą", 12, true)]).map((f) => f.name)).toEqual(["Ą", "C", "B", "A"]);
  });
});

describe("the cap", () => {
  it("lets a recommendation in while fewer than the cap are recommended", () => {
    expect([0, 1, 2].every((n) => fitsCap(n, 3))).toBe(true);
    expect(fitsCap(3, 3)).toBe(false);
    expect(fitsCap(4, 3)).toBe(false);
  });
  it("accepts a cap of 1..10 whole", () => {
    expect([1, 3, 10].every(isValidCap)).toBe(true);
    expect([0, 11, 2.5, -3].some(isValidCap)).toBe(false);
  });
});

describe("deadlines", () => {
  const call = {
    openedAt: new Date("2027-01-10T09:00:00Z"),
    formsDeadline: new Date("2027-02-01T22:59:59Z"),
    recommendationsDeadline: new Date("2027-02-15T22:59:59Z"),
    announcedAt: null,
  };
  it("moves through the stages of a call", () => {
    expect(callStage({ ...call, openedAt: null }, new Date("2027-01-15"))).toBe("draft");
    expect(callStage(call, new Date("2027-02-01T22:59:59Z"))).toBe("forms");
    expect(callStage(call, new Date("2027-02-01T23:00:00Z"))).toBe("assessment");
    expect(callStage(call, new Date("2027-02-16T00:00:00Z"))).toBe("decision");
    expect(callStage({ ...call, announcedAt: new Date("2027-02-20") }, new Date("2027-02-20"))).toBe("announced");
  });
  it("refuses forms after their deadline and before opening", () => {
    expect(formRefusal(call, new Date("2027-01-20"))).toBeNull();
    expect(formRefusal(call, new Date("2027-02-02"))).toBe("deadlinePassed");
    expect(formRefusal({ ...call, openedAt: null }, new Date("2027-01-20"))).toBe("notOpen");
  });
  it("refuses recommendations after their deadline or once sent", () => {
    expect(recommendationRefusal(call, new Date("2027-02-10"), false)).toBeNull();
    expect(recommendationRefusal(call, new Date("2027-02-10"), true)).toBe("alreadySent");
    expect(recommendationRefusal(call, new Date("2027-02-16"), false)).toBe("deadlinePassed");
  });
  it("wants deadlines in order", () => {
    expect(deadlinesInOrder(call.formsDeadline, call.recommendationsDeadline, "2027-03-01")).toBe(true);
    expect(deadlinesInOrder(call.recommendationsDeadline, call.formsDeadline, "2027-03-01")).toBe(false);
    expect(deadlinesInOrder(call.formsDeadline, call.recommendationsDeadline, "2027-02-10")).toBe(false);
  });
});

describe("TERYT validation of members", () => {
  const register = new Map<string, RegisterUnit>(readTerytRegister().map((u) => [u.teryt, u]));
  const kolno = ["2006", "2006011", "2006022", "2006032", "2006042", "2006053", "2006062"];
  it("accepts gminas and land powiats of the form's voivodeship with the lead among them", () => {
    expect(memberProblems(kolno, "2006", "20", register, true)).toEqual([]);
  });
  it("refuses unknown codes, voivodeships, other voivodeships, a lead outside, too few", () => {
    expect(memberProblems(["2099011", "20", "1465011", "2006011"], "2013", "20", register, true)).toEqual([
      { code: "unknown", teryt: "2099011" },
      { code: "notMemberKind", teryt: "20" },
      { code: "otherVoivodeship", teryt: "1465011" },
      { code: "leadNotMember" },
    ]);
    expect(memberProblems(["2006011"], null, "20", register, true)).toEqual([{ code: "tooFew" }, { code: "noLead" }]);
    // A draft may lack the lead and have one member.
    expect(memberProblems(["2006011"], null, "20", register, false)).toEqual([]);
  });
  it("refuses a city with powiat rights by its powiat code (it joins as a gmina)", () => {
    expect(memberProblems(["2061", "2061011"], "2061011", "20", register, true)).toEqual([{ code: "notMemberKind", teryt: "2061" }]);
  });
  it("warns when all gminas of a powiat are members but not the powiat", () => {
    expect(powiatsLeftOut(kolno.slice(1), register)).toEqual(["2006"]);
    expect(powiatsLeftOut(kolno, register)).toEqual([]);
    expect(powiatsLeftOut(kolno.slice(2), register)).toEqual([]);
  });
});

describe("derived integration type", () => {
  it("derives each of the five types from the members", () => {
    expect(derivedIntegrationType(["2006011", "2006022"])).toBe("powiatowe_niezintegrowane");
    expect(derivedIntegrationType(["2006", "2006011"])).toBe("powiatowe_zintegrowane");
    expect(derivedIntegrationType(["2006011", "2007013"])).toBe("ponadpowiatowe_niezintegrowane");
    expect(derivedIntegrationType(["2006", "2006011", "2007013"])).toBe("ponadpowiatowe_czesciowo_zintegrowane");
    expect(derivedIntegrationType(["2006", "2006011", "2007", "2007013"])).toBe("ponadpowiatowe_w_pelni_zintegrowane");
    expect(derivedIntegrationType([])).toBeNull();
  });
});

describe("phases", () => {
  it("plans 4 / 9 / 4 / 3 months from the announcement, clamping month ends", () => {
    expect(planPhases("2026-04-15").map((p) => [p.key, p.plannedStart, p.plannedEnd])).toEqual([
      ["organisation", "2026-04-15", "2026-08-15"],
      ["strategic", "2026-08-15", "2027-05-15"],
      ["project", "2027-05-15", "2027-09-15"],
      ["summary", "2027-09-15", "2027-12-15"],
    ]);
    expect(addMonths("2026-10-31", 4)).toBe("2027-02-28");
  });
  it("finds the phase of a day: actual dates first, then planned", () => {
    const phases = planPhases("2026-04-15").map((p) => ({ ...p, actualStart: null as string | null, actualEnd: null as string | null }));
    expect(phaseOn(phases, "2026-12-01")?.key).toBe("strategic");
    expect(phaseOn(phases, "2026-04-14")).toBeNull();
    expect(phaseOn(phases, "2028-01-01")).toBeNull();
    phases[2].actualStart = "2026-11-20";
    expect(phaseOn(phases, "2026-12-01")?.key).toBe("project");
  });
});
