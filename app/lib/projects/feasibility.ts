import { isEmptyJson, type PmJson } from "../editor/text";
import { FEASIBILITY_SECTIONS } from "./document-sections";

/**
 * Completeness of a sectioned document: the share (0..1) of its template's sections that have content.
 * Reads the derived JSON stored on the document row ({ [section]: ProseMirror JSON }).
 */
export function completeness(derivedJson: unknown, sections: readonly { key: string }[] = FEASIBILITY_SECTIONS): number {
  if (sections.length === 0) return 0;
  const json = (derivedJson && typeof derivedJson === "object" ? derivedJson : {}) as Record<string, PmJson | undefined>;
  const filled = sections.filter((s) => !isEmptyJson(json[s.key])).length;
  return filled / sections.length;
}

/** Not started / started / complete, for the package's status column. */
export function feasibilityStatus(complete: number): "notStarted" | "started" | "complete" {
  return complete >= 1 ? "complete" : complete > 0 ? "started" : "notStarted";
}
