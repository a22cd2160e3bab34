/**
 * The closed vocabularies of the project package. Stored as text columns with these values (`text({ enum })`);
 * labels live in the "projects" message namespace under the same keys.
 */
export const PROJECT_TYPES = ["strategic", "complementary"] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const PROJECT_AREAS = ["economic", "social", "environmental", "institutional"] as const;
export type ProjectArea = (typeof PROJECT_AREAS)[number];

/** Where the fiche stands in the partnership's work (maturity is separate and evidence-based). */
export const PROJECT_STATUSES = ["draft", "in_consultation", "accepted", "in_progress", "completed", "withdrawn"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The integration test of the pilot: four yes/no questions. */
export const INTEGRATION_FLAGS = ["beyondOneGmina", "moreThanOneProblem", "moreThanOneGroup", "moreThanOnePotential"] as const;
export type IntegrationFlag = (typeof INTEGRATION_FLAGS)[number];

export const INDICATOR_KINDS = ["output", "result"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const TASK_KINDS = ["task", "milestone"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const RISK_LEVELS = ["low", "medium", "high"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Who may be granted the right to edit a kind of document (the coordinator always may). */
export const EDITOR_ROLES = ["coordinator", "working_group_member", "council_member", "expert"] as const;
export type EditorRole = (typeof EDITOR_ROLES)[number];
