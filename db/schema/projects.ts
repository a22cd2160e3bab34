/**
 * The project package (issue #12): fiches as structured rows, their JSTs, money, indicators, risks, maturity
 * evidence and history, schedules, attachments, links to co-edited documents, and the partnership's
 * editing-rights setting. Re-exported by ../schema.ts; tables of ../schema.ts are referenced only inside
 * callbacks (drizzle evaluates them lazily), so the two modules may import each other.
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, customType, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, instant, ownedBy, refOrNull } from "./columns";
import { EVIDENCE_KINDS } from "../../app/lib/projects/maturity";
import { INDICATOR_KINDS, PROJECT_AREAS, PROJECT_STATUSES, PROJECT_TYPES, RISK_LEVELS, TASK_KINDS } from "../../app/lib/projects/enums";
import { PROJECT_DOCUMENT_KINDS } from "../../app/lib/projects/document-sections";
import { documents, partnershipUnits, partnerships, users } from "../schema";

/** Largest attachment (also enforced by the database). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

// Local copies: this module is evaluated before ../schema.ts when that one is imported first.
const blob = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});
/** Money: whole grosze. */
const grosze = (name: string) => bigint(name, { mode: "number" }).notNull().default(0);
const day = (name: string) => date(name, { mode: "string" });

/** A project fiche. `rowVersion` grows by one on every save: a save of an older version changes nothing. */
export const projects = pgTable(
  "projects",
  {
    id: id(),
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
    title: text("title").notNull(),
    type: text("type", { enum: PROJECT_TYPES }).notNull(),
    area: text("area", { enum: PROJECT_AREAS }).notNull(),
    status: text("status", { enum: PROJECT_STATUSES }).notNull().default("draft"),
    /** The strategic goal and direction of action it serves (as written in the strategy). */
    goal: text("goal").notNull().default(""),
    direction: text("direction").notNull().default(""),
    leadTeryt: text("lead_teryt").notNull(),
    otherPartners: text("other_partners").notNull().default(""),
    location: text("location").notNull().default(""),
    problem: text("problem").notNull().default(""),
    targetGroups: text("target_groups").notNull().default(""),
    scope: text("scope").notNull().default(""),
    beyondOneGmina: boolean("beyond_one_gmina").notNull().default(false),
    moreThanOneProblem: boolean("more_than_one_problem").notNull().default(false),
    moreThanOneGroup: boolean("more_than_one_group").notNull().default(false),
    moreThanOnePotential: boolean("more_than_one_potential").notNull().default(false),
    totalCost: grosze("total_cost"),
    eligibleCost: grosze("eligible_cost"),
    ownShare: grosze("own_share"),
    startDate: day("start_date"),
    endDate: day("end_date"),
    maturity: integer("maturity").notNull().default(0),
    /** Set only by adopting a council vote (adoptFlagship); at most one per partnership. */
    isFlagship: boolean("is_flagship").notNull().default(false),
    flagshipPollId: uuid("flagship_poll_id"),
    flagshipAdoptedAt: instant("flagship_adopted_at"),
    rowVersion: integer("row_version").notNull().default(1),
    createdBy: refOrNull("created_by", () => users.id),
    updatedBy: refOrNull("updated_by", () => users.id),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("projects_partnership_idx").on(t.partnershipId),
    unique("projects_id_partnership_key").on(t.id, t.partnershipId),
    uniqueIndex("projects_one_flagship_idx").on(t.partnershipId).where(sql`${t.isFlagship}`),
    foreignKey({
      name: "projects_lead_member_fk",
      columns: [t.partnershipId, t.leadTeryt],
      foreignColumns: [partnershipUnits.partnershipId, partnershipUnits.teryt],
    }),
    check("projects_maturity_range", sql`${t.maturity} between 0 and 5`),
    check("projects_costs_valid", sql`${t.eligibleCost} >= 0 and ${t.eligibleCost} <= ${t.totalCost} and ${t.ownShare} >= 0 and ${t.ownShare} <= ${t.totalCost}`),
    check("projects_dates_order", sql`${t.startDate} is null or ${t.endDate} is null or ${t.startDate} <= ${t.endDate}`),
    check("projects_flagship_poll", sql`not ${t.isFlagship} or ${t.flagshipPollId} is not null`),
  ],
);

/** Child rows carry the partnership so the database itself checks that their JST is a member. */
type Col = Parameters<typeof foreignKey>[0]["columns"][number];
const ofProject = (t: { projectId: Col; partnershipId: Col }, name: string) =>
  foreignKey({ name, columns: [t.projectId, t.partnershipId], foreignColumns: [projects.id, projects.partnershipId] }).onDelete("cascade");
const memberUnit = (t: { partnershipId: Col; teryt: Col }, name: string) =>
  foreignKey({ name, columns: [t.partnershipId, t.teryt], foreignColumns: [partnershipUnits.partnershipId, partnershipUnits.teryt] });

/** Partner JSTs (the lead excluded). */
export const projectPartners = pgTable(
  "project_partners",
  {
    projectId: uuid("project_id").notNull(),
    partnershipId: uuid("partnership_id").notNull(),
    teryt: text("teryt").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.teryt] }),
    ofProject(t, "project_partners_project_fk"),
    memberUnit(t, "project_partners_member_fk"),
  ],
);

/** Own contribution per JST; they add up to the project's own share (checked by the lib on every save). */
export const projectContributions = pgTable(
  "project_contributions",
  {
    projectId: uuid("project_id").notNull(),
    partnershipId: uuid("partnership_id").notNull(),
    teryt: text("teryt").notNull(),
    amount: grosze("amount"),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.teryt] }),
    ofProject(t, "project_contributions_project_fk"),
    memberUnit(t, "project_contributions_member_fk"),
    check("project_contributions_amount", sql`${t.amount} >= 0`),
  ],
);

export const projectFundingSources = pgTable(
  "project_funding_sources",
  {
    id: id(),
    projectId: ownedBy("project_id", () => projects.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    amount: grosze("amount"),
  },
  (t) => [index("project_funding_sources_project_idx").on(t.projectId, t.position), check("project_funding_amount", sql`${t.amount} >= 0`)],
);

export const projectIndicators = pgTable(
  "project_indicators",
  {
    id: id(),
    projectId: ownedBy("project_id", () => projects.id),
    position: integer("position").notNull(),
    kind: text("kind", { enum: INDICATOR_KINDS }).notNull(),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    /** Exact decimals, as text in and out. */
    baseline: numeric("baseline", { precision: 18, scale: 4 }).notNull(),
    target: numeric("target", { precision: 18, scale: 4 }).notNull(),
    year: integer("year").notNull(),
    source: text("source").notNull().default(""),
  },
  (t) => [index("project_indicators_project_idx").on(t.projectId, t.position)],
);

export const projectRisks = pgTable(
  "project_risks",
  {
    id: id(),
    projectId: ownedBy("project_id", () => projects.id),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    likelihood: text("likelihood", { enum: RISK_LEVELS }).notNull(),
    impact: text("impact", { enum: RISK_LEVELS }).notNull(),
    mitigation: text("mitigation").notNull().default(""),
  },
  (t) => [index("project_risks_project_idx").on(t.projectId, t.position)],
);

/** Files attached to a project (evidence, drawings, estimates). Checked by content before they get here. */
export const projectAttachments = pgTable(
  "project_attachments",
  {
    id: id(),
    projectId: ownedBy("project_id", () => projects.id),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    content: blob("content").notNull(),
    uploadedBy: refOrNull("uploaded_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("project_attachments_project_idx").on(t.projectId),
    check("project_attachments_size", sql`${t.size} = octet_length(${t.content}) and ${t.size} <= ${sql.raw(String(MAX_ATTACHMENT_BYTES))}`),
  ],
);

/** Evidence of maturity: what, when, and a link or an attached file. Withdrawn, never deleted. */
export const projectEvidence = pgTable(
  "project_evidence",
  {
    id: id(),
    projectId: ownedBy("project_id", () => projects.id),
    kind: text("kind", { enum: EVIDENCE_KINDS }).notNull(),
    description: text("description").notNull(),
    date: day("date").notNull(),
    url: text("url"),
    attachmentId: uuid("attachment_id").references(() => projectAttachments.id, { onDelete: "restrict" }),
    createdBy: refOrNull("created_by", () => users.id),
    createdAt: createdAt(),
    withdrawnAt: instant("withdrawn_at"),
    withdrawnBy: refOrNull("withdrawn_by", () => users.id),
  },
  (t) => [
    index("project_evidence_project_idx").on(t.projectId),
    check("project_evidence_source", sql`${t.url} is not null or ${t.attachmentId} is not null`),
  ],
);

/** Every change of maturity, with who made it. */
export const projectMaturityHistory = pgTable(
  "project_maturity_history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    projectId: ownedBy("project_id", () => projects.id),
    fromLevel: integer("from_level").notNull(),
    toLevel: integer("to_level").notNull(),
    note: text("note").notNull().default(""),
    changedBy: refOrNull("changed_by", () => users.id),
    changedAt: instant("changed_at").notNull().defaultNow(),
  },
  (t) => [index("project_maturity_history_project_idx").on(t.projectId, t.changedAt)],
);

/** Schedule: tasks and milestones (a milestone starts and ends the same day). */
export const projectTasks = pgTable(
  "project_tasks",
  {
    id: id(),
    projectId: uuid("project_id").notNull(),
    partnershipId: uuid("partnership_id").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: TASK_KINDS }).notNull().default("task"),
    startDate: day("start_date").notNull(),
    endDate: day("end_date").notNull(),
    /** The responsible member JST (null: the lead). */
    teryt: text("responsible_teryt"),
    createdAt: createdAt(),
  },
  (t) => [
    index("project_tasks_project_idx").on(t.projectId),
    ofProject(t, "project_tasks_project_fk"),
    memberUnit(t, "project_tasks_responsible_member_fk"),
    check("project_tasks_dates", sql`${t.startDate} <= ${t.endDate} and (${t.kind} <> 'milestone' or ${t.startDate} = ${t.endDate})`),
  ],
);

/** Finish-to-start dependencies between tasks of the same project. */
export const projectTaskDependencies = pgTable(
  "project_task_dependencies",
  {
    taskId: ownedBy("task_id", () => projectTasks.id),
    dependsOnId: ownedBy("depends_on_id", () => projectTasks.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.dependsOnId] }), check("project_task_dependencies_not_self", sql`${t.taskId} <> ${t.dependsOnId}`)],
);

/** The project's co-edited documents: description, feasibility analysis, and for the flagship two more. */
export const projectDocuments = pgTable(
  "project_documents",
  {
    projectId: ownedBy("project_id", () => projects.id),
    kind: text("kind", { enum: PROJECT_DOCUMENT_KINDS }).notNull(),
    documentId: uuid("document_id")
      .notNull()
      .unique()
      .references(() => documents.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.kind] })],
);

/** Who co-edits which kind of document (EditingRights); no row means the defaults. */
export const partnershipEditingRights = pgTable("partnership_editing_rights", {
  partnershipId: uuid("partnership_id")
    .primaryKey()
    .references(() => partnerships.id, { onDelete: "cascade" }),
  rights: jsonb("rights").$type<Record<string, string[]>>().notNull(),
  updatedBy: refOrNull("updated_by", () => users.id),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});
