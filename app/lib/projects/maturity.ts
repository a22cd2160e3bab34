import { isIsoDate } from "./dates";

/**
 * The maturity ladder (DOMAIN.md) and the evidence each level needs. A level counts as supported when it and
 * every level below it have all their evidence; nobody can set a project above what its evidence supports.
 */
export const MATURITY_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const EVIDENCE_KINDS = [
  "concept_note",
  "cost_estimate",
  "feasibility_study",
  "pre_design",
  "design_documentation",
  "permit",
  "own_contribution_secured",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * 1 concept — a written scope and a rough cost estimate;
 * 2 feasibility analysis done;
 * 3 pre-design documents (functional-utility programme, PFU, or an architectural concept);
 * 4 design documentation and the permits (building permit, ZRID or an accepted notification);
 * 5 ready to apply — the own contribution secured in the multi-year financial forecast (WPF) by resolution.
 */
export const EVIDENCE_REQUIRED: Readonly<Record<Exclude<MaturityLevel, 0>, readonly EvidenceKind[]>> = {
  1: ["concept_note", "cost_estimate"],
  2: ["feasibility_study"],
  3: ["pre_design"],
  4: ["design_documentation", "permit"],
  5: ["own_contribution_secured"],
};

/** The level each evidence kind belongs to. */
export function evidenceLevel(kind: EvidenceKind): Exclude<MaturityLevel, 0> {
  for (const level of [1, 2, 3, 4, 5] as const) if (EVIDENCE_REQUIRED[level].includes(kind)) return level;
  throw new Error(`Unknown evidence kind ${kind}`);
}

export interface EvidenceLike {
  kind: EvidenceKind;
  /** Withdrawn evidence (e.g. a permit that expired) no longer supports anything. */
  withdrawn?: boolean;
}

/** The highest level the evidence supports: every level up to it has all its required evidence. */
export function supportedLevel(evidence: readonly EvidenceLike[]): MaturityLevel {
  const present = new Set(evidence.filter((e) => !e.withdrawn).map((e) => e.kind));
  let level: MaturityLevel = 0;
  for (const next of [1, 2, 3, 4, 5] as const) {
    if (!EVIDENCE_REQUIRED[next].every((kind) => present.has(kind))) break;
    level = next;
  }
  return level;
}

/** What is missing to reach `target`, level by level (empty when the evidence supports it). */
export function missingEvidence(evidence: readonly EvidenceLike[], target: MaturityLevel): { level: number; kinds: EvidenceKind[] }[] {
  const present = new Set(evidence.filter((e) => !e.withdrawn).map((e) => e.kind));
  const missing: { level: number; kinds: EvidenceKind[] }[] = [];
  for (let level = 1; level <= target; level++) {
    const kinds = EVIDENCE_REQUIRED[level as Exclude<MaturityLevel, 0>].filter((k) => !present.has(k));
    if (kinds.length > 0) missing.push({ level, kinds });
  }
  return missing;
}

export type MaturityRefusal = "notALevel" | "aboveEvidence";

/** Null when the project may be set to `target`; otherwise why not. Lowering is always allowed. */
export function checkMaturityChange(evidence: readonly EvidenceLike[], target: number): MaturityRefusal | null {
  if (!isMaturityLevel(target)) return "notALevel";
  return target <= supportedLevel(evidence) ? null : "aboveEvidence";
}

export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 5;
}

/** An evidence item needs a source: a link or an uploaded file, and a date not in the future. */
export type EvidenceIssue = "sourceRequired" | "dateInFuture" | "dateInvalid" | "linkInvalid";

export function checkEvidence(item: { date: string; url?: string | null; attachmentId?: string | null }, today: string): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  if (!isIsoDate(item.date)) issues.push("dateInvalid");
  else if (item.date > today) issues.push("dateInFuture");
  if (!item.url && !item.attachmentId) issues.push("sourceRequired");
  if (item.url && !isHttpUrl(item.url)) issues.push("linkInvalid");
  return issues;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
