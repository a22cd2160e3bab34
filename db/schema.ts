import { sql } from "drizzle-orm";
import { bigint, boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  AGENDA_LINK_KINDS,
  AUDIT_EVENTS,
  DECISIONS,
  DOCUMENT_KINDS,
  GLOBAL_ROLES,
  MEETING_BODIES,
  MEETING_STATUSES,
  NOTIFICATION_KINDS,
  PARTNERSHIP_ROLES,
  REMINDER_KINDS,
  THREAD_STATUSES,
  TOKEN_KINDS,
  UNIT_KINDS,
} from "./enums";
import { createdAt, id, instant, ownedBy, refOrNull } from "./schema/columns";
import { polls } from "./schema/voting";

/** postgres.js returns Buffer, PGlite Uint8Array: normalise to a plain Uint8Array. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

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
  id: id(),
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
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
    teryt: text("teryt")
      .notNull()
      .references(() => territorialUnits.teryt),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.teryt] })],
);

export const users = pgTable("users", {
  id: id(),
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
    id: id(),
    userId: ownedBy("user_id", () => users.id),
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
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
  id: id(),
  partnershipId: ownedBy("partnership_id", () => partnerships.id),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const workingGroupMembers = pgTable(
  "working_group_members",
  {
    workingGroupId: ownedBy("working_group_id", () => workingGroups.id),
    userId: ownedBy("user_id", () => users.id),
  },
  (t) => [primaryKey({ columns: [t.workingGroupId, t.userId] })],
);

/** Lucia-style sessions: the id is the SHA-256 (hex) of the token; the token itself is never stored. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: ownedBy("user_id", () => users.id),
    expiresAt: instant("expires_at").notNull(),
    createdAt: createdAt(),
    lastSeenAt: instant("last_seen_at").notNull().defaultNow(),
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
  createdBy: refOrNull("created_by", () => users.id),
  expiresAt: instant("expires_at").notNull(),
  usedAt: instant("used_at"),
  createdAt: createdAt(),
});

export const outbox = pgTable("outbox", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  createdAt: createdAt(),
  sentAt: instant("sent_at"),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant("at").notNull().defaultNow(),
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
    id: id(),
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
    kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
    title: text("title").notNull(),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
    derivedJson: jsonb("derived_json"),
    derivedHtml: text("derived_html"),
    derivedText: text("derived_text"),
    derivedAt: instant("derived_at"),
    /** Set when the document is frozen (the minutes of a closed session): nobody edits it any more. */
    lockedAt: instant("locked_at"),
  },
  (t) => [index("documents_partnership_idx").on(t.partnershipId)],
);

/** Append-only log of Yjs updates, written by group commit before the author is acknowledged. */
export const documentUpdates = pgTable(
  "document_updates",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    documentId: ownedBy("document_id", () => documents.id),
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
  updatedAt: instant("updated_at").notNull().defaultNow(),
});

export const documentVersions = pgTable(
  "document_versions",
  {
    id: id(),
    documentId: ownedBy("document_id", () => documents.id),
    /** null name = automatic version */
    name: text("name"),
    state: bytea("state").notNull(),
    json: jsonb("json"),
    text: text("text").notNull().default(""),
    createdBy: refOrNull("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("document_versions_document_idx").on(t.documentId, t.createdAt)],
);

export const commentThreads = pgTable(
  "comment_threads",
  {
    id: id(),
    documentId: ownedBy("document_id", () => documents.id),
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
    resolvedBy: refOrNull("resolved_by", () => users.id),
    resolvedAt: instant("resolved_at"),
    /** Consultation report: the coordinator's answer and decision (accepted | partly | rejected). */
    answer: text("answer"),
    decision: text("decision", { enum: DECISIONS }),
    createdBy: refOrNull("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("comment_threads_document_idx").on(t.documentId)],
);

export const comments = pgTable(
  "comments",
  {
    id: id(),
    threadId: ownedBy("thread_id", () => commentThreads.id),
    authorId: refOrNull("author_id", () => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
    editedAt: instant("edited_at"),
    deletedAt: instant("deleted_at"),
  },
  (t) => [index("comments_thread_idx").on(t.threadId, t.createdAt)],
);

/** Earlier bodies of edited comments: nothing is overwritten. */
export const commentRevisions = pgTable("comment_revisions", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  commentId: ownedBy("comment_id", () => comments.id),
  body: text("body").notNull(),
  createdAt: createdAt(),
});

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: ownedBy("user_id", () => users.id),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "cascade" }),
    threadId: uuid("thread_id").references(() => commentThreads.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    /** A reminder of a coming session. */
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    /** A poll opened, or closes tomorrow. */
    pollId: uuid("poll_id").references(() => polls.id, { onDelete: "cascade" }),
    actorId: refOrNull("actor_id", () => users.id),
    createdAt: createdAt(),
    readAt: instant("read_at"),
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
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
    documentId: ownedBy("document_id", () => documents.id),
    field: text("field").notNull(),
    threadId: uuid("thread_id").references(() => commentThreads.id, { onDelete: "cascade" }),
    /** When the source last changed (documents.updated_at, the thread's latest comment change). */
    sourceAt: instant("source_at").notNull(),
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
export * from "./schema/voting";

/** Selecting partnerships: calls, information forms, checklists, recommendations, phases (issue #16). */
export * from "./schema/selection";
/** Public publication (issue #15). */
export * from "./schema/publication";

/**
 * A working-group or council session (posiedzenie). `startsAt` is the instant; the page shows it in
 * Europe/Warsaw. `revision` grows with every edit of the form (stale saves are refused) and is the .ics SEQUENCE.
 */
export const meetings = pgTable(
  "meetings",
  {
    id: id(),
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
    body: text("body", { enum: MEETING_BODIES }).notNull(),
    title: text("title").notNull(),
    startsAt: instant("starts_at").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** Any http(s) URL of the video call; shown to members only. */
    videoUrl: text("video_url"),
    status: text("status", { enum: MEETING_STATUSES }).notNull().default("planned"),
    /** The agenda item the coordinator has moved the room to. */
    currentItemId: uuid("current_item_id"),
    /** The co-edited minutes (a document of kind "minutes"). */
    minutesDocumentId: uuid("minutes_document_id")
      .notNull()
      .references(() => documents.id),
    /** The named version the minutes were frozen as when the session closed. */
    minutesVersionId: uuid("minutes_version_id").references(() => documentVersions.id),
    openedAt: instant("opened_at"),
    closedAt: instant("closed_at"),
    closedBy: refOrNull("closed_by", () => users.id),
    publishedAt: instant("published_at"),
    publishedBy: refOrNull("published_by", () => users.id),
    revision: integer("revision").notNull().default(1),
    createdBy: refOrNull("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("meetings_partnership_idx").on(t.partnershipId, t.startsAt),
    uniqueIndex("meetings_minutes_document_idx").on(t.minutesDocumentId),
  ],
);

export const meetingAgendaItems = pgTable(
  "meeting_agenda_items",
  {
    id: id(),
    meetingId: ownedBy("meeting_id", () => meetings.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    linkKind: text("link_kind", { enum: AGENDA_LINK_KINDS }),
    /** A strategy section key (s01…s14) when linkKind is strategy_section. */
    sectionKey: text("section_key"),
    /** A project of the same partnership when linkKind is project (no foreign key: see app/lib/sessions/agenda-projects.server.ts). */
    projectId: uuid("project_id"),
  },
  (t) => [index("meeting_agenda_items_meeting_idx").on(t.meetingId, t.position)],
);

/**
 * Presence in the session room as the collaboration server saw it: one row per connection to the minutes
 * document (a tab, a reconnect), written server-side. Attendance is derived from these rows.
 */
export const meetingPresence = pgTable(
  "meeting_presence",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    meetingId: ownedBy("meeting_id", () => meetings.id),
    userId: ownedBy("user_id", () => users.id),
    joinedAt: instant("joined_at").notNull(),
    leftAt: instant("left_at"),
    /** Refreshed while the connection lives: where a connection ends if the process stops without closing it. */
    lastSeenAt: instant("last_seen_at").notNull(),
  },
  (t) => [index("meeting_presence_meeting_idx").on(t.meetingId, t.userId)],
);

/**
 * The attendance record, one row per person: from presence when the session closed (merged intervals), or
 * entered by the coordinator for someone who joined by phone. A person without an account has a name only.
 */
export const meetingAttendees = pgTable(
  "meeting_attendees",
  {
    id: id(),
    meetingId: ownedBy("meeting_id", () => meetings.id),
    userId: refOrNull("user_id", () => users.id),
    name: text("name").notNull(),
    byPhone: boolean("by_phone").notNull().default(false),
    /** Merged intervals of presence: `[{ from, to }]`, ISO instants. */
    intervals: jsonb("intervals").$type<{ from: string; to: string }[]>().notNull(),
    createdBy: refOrNull("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("meeting_attendees_meeting_idx").on(t.meetingId),
    uniqueIndex("meeting_attendees_user_idx").on(t.meetingId, t.userId),
  ],
);

export const meetingDecisions = pgTable(
  "meeting_decisions",
  {
    id: id(),
    meetingId: ownedBy("meeting_id", () => meetings.id),
    agendaItemId: refOrNull("agenda_item_id", () => meetingAgendaItems.id),
    text: text("text").notNull(),
    recordedBy: refOrNull("recorded_by", () => users.id),
    /** The recorder's name as it was (kept if the account goes). */
    recordedByName: text("recorded_by_name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("meeting_decisions_meeting_idx").on(t.meetingId, t.createdAt)],
);

/** An attendee's approval of the frozen minutes (one per attendee). */
export const meetingApprovals = pgTable(
  "meeting_approvals",
  {
    id: id(),
    meetingId: ownedBy("meeting_id", () => meetings.id),
    attendeeId: ownedBy("attendee_id", () => meetingAttendees.id),
    userId: refOrNull("user_id", () => users.id),
    approvedAt: instant("approved_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("meeting_approvals_attendee_idx").on(t.meetingId, t.attendeeId)],
);

/**
 * Reminders already given: one per session, person, kind and start time, so the scheduler may run again after
 * a restart without repeating one, and a session moved to another time is reminded of again.
 */
export const meetingReminders = pgTable(
  "meeting_reminders",
  {
    meetingId: ownedBy("meeting_id", () => meetings.id),
    userId: ownedBy("user_id", () => users.id),
    kind: text("kind", { enum: REMINDER_KINDS }).notNull(),
    startsAt: instant("starts_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId, t.kind, t.startsAt] })],
);

/** A personal calendar feed behind a secret link: only the SHA-256 of the secret is stored; revocable. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: text("id").primaryKey(),
    userId: ownedBy("user_id", () => users.id),
    createdAt: createdAt(),
    revokedAt: instant("revoked_at"),
    lastUsedAt: instant("last_used_at"),
  },
  (t) => [index("calendar_feeds_user_idx").on(t.userId)],
);
