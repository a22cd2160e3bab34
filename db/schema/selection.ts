/**
 * Selecting partnerships (issue #16): calls (nabory) with their deadlines, cap and frozen criteria; information
 * forms with members and attachments; the marshal office's checklists and recommendations (the cap is enforced
 * by a trigger, migration *_selection_guards); and the phases of a selected partnership. Re-exported by
 * ../schema.ts; its tables are referenced only inside callbacks.
 */
import { sql } from "drizzle-orm";
import { customType, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, instant, ownedBy, refOrNull } from "./columns";
import { AREA_TYPES, ATTACHMENT_KINDS, FORM_STATUSES, PHASE_KEYS } from "../../app/lib/selection/enums";
import type { Criterion, FormalMark, MeritMark } from "../../app/lib/selection/criteria";
import { partnerships, territorialUnits, users } from "../schema";

const blob = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

/** A call for information forms, set up by the ministry. Criteria are editable until openedAt, frozen after. */
export const selectionCalls = pgTable("selection_calls", {
  id: id(),
  name: text("name").notNull(),
  /** Forms to the marshal offices by this instant. */
  formsDeadline: instant("forms_deadline").notNull(),
  /** Recommendations to the ministry by this instant. */
  recommendationsDeadline: instant("recommendations_deadline").notNull(),
  /** The planned announcement day. */
  announcementDate: date("announcement_date", { mode: "string" }).notNull(),
  capPerVoivodeship: integer("cap_per_voivodeship").notNull().default(3),
  criteria: jsonb("criteria").$type<Criterion[]>().notNull(),
  openedAt: instant("opened_at"),
  /** When the selected list was announced (published on the public pages). */
  announcedAt: instant("announced_at"),
  createdBy: refOrNull("created_by", () => users.id),
  createdAt: createdAt(),
});

/** An information form (formularz informacyjny). Locked once submitted. */
export const selectionForms = pgTable(
  "selection_forms",
  {
    id: id(),
    callId: ownedBy("call_id", () => selectionCalls.id),
    applicantId: ownedBy("applicant_id", () => users.id),
    voivodeshipTeryt: text("voivodeship_teryt").notNull(),
    status: text("status", { enum: FORM_STATUSES }).notNull().default("draft"),
    name: text("name").notNull(),
    /** Member JSTs (gminas, land powiats) by TERYT code. */
    memberTeryts: jsonb("member_teryts").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    leadTeryt: text("lead_teryt"),
    areaType: text("area_type", { enum: AREA_TYPES }),
    idea: text("idea").notNull().default(""),
    functionalLinks: text("functional_links").notNull().default(""),
    priorCooperation: text("prior_cooperation").notNull().default(""),
    /** The declarations behind formal criteria 1–8: the keys declared ("f1"…"f8"). */
    declarations: jsonb("declarations").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Who will coordinate (invited when the partnership is selected). */
    coordinatorName: text("coordinator_name").notNull().default(""),
    coordinatorEmail: text("coordinator_email").notNull().default(""),
    submittedAt: instant("submitted_at"),
    /** The ministry's choice (before the announcement it can be undone). */
    selectedAt: instant("selected_at"),
    /** The workspace created at the announcement. */
    partnershipId: refOrNull("partnership_id", () => partnerships.id),
    updatedAt: instant("updated_at").notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    index("selection_forms_call_idx").on(t.callId, t.voivodeshipTeryt),
    index("selection_forms_applicant_idx").on(t.applicantId),
  ],
);

/** The letter of intent or agreement; its type checked by content. */
export const selectionAttachments = pgTable(
  "selection_attachments",
  {
    id: id(),
    formId: ownedBy("form_id", () => selectionForms.id),
    kind: text("kind", { enum: ATTACHMENT_KINDS }).notNull(),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    content: blob("content").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("selection_attachments_form_idx").on(t.formId)],
);

/** The marshal office's checklist of one form. */
export const selectionAssessments = pgTable("selection_assessments", {
  formId: uuid("form_id")
    .primaryKey()
    .references(() => selectionForms.id, { onDelete: "cascade" }),
  formal: jsonb("formal").$type<Record<string, FormalMark>>().notNull().default(sql`'{}'::jsonb`),
  merit: jsonb("merit").$type<Record<string, MeritMark>>().notNull().default(sql`'{}'::jsonb`),
  assessedBy: refOrNull("assessed_by", () => users.id),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});

/**
 * A recommendation of a form to the ministry, in rank order. At most the call's cap per voivodeship: the
 * trigger selection_recommendations_cap refuses more, also when two assessors send at the same moment.
 */
export const selectionRecommendations = pgTable(
  "selection_recommendations",
  {
    formId: uuid("form_id")
      .primaryKey()
      .references(() => selectionForms.id, { onDelete: "cascade" }),
    callId: ownedBy("call_id", () => selectionCalls.id),
    voivodeshipTeryt: text("voivodeship_teryt").notNull(),
    rank: integer("rank").notNull(),
    recommendedBy: refOrNull("recommended_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("selection_recommendations_call_idx").on(t.callId, t.voivodeshipTeryt)],
);

/** A marshal office's recommendation list sent to the ministry (no changes after). */
export const selectionRecommendationLists = pgTable(
  "selection_recommendation_lists",
  {
    callId: ownedBy("call_id", () => selectionCalls.id),
    voivodeshipTeryt: text("voivodeship_teryt")
      .notNull()
      .references(() => territorialUnits.teryt),
    sentBy: refOrNull("sent_by", () => users.id),
    sentAt: instant("sent_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.voivodeshipTeryt] })],
);

/** The phases of a selected partnership: planned dates (from the announcement, editable) apart from actual ones. */
export const partnershipPhases = pgTable(
  "partnership_phases",
  {
    id: id(),
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
    key: text("key", { enum: PHASE_KEYS }).notNull(),
    position: integer("position").notNull(),
    plannedStart: date("planned_start", { mode: "string" }).notNull(),
    plannedEnd: date("planned_end", { mode: "string" }).notNull(),
    actualStart: date("actual_start", { mode: "string" }),
    actualEnd: date("actual_end", { mode: "string" }),
  },
  (t) => [uniqueIndex("partnership_phases_key_idx").on(t.partnershipId, t.key)],
);
