/**
 * The rules of a call that the pages and the server share (pure): where a call stands against its deadlines,
 * the cap per voivodeship, and the members of an information form against the TERYT register.
 */
import { integrationType, mayBePartnershipMember, parseTeryt, type IntegrationType } from "../teryt";

export interface CallDates {
  openedAt: Date | null;
  formsDeadline: Date;
  recommendationsDeadline: Date;
  announcedAt: Date | null;
}

/** draft (criteria editable) → forms (applicants submit) → assessment (marshal offices recommend) → decision → announced. */
export type CallStage = "draft" | "forms" | "assessment" | "decision" | "announced";

export function callStage(call: CallDates, now: Date): CallStage {
  if (call.announcedAt) return "announced";
  if (!call.openedAt) return "draft";
  if (now.getTime() <= call.formsDeadline.getTime()) return "forms";
  if (now.getTime() <= call.recommendationsDeadline.getTime()) return "assessment";
  return "decision";
}

/** Why a form may not be submitted or edited now; null when it may. */
export function formRefusal(call: CallDates, now: Date): "notOpen" | "deadlinePassed" | null {
  const stage = callStage(call, now);
  if (stage === "draft") return "notOpen";
  return stage === "forms" ? null : "deadlinePassed";
}

/** Why a marshal office may not change its recommendations now; null when it may. */
export function recommendationRefusal(call: CallDates, now: Date, sent: boolean): "notOpen" | "deadlinePassed" | "alreadySent" | null {
  const stage = callStage(call, now);
  if (stage === "draft") return "notOpen";
  if (stage === "decision" || stage === "announced") return "deadlinePassed";
  return sent ? "alreadySent" : null;
}

/** Whether one more recommendation fits under the cap. */
export function fitsCap(recommended: number, cap: number): boolean {
  return recommended < cap;
}

/** The cap of a call: a whole number from 1 to 10 (default 3). */
export function isValidCap(cap: number): boolean {
  return Number.isInteger(cap) && cap >= 1 && cap <= 10;
}

/** The deadlines must follow each other: forms ≤ recommendations ≤ announcement. */
export function deadlinesInOrder(formsDeadline: Date, recommendationsDeadline: Date, announcementDate: string): boolean {
  return (
    formsDeadline.getTime() <= recommendationsDeadline.getTime() &&
    recommendationsDeadline.toISOString().slice(0, 10) <= announcementDate
  );
}

export interface RegisterUnit {
  teryt: string;
  name: string;
  kind: string;
  parentTeryt: string | null;
}

export type MemberProblem =
  | { code: "unknown"; teryt: string }
  | { code: "notMemberKind"; teryt: string }
  | { code: "otherVoivodeship"; teryt: string }
  | { code: "tooFew" }
  | { code: "leadNotMember" }
  | { code: "noLead" };

/**
 * Checks the members and lead of a form: codes in the register, gminas or land powiats only, all of the
 * form's voivodeship, at least two JSTs, the lead among them. `complete` asks for the lead as well (submission).
 */
export function memberProblems(
  memberTeryts: readonly string[],
  leadTeryt: string | null,
  voivodeshipTeryt: string,
  register: ReadonlyMap<string, RegisterUnit>,
  complete: boolean,
): MemberProblem[] {
  const problems: MemberProblem[] = [];
  for (const teryt of memberTeryts) {
    const parsed = parseTeryt(teryt);
    if (!parsed || !register.has(teryt)) problems.push({ code: "unknown", teryt });
    else if (!mayBePartnershipMember(teryt)) problems.push({ code: "notMemberKind", teryt });
    else if (parsed.voivodeship !== voivodeshipTeryt) problems.push({ code: "otherVoivodeship", teryt });
  }
  if (complete && new Set(memberTeryts).size < 2) problems.push({ code: "tooFew" });
  if (leadTeryt && !memberTeryts.includes(leadTeryt)) problems.push({ code: "leadNotMember" });
  if (complete && !leadTeryt) problems.push({ code: "noLead" });
  return problems;
}

/** Land powiats all of whose gminas are members while the powiat itself is not (a warning, not an error). */
export function powiatsLeftOut(memberTeryts: readonly string[], register: ReadonlyMap<string, RegisterUnit>): string[] {
  const members = new Set(memberTeryts);
  const gminasOf = new Map<string, string[]>();
  for (const unit of register.values()) {
    if (unit.teryt.length === 7 && unit.parentTeryt) {
      const list = gminasOf.get(unit.parentTeryt) ?? [];
      list.push(unit.teryt);
      gminasOf.set(unit.parentTeryt, list);
    }
  }
  const powiats = new Set(memberTeryts.filter((t) => t.length === 7).map((t) => t.slice(0, 4)));
  return [...powiats]
    .filter((p) => mayBePartnershipMember(p) && !members.has(p))
    .filter((p) => (gminasOf.get(p) ?? []).every((g) => members.has(g)) && (gminasOf.get(p) ?? []).length > 0)
    .sort();
}

/** The integration type shown on the form (derived, never typed in). */
export function derivedIntegrationType(memberTeryts: readonly string[]): IntegrationType | null {
  return integrationType(memberTeryts);
}
