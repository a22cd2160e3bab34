/**
 * The call's criteria (DOMAIN.md "Selection"): 8 formal criteria, each 0/1 and all must be 1, and 3 merit
 * criteria, each scored 0..maxScore. Seeded into every new call, editable until the call opens, frozen after.
 * Pure: the checklist evaluation the assessor's page and the server share.
 */
import type { CriterionKind } from "./enums";

export interface Criterion {
  /** "f1"…"f8" formal, "m1"…"m3" merit. */
  key: string;
  kind: CriterionKind;
  pl: string;
  en: string;
  /** Merit criteria only: the highest score. */
  maxScore?: number;
}

export interface FormalMark {
  value: 0 | 1;
  note: string;
}
export interface MeritMark {
  score: number;
  justification: string;
}

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { key: "f1", kind: "formal", pl: "Obszar partnerstwa i zainicjowana współpraca JST (umowa/list intencyjny)", en: "Partnership area defined and cooperation started (agreement or letter of intent)" },
  { key: "f2", kind: "formal", pl: "Powołanie rady partnerstwa", en: "Partnership council appointed" },
  { key: "f3", kind: "formal", pl: "Zobowiązanie do zgodnej i odpowiedzialnej współpracy", en: "Commitment to consistent and responsible cooperation" },
  { key: "f4", kind: "formal", pl: "Powołanie koordynatora projektu", en: "Project coordinator appointed" },
  { key: "f5", kind: "formal", pl: "Zobowiązanie do wykorzystania narzędzi pracy zdalnej", en: "Commitment to use remote-work tools" },
  { key: "f6", kind: "formal", pl: "Deklaracja upublicznienia produktów projektu", en: "Declaration to make the project's products public" },
  { key: "f7", kind: "formal", pl: "Deklaracja woli koordynacji świadczenia usług publicznych na obszarze partnerstwa", en: "Declaration of will to coordinate public services in the partnership area" },
  { key: "f8", kind: "formal", pl: "Akceptacja założeń zakresu i formy doradztwa", en: "Acceptance of the scope and form of advice" },
  { key: "m1", kind: "merit", maxScore: 5, pl: "Spójność partnerstwa i idei współpracy ze strategią rozwoju województwa (SRW)", en: "Coherence of the partnership and its cooperation idea with the voivodeship development strategy (SRW)" },
  { key: "m2", kind: "merit", maxScore: 5, pl: "Idea współpracy wykazująca powiązania funkcjonalne między JST", en: "The cooperation idea, showing functional links between the JSTs" },
  { key: "m3", kind: "merit", maxScore: 5, pl: "Doświadczenie JST we współpracy ze sobą", en: "The JSTs' experience of cooperating with each other" },
];

export const formalCriteria = (criteria: readonly Criterion[]) => criteria.filter((c) => c.kind === "formal");
export const meritCriteria = (criteria: readonly Criterion[]) => criteria.filter((c) => c.kind === "merit");

export interface Checklist {
  formal: Readonly<Record<string, FormalMark | undefined>>;
  merit: Readonly<Record<string, MeritMark | undefined>>;
}

export interface ChecklistResult {
  /** Every criterion marked (and every merit score justified). */
  complete: boolean;
  /** Every formal criterion marked 1 (false while one is 0; null while some are unmarked and none 0). */
  formalPassed: boolean | null;
  /** The formal criteria marked 0. */
  failed: string[];
  meritTotal: number;
  meritMax: number;
  /** Complete, formally passed: may be recommended. */
  recommendable: boolean;
}

/** Evaluates a checklist against the call's criteria. */
export function evaluateChecklist(criteria: readonly Criterion[], checklist: Checklist): ChecklistResult {
  const formal = formalCriteria(criteria);
  const merit = meritCriteria(criteria);
  const failed = formal.filter((c) => checklist.formal[c.key]?.value === 0).map((c) => c.key);
  const formalMarked = formal.every((c) => checklist.formal[c.key] !== undefined);
  const meritMarked = merit.every((c) => {
    const mark = checklist.merit[c.key];
    return mark !== undefined && mark.justification.trim().length > 0;
  });
  const meritTotal = merit.reduce((sum, c) => sum + (checklist.merit[c.key]?.score ?? 0), 0);
  const meritMax = merit.reduce((sum, c) => sum + (c.maxScore ?? 0), 0);
  const formalPassed = failed.length > 0 ? false : formalMarked ? true : null;
  const complete = formalMarked && meritMarked;
  return { complete, formalPassed, failed, meritTotal, meritMax, recommendable: complete && formalPassed === true };
}

/** Validates a merit score against its criterion: an integer 0..maxScore. */
export function isValidScore(criterion: Criterion, score: number): boolean {
  return Number.isInteger(score) && score >= 0 && score <= (criterion.maxScore ?? 0);
}

export interface Rankable {
  id: string;
  name: string;
  result: ChecklistResult;
}

/** The ranking: recommendable first, then by merit total (highest first), then by name (Polish order). */
export function rankForms<T extends Rankable>(forms: readonly T[]): T[] {
  return [...forms].sort(
    (a, b) =>
      Number(b.result.recommendable) - Number(a.result.recommendable) ||
      b.result.meritTotal - a.result.meritTotal ||
      a.name.localeCompare(b.name, "pl"),
  );
}
