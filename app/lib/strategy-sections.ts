import { PROJECT_DOCUMENT_SECTIONS } from "./projects/document-sections";

/** The 14 sections of a territorial strategy (DOMAIN.md). Each is one XML fragment of the strategy Y.Doc. */
export interface StrategySection {
  key: string;
  pl: string;
  en: string;
}

export const STRATEGY_SECTIONS: readonly StrategySection[] = [
  { key: "s01", pl: "Wprowadzenie", en: "Introduction" },
  { key: "s02", pl: "Diagnoza", en: "Diagnosis" },
  { key: "s03", pl: "Wizja i misja", en: "Vision and mission" },
  { key: "s04", pl: "Cele strategiczne", en: "Strategic goals" },
  { key: "s05", pl: "Cele operacyjne", en: "Operational goals" },
  { key: "s06", pl: "Kierunki działań", en: "Directions of action" },
  { key: "s07", pl: "Oczekiwane rezultaty i wskaźniki", en: "Expected results and indicators" },
  { key: "s08", pl: "Model struktury funkcjonalno-przestrzennej", en: "Functional-spatial model" },
  { key: "s09", pl: "Obszary strategicznej interwencji (OSI)", en: "Areas of strategic intervention" },
  { key: "s10", pl: "Pakiet projektów", en: "Project package" },
  { key: "s11", pl: "System realizacji", en: "Implementation system" },
  { key: "s12", pl: "Ramy finansowe i źródła finansowania", en: "Financial framework and funding sources" },
  { key: "s13", pl: "Spójność z SRW, KSRR 2030 i SOR", en: "Coherence with SRW, KSRR 2030 and SOR" },
  { key: "s14", pl: "Udział partnerów i konsultacje", en: "Partner participation and consultation" },
];

/** The template sections of a document kind (the strategy's 14, a project analysis's own); [] for free text. */
export function documentSections(kind: string): readonly StrategySection[] {
  if (kind === "strategy") return STRATEGY_SECTIONS;
  return PROJECT_DOCUMENT_SECTIONS[kind as keyof typeof PROJECT_DOCUMENT_SECTIONS] ?? [];
}

/** Fragment names of a document kind: one per template section, or one named "default" for free text. */
export function documentFields(kind: string): readonly string[] {
  const sections = documentSections(kind);
  return sections.length > 0 ? sections.map((s) => s.key) : ["default"];
}
