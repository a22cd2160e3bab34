import type { IndicatorKind, IntegrationFlag, ProjectArea, ProjectStatus, ProjectType, RiskLevel } from "../../../app/lib/projects/enums";
import type { EvidenceKind } from "../../../app/lib/projects/maturity";

/**
 * A demo project fiche as typed data. Amounts are whole PLN. The own share is what external funding leaves of
 * the total, split between the JSTs by `ownSplit` weights (exactly, to the grosz), so the cost rules hold by
 * construction; the seeding still goes through the same lib (and its checks) as the forms.
 */
export interface DemoProject {
  key: string;
  title: string;
  type: ProjectType;
  area: ProjectArea;
  status?: ProjectStatus;
  goal: string;
  direction: string;
  lead: string;
  partners: string[];
  otherPartners?: string;
  location: string;
  problem: string;
  targetGroups: string;
  scope: string;
  flags: IntegrationFlag[];
  start: string;
  end: string;
  total: number;
  eligible: number;
  funding: [name: string, pln: number][];
  ownSplit: Record<string, number>;
  indicators: [kind: IndicatorKind, name: string, unit: string, baseline: string, target: string, year: number, source: string][];
  risks: [description: string, likelihood: RiskLevel, impact: RiskLevel, mitigation: string][];
  /** `after`: keys of tasks that must end first; `jst`: the responsible member (default: the lead). */
  tasks: { key: string; name: string; start: string; end: string; milestone?: boolean; after?: string[]; jst?: string }[];
  evidence: [kind: EvidenceKind, description: string, date: string, url: string][];
  maturity: number;
  /** Started feasibility analysis: paragraphs per template section (technical, legal, …). */
  feasibility: Partial<Record<"technical" | "legal" | "institutional" | "financial" | "risks" | "conclusion", string[]>>;
  description: string[];
}

export interface DemoPackage {
  slug: string;
  /** Who wrote the fiches (a demo account's e-mail). */
  author: string;
  projects: DemoProject[];
}
