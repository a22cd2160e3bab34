/**
 * Council voting (issue #13): polls, their candidates (projects), the eligible voters snapshotted when a poll
 * opens, ballots with every version kept, and the notices already given. Re-exported by ../schema.ts.
 *
 * Secret ballots (docs/voting.md): a ballot of a secret poll carries no voter and no time; the voter's row in
 * `poll_voters` only says that they voted. The counted ballot is found by its receipt, which only the voter has.
 * The database itself keeps one counted ballot per voter (open polls: a unique index on the voter) and never
 * more counted ballots than voters who voted (secret polls: a constraint trigger, migration *_voting_guards).
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, instant, ownedBy, refOrNull } from "./columns";
import { POLL_METHODS, POLL_NOTICE_KINDS, POLL_STATUSES } from "../enums";
import { partnerships, users } from "../schema";
import { projects } from "./projects";

export const polls = pgTable(
  "polls",
  {
    id: id(),
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    method: text("method", { enum: POLL_METHODS }).notNull(),
    secret: boolean("secret").notNull(),
    /** An open ballot may show its tally while open; a secret one never does. */
    liveResults: boolean("live_results").notNull().default(false),
    /** More than this share of the eligible voters must vote (0.5: more than half). */
    quorum: doublePrecision("quorum").notNull().default(0.5),
    status: text("status", { enum: POLL_STATUSES }).notNull().default("draft"),
    /** Planned times (null: the coordinator opens / closes by hand). */
    opensAt: instant("opens_at"),
    closesAt: instant("closes_at"),
    openedAt: instant("opened_at"),
    closedAt: instant("closed_at"),
    /** The tally frozen at closing (PollResult, app/lib/voting/tally.ts). */
    result: jsonb("result"),
    adoptedProjectId: refOrNull("adopted_project_id", () => projects.id),
    adoptedAt: instant("adopted_at"),
    adoptedBy: refOrNull("adopted_by", () => users.id),
    createdBy: refOrNull("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("polls_partnership_idx").on(t.partnershipId),
    unique("polls_id_secret_key").on(t.id, t.secret),
    check("polls_quorum_range", sql`${t.quorum} >= 0 and ${t.quorum} < 1`),
    check("polls_secret_not_live", sql`not (${t.secret} and ${t.liveResults})`),
    check("polls_times_order", sql`${t.opensAt} is null or ${t.closesAt} is null or ${t.opensAt} < ${t.closesAt}`),
  ],
);

export const pollCandidates = pgTable(
  "poll_candidates",
  {
    pollId: ownedBy("poll_id", () => polls.id),
    projectId: ownedBy("project_id", () => projects.id),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.projectId] })],
);

/** The council at the moment the poll opened (a snapshot): who may vote and whether they have. */
export const pollVoters = pgTable(
  "poll_voters",
  {
    id: id(),
    pollId: ownedBy("poll_id", () => polls.id),
    /** null: a council member without an account (eligible, counted in the quorum, votes outside the platform). */
    userId: refOrNull("user_id", () => users.id),
    name: text("name").notNull(),
    /** The JST they represent, as named when the poll opened. */
    represents: text("represents").notNull().default(""),
    /** Only that they voted: no time, no ballot (secret polls). */
    voted: boolean("voted").notNull().default(false),
  },
  (t) => [
    unique("poll_voters_poll_user_key").on(t.pollId, t.userId),
    unique("poll_voters_poll_id_key").on(t.pollId, t.id),
  ],
);

/**
 * Every version of every ballot (the trail); `current` marks the counted one. A ballot is identified by its
 * receipt; a change adds a version with the same receipt. Secret polls: no voter, no time.
 */
export const ballots = pgTable(
  "ballots",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    pollId: uuid("poll_id").notNull(),
    secret: boolean("secret").notNull(),
    voterId: uuid("voter_id"),
    receipt: text("receipt").notNull(),
    version: integer("version").notNull(),
    /** `{ "choice": projectId }` or `{ "scores": { projectId: 0..5 } }`. */
    choice: jsonb("choice").notNull(),
    castAt: instant("cast_at"),
    current: boolean("current").notNull().default(true),
  },
  (t) => [
    foreignKey({ name: "ballots_poll_secret_fk", columns: [t.pollId, t.secret], foreignColumns: [polls.id, polls.secret] }).onDelete("cascade"),
    foreignKey({ name: "ballots_voter_fk", columns: [t.pollId, t.voterId], foreignColumns: [pollVoters.pollId, pollVoters.id] }).onDelete("cascade"),
    check("ballots_secret_anonymous", sql`${t.secret} = (${t.voterId} is null) and ${t.secret} = (${t.castAt} is null)`),
    uniqueIndex("ballots_receipt_version_idx").on(t.pollId, t.receipt, t.version),
    uniqueIndex("ballots_one_current_per_receipt_idx").on(t.pollId, t.receipt).where(sql`${t.current}`),
    uniqueIndex("ballots_one_current_per_voter_idx").on(t.pollId, t.voterId).where(sql`${t.current} and ${t.voterId} is not null`),
  ],
);

/** Notices already given (one per poll, person and kind), so the scheduler never repeats one. */
export const pollNotices = pgTable(
  "poll_notices",
  {
    pollId: ownedBy("poll_id", () => polls.id),
    userId: ownedBy("user_id", () => users.id),
    kind: text("kind", { enum: POLL_NOTICE_KINDS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.userId, t.kind] })],
);
