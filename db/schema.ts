import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  AUDIT_EVENTS,
  DECISIONS,
  DOCUMENT_KINDS,
  GLOBAL_ROLES,
  NOTIFICATION_KINDS,
  PARTNERSHIP_ROLES,
  THREAD_STATUSES,
  TOKEN_KINDS,
  UNIT_KINDS,
} from "./enums";

/** postgres.js returns Buffer, PGlite Uint8Array: normalise to a plain Uint8Array. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** GUS TERC register: voivodeships, powiats, gminas. */
export const territorialUnits = pgTable(
  "territorial_units",
  {
    teryt: text("teryt").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: UNIT_KINDS }).notNull(),
    parentTeryt: text("parent_teryt"),
  },
  (t) => [index("territorial_units_parent_idx").on(t.parentTeryt)],
);

export const partnerships = pgTable("partnerships", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  voivodeshipTeryt: text("voivodeship_teryt").notNull(),
  description: text("description").notNull().default(""),
  createdAt: createdAt(),
});

/** The JSTs (gminas, powiats) that form a partnership. */
export const partnershipUnits = pgTable(
  "partnership_units",
  {
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    teryt: text("teryt")
      .notNull()
      .references(() => territorialUnits.teryt),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.teryt] })],
);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Always stored lower-case. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash"),
  /** null for everybody but the ministry administrator and marshal-office assessors. */
  globalRole: text("global_role", { enum: GLOBAL_ROLES }),
  /** For a marshal assessor: the 2-digit TERYT of their voivodeship. */
  voivodeshipTeryt: text("voivodeship_teryt"),
  locale: text("locale"),
  createdAt: createdAt(),
});

/** A person's role in one partnership. */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    role: text("role", { enum: PARTNERSHIP_ROLES }).notNull(),
    /** For a council member: the member JST they represent. */
    representedTeryt: text("represented_teryt"),
    isChair: boolean("is_chair").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("memberships_user_partnership_role_idx").on(t.userId, t.partnershipId, t.role),
    index("memberships_partnership_idx").on(t.partnershipId),
  ],
);

export const workingGroups = pgTable("working_groups", {
  id: uuid("id").primaryKey().defaultRandom(),
  partnershipId: uuid("partnership_id")
    .notNull()
    .references(() => partnerships.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const workingGroupMembers = pgTable(
  "working_group_members",
  {
    workingGroupId: uuid("working_group_id")
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.workingGroupId, t.userId] })],
);

/** Lucia-style sessions: the id is the SHA-256 (hex) of the token; the token itself is never stored. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    userAgent: text("user_agent").notNull().default(""),
    ip: text("ip").notNull().default(""),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Single-use links: invitations and password resets. Only the SHA-256 of the token is stored. */
export const authTokens = pgTable("auth_tokens", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: TOKEN_KINDS }).notNull(),
  email: text("email").notNull(),
  userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
  partnershipId: uuid("partnership_id").references(() => partnerships.id, { onDelete: "cascade" }),
  role: text("role", { enum: PARTNERSHIP_ROLES }),
  representedTeryt: text("represented_teryt"),
  /** For an invitation as a working-group member: the groups to join. */
  workingGroupIds: jsonb("working_group_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: createdAt(),
});

export const outbox = pgTable("outbox", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  createdAt: createdAt(),
  sentAt: timestamp("sent_at", { withTimezone: true }),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    event: text("event", { enum: AUDIT_EVENTS }).notNull(),
    actorUserId: uuid("actor_user_id"),
    partnershipId: uuid("partnership_id"),
    subjectEmail: text("subject_email"),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("audit_log_partnership_idx").on(t.partnershipId, t.at)],
);

/** A co-edited document (one Y.Doc). Derived HTML/text/JSON are refreshed after edits settle. */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
    title: text("title").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    derivedJson: jsonb("derived_json"),
    derivedHtml: text("derived_html"),
    derivedText: text("derived_text"),
    derivedAt: timestamp("derived_at", { withTimezone: true }),
  },
  (t) => [index("documents_partnership_idx").on(t.partnershipId)],
);

/** Append-only log of Yjs updates, written by group commit before the author is acknowledged. */
export const documentUpdates = pgTable(
  "document_updates",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    update: bytea("update").notNull(),
    userId: uuid("user_id"),
    createdAt: createdAt(),
  },
  (t) => [index("document_updates_document_idx").on(t.documentId, t.id)],
);

/** Compacted state: the log rows up to lastUpdateId are folded into it. */
export const documentStates = pgTable("document_states", {
  documentId: uuid("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  state: bytea("state").notNull(),
  lastUpdateId: bigint("last_update_id", { mode: "number" }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const documentVersions = pgTable(
  "document_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** null name = automatic version */
    name: text("name"),
    state: bytea("state").notNull(),
    json: jsonb("json"),
    text: text("text").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("document_versions_document_idx").on(t.documentId, t.createdAt)],
);

export const commentThreads = pgTable(
  "comment_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** Yjs relative positions (encoded) of the anchored range, and the section field it lives in. */
    field: text("field").notNull().default("default"),
    anchorStart: bytea("anchor_start"),
    anchorEnd: bytea("anchor_end"),
    quote: text("quote").notNull(),
    /**
     * A little of the text before and after the passage (as it was when last seen attached): with the quote it
     * finds the passage again when the editor replaced its paragraph (see app/lib/comments/anchor-quote.ts).
     */
    quotePrefix: text("quote_prefix").notNull().default(""),
    quoteSuffix: text("quote_suffix").notNull().default(""),
    /** Consultation report: the commenter's justification (uzasadnienie) of the thread's first comment. */
    justification: text("justification").notNull().default(""),
    status: text("status", { enum: THREAD_STATUSES }).notNull().default("open"),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    /** Consultation report: the coordinator's answer and decision (accepted | partly | rejected). */
    answer: text("answer"),
    decision: text("decision", { enum: DECISIONS }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("comment_threads_document_idx").on(t.documentId)],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => commentThreads.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("comments_thread_idx").on(t.threadId, t.createdAt)],
);

/** Earlier bodies of edited comments: nothing is overwritten. */
export const commentRevisions = pgTable("comment_revisions", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  commentId: uuid("comment_id")
    .notNull()
    .references(() => comments.id, { onDelete: "cascade" }),
  body: text("body").notNull(),
  createdAt: createdAt(),
});

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "cascade" }),
    threadId: uuid("thread_id").references(() => commentThreads.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt)],
);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The search index (derived, rebuilt from documents and comments whenever they are newer than their entry; see
 * app/lib/documents/search-index.server.ts): one row per document section and one per comment thread. Words are
 * stored already normalised by app/lib/documents/search-polish.ts (lower case, no diacritics, light Polish
 * stems), so PGlite and PostgreSQL index exactly the same lexemes with the built-in 'simple' configuration.
 */
export const searchEntries = pgTable(
  "search_entries",
  {
    /** "section:<documentId>:<field>" or "thread:<threadId>". */
    key: text("key").primaryKey(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    field: text("field").notNull(),
    threadId: uuid("thread_id").references(() => commentThreads.id, { onDelete: "cascade" }),
    /** When the source last changed (documents.updated_at, the thread's latest comment change). */
    sourceAt: timestamp("source_at", { withTimezone: true }).notNull(),
    /** The text as shown (paragraphs and list items on lines of their own), for snippets. */
    text: text("text").notNull(),
    /** Unaccented word forms of the section title (or document title) and of the text. */
    titleForms: text("title_forms").notNull().default(""),
    forms: text("forms").notNull(),
    /** Their light stems. */
    stems: text("stems").notNull(),
    /** Title words weigh A, exact forms B, stems D: an exact word ranks above a word with the same stem. */
    tsv: tsvector("tsv")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple'::regconfig, title_forms), 'A') || setweight(to_tsvector('simple'::regconfig, forms), 'B') || setweight(to_tsvector('simple'::regconfig, stems), 'D')`,
      ),
  },
  (t) => [index("search_entries_partnership_idx").on(t.partnershipId), index("search_entries_tsv_idx").using("gin", t.tsv)],
);

/** The project package (issue #12). */
export * from "./schema/projects";
