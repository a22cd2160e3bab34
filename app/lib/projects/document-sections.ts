import type { StrategySection } from "../strategy-sections";
import templates from "./document-sections.json";

/**
 * The templates of a project's co-edited documents: each section is one fragment of the document's Y.Doc,
 * like the strategy's sections (keys and Polish and English titles in document-sections.json). The project
 * description is one free text ("default").
 */
const TEMPLATES: Record<"feasibility_analysis" | "sector_analysis" | "application_outline", readonly StrategySection[]> = templates;

export const FEASIBILITY_SECTIONS = TEMPLATES.feasibility_analysis;
export const SECTOR_ANALYSIS_SECTIONS = TEMPLATES.sector_analysis;
export const APPLICATION_OUTLINE_SECTIONS = TEMPLATES.application_outline;

export const PROJECT_DOCUMENT_SECTIONS = {
  feasibility_analysis: FEASIBILITY_SECTIONS,
  sector_analysis: SECTOR_ANALYSIS_SECTIONS,
  application_outline: APPLICATION_OUTLINE_SECTIONS,
} as const;

/** Project document kinds; the last two only for the flagship. */
export const PROJECT_DOCUMENT_KINDS = ["project_description", "feasibility_analysis", "sector_analysis", "application_outline"] as const;
export type ProjectDocumentKind = (typeof PROJECT_DOCUMENT_KINDS)[number];
export const FLAGSHIP_DOCUMENT_KINDS = ["sector_analysis", "application_outline"] as const satisfies readonly ProjectDocumentKind[];
