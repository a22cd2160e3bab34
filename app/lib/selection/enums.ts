/** The closed vocabularies of selection (nabór): pure, imported by db/schema/selection.ts and the browser. */

/** The area type of DOMAIN.md: at risk of permanent marginalisation / functional area of a small county town. */
export const AREA_TYPES = ["marginalisation", "small_town"] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/** An information form: a draft the applicant edits, then submitted (locked). */
export const FORM_STATUSES = ["draft", "submitted"] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/** Criteria kinds: formal (0/1, all must be 1) and merit (scored). */
export const CRITERION_KINDS = ["formal", "merit"] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** The phases of a selected partnership (DOMAIN.md), in order. */
export const PHASE_KEYS = ["organisation", "strategic", "project", "summary"] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

/** Attachment kinds of the information form. */
export const ATTACHMENT_KINDS = ["letter_of_intent", "agreement"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
