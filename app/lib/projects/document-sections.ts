import type { StrategySection } from "../strategy-sections";

/**
 * The templates of a project's co-edited documents: each section is one fragment of the document's Y.Doc,
 * like the strategy's sections. The project description is one free text ("default").
 */
export const FEASIBILITY_SECTIONS: readonly StrategySection[] = [
  { key: "technical", pl: "Analiza techniczna", en: "Technical analysis" },
  { key: "legal", pl: "Analiza prawna", en: "Legal analysis" },
  { key: "institutional", pl: "Analiza instytucjonalna", en: "Institutional analysis" },
  { key: "financial", pl: "Analiza finansowa", en: "Financial analysis" },
  { key: "risks", pl: "Analiza ryzyka", en: "Risk analysis" },
  { key: "conclusion", pl: "Wnioski", en: "Conclusion" },
];

export const SECTOR_ANALYSIS_SECTIONS: readonly StrategySection[] = [
  { key: "sector", pl: "Charakterystyka sektora", en: "The sector" },
  { key: "demand", pl: "Popyt i potrzeby odbiorców", en: "Demand and users' needs" },
  { key: "supply", pl: "Podaż i istniejąca infrastruktura", en: "Supply and existing infrastructure" },
  { key: "regulation", pl: "Uwarunkowania prawne i strategiczne", en: "Legal and strategic framework" },
  { key: "trends", pl: "Trendy i prognozy", en: "Trends and forecasts" },
  { key: "conclusions", pl: "Wnioski dla projektu", en: "Conclusions for the project" },
];

export const APPLICATION_OUTLINE_SECTIONS: readonly StrategySection[] = [
  { key: "programme", pl: "Program i działanie", en: "Programme and measure" },
  { key: "objectives", pl: "Cele projektu", en: "Objectives" },
  { key: "scope", pl: "Zakres rzeczowy", en: "Scope" },
  { key: "budget", pl: "Budżet", en: "Budget" },
  { key: "indicators", pl: "Wskaźniki", en: "Indicators" },
  { key: "schedule", pl: "Harmonogram", en: "Schedule" },
  { key: "sectorAnalysis", pl: "Analiza sektorowa (streszczenie)", en: "Sector analysis (summary)" },
];

export const PROJECT_DOCUMENT_SECTIONS = {
  feasibility_analysis: FEASIBILITY_SECTIONS,
  sector_analysis: SECTOR_ANALYSIS_SECTIONS,
  application_outline: APPLICATION_OUTLINE_SECTIONS,
} as const;

/** Project document kinds; the last two only for the flagship. */
export const PROJECT_DOCUMENT_KINDS = ["project_description", "feasibility_analysis", "sector_analysis", "application_outline"] as const;
export type ProjectDocumentKind = (typeof PROJECT_DOCUMENT_KINDS)[number];
export const FLAGSHIP_DOCUMENT_KINDS = ["sector_analysis", "application_outline"] as const satisfies readonly ProjectDocumentKind[];
