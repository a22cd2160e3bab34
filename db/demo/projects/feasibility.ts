import type { PmJson } from "../pm";
import type { FeasibilitySection } from "../types";

export const FEASIBILITY_SECTIONS: readonly FeasibilitySection[] = [
  "technical",
  "legal",
  "institutional",
  "financial",
  "risks",
  "conclusion",
];

/** The template's six sections, the written ones filled in and the rest null (not written yet). */
export function feasibility(
  written: Partial<Record<FeasibilitySection, PmJson>>,
): Record<FeasibilitySection, PmJson | null> {
  return Object.fromEntries(FEASIBILITY_SECTIONS.map((s) => [s, written[s] ?? null])) as Record<
    FeasibilitySection,
    PmJson | null
  >;
}
