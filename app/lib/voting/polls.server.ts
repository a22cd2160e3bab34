/**
 * Council polls: the guard's loader, the partnership's list, creating, opening (the council snapshotted),
 * closing (the tally frozen) and adopting the winner as the flagship. Casting is in ballots.server.ts.
 *
 * Routes: `guard(args, "poll.read", (db) => loadPoll(db, params.pollId, params.slug))`.
 */
import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { ballots, memberships, partnerships, pollCandidates, polls, pollVoters, projects, territorialUnits, users } from "../../../db/schema";
import { audit } from "../audit.server";
import type { PollMethod, PollStatus } from "../enums";
import { isUuid } from "../ids";
import { loadPartnership } from "../partnerships.server";
import type { PollResource } from "../policy";
import { adoptFlagship, FlagshipError } from "../projects/project-documents.server";
import { VoteError } from "./errors";
import { pairInstant, type PollFormInput } from "./forms";
import { tally, type BallotChoice, type Tally } from "./tally";
import { pick } from "../../../db/pick";

export type PollRow = typeof polls.$inferSelect;
type PartnershipRow = typeof partnerships.$inferSelect;

/** The result frozen when the poll closes (polls.result). Secret polls: `ballots` is null. */
export interface StoredResult extends Tally {
  eligibleCount: number;
  /** Every counted ballot's receipt, sorted (never in casting order). */
  receipts: string[];
  /** Open ballots only: who voted how (by name, as on the voter list). */
  ballots: { voter: string; choice: BallotChoice }[] | null;
}

export interface LoadedPoll {
  resource: PollResource;
  poll: PollRow;
  partnership: PartnershipRow;
}

/** The poll as the policy sees it (written once, here). */
export function pollResource(poll: Pick<PollRow, "partnershipId" | "status">, eligibleUserIds: readonly string[]): PollResource {
  return { type: "poll", partnershipId: poll.partnershipId, status: poll.status, eligibleUserIds };
}

export async function eligibleUserIds(db: Queryable, pollId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: pollVoters.userId })
    .from(pollVoters)
    .where(and(eq(pollVoters.pollId, pollId), isNotNull(pollVoters.userId)));
  return rows.map((r) => r.userId!);
}

/**
 * The guard's loader: the poll with its partnership; null when the id is malformed, unknown or under another
 * slug. A poll whose planned time has come is opened or closed first (the scheduler does it too).
 */
export async function loadPoll(db: Db, pollId: string | undefined, slug?: string, now = new Date()): Promise<LoadedPoll | null> {
  if (!isUuid(pollId)) return null;
  const find = () =>
    db
      .select({ poll: polls, partnership: partnerships })
      .from(polls)
      .innerJoin(partnerships, eq(partnerships.id, polls.partnershipId))
      .where(slug === undefined ? eq(polls.id, pollId) : and(eq(polls.id, pollId), eq(partnerships.slug, slug)));
  let [row] = await find();
  if (!row) return null;
  if (isDue(row.poll, now)) {
    await advancePoll(db, row.poll.id, now);
    [row] = await find();
  }
  return { ...row, resource: pollResource(row.poll, await eligibleUserIds(db, row.poll.id)) };
}

/**
 * The guard's loader for the partnership's polls as a whole (the list, a new poll): the partnership with a poll
 * resource of it, so "poll.read" / "poll.manage" are asked of polls, not of the workspace.
 */
export async function loadPartnershipPolls(db: Db, slug: string | undefined) {
  const loaded = await loadPartnership(db, slug);
  return loaded && { partnership: loaded.partnership, resource: pollResource({ partnershipId: loaded.partnership.id, status: "draft" }, []) };
}

/** Whether the poll's planned opening or closing time has passed without it being opened or closed. */
export function isDue(poll: Pick<PollRow, "status" | "opensAt" | "closesAt">, now: Date): boolean {
  if (poll.status === "draft") return poll.opensAt !== null && poll.opensAt <= now;
  if (poll.status === "open") return poll.closesAt !== null && poll.closesAt <= now;
  return false;
}

/** Opens or closes a poll whose time has come; returns what it did (null: nothing). */
export async function advancePoll(db: Db, pollId: string, now = new Date()): Promise<"opened" | "closed" | null> {
  const [poll] = await db.select().from(polls).where(eq(polls.id, pollId));
  if (!poll || !isDue(poll, now)) return null;
  try {
    if (poll.status === "draft") {
      await openPoll(db, pollId, null, now);
      // Planned to both open and close already (e.g. a server that was down): close it too.
      if (poll.closesAt && poll.closesAt <= now) await closePoll(db, pollId, null, now);
      return "opened";
    }
    await closePoll(db, pollId, null, now);
    return "closed";
  } catch (error) {
    // Someone else opened or closed it at the same moment.
    if (error instanceof VoteError && error.status === 409) return null;
    throw error;
  }
}

/** Polls whose planned time has come (for the scheduler). */
export async function duePollIds(db: Db, now = new Date()): Promise<string[]> {
  const rows = await db
    .select({ id: polls.id })
    .from(polls)
    .where(
      sql`(${polls.status} = 'draft' and ${polls.opensAt} <= ${now.toISOString()}::timestamptz) or (${polls.status} = 'open' and ${polls.closesAt} <= ${now.toISOString()}::timestamptz)`,
    );
  return rows.map((r) => r.id);
}

export interface PollSummary {
  id: string;
  title: string;
  status: PollStatus;
  method: PollMethod;
  secret: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
  adoptedProjectId: string | null;
}

/** Every poll of the partnership, newest first. */
export async function listPolls(db: Db, partnershipId: string): Promise<PollSummary[]> {
  return db
    .select(pick(polls, "id", "title", "status", "method", "secret", "opensAt", "closesAt", "adoptedProjectId"))
    .from(polls)
    .where(eq(polls.partnershipId, partnershipId))
    .orderBy(desc(polls.createdAt));
}

/** The candidates in the poll's order, with their project's title. */
export async function candidatesOf(db: Queryable, pollId: string) {
  return db
    .select({ id: projects.id, title: projects.title })
    .from(pollCandidates)
    .innerJoin(projects, eq(projects.id, pollCandidates.projectId))
    .where(eq(pollCandidates.pollId, pollId))
    .orderBy(asc(pollCandidates.position));
}

/** Creates a draft poll (opened at its planned time, or by the coordinator). Candidates must be the partnership's projects. */
export async function createPoll(db: Db, partnershipId: string, input: PollFormInput, userId: string | null): Promise<PollRow> {
  return db.transaction(async (tx) => {
    const own = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.partnershipId, partnershipId), inArray(projects.id, input.candidates)));
    if (own.length !== input.candidates.length) throw new VoteError("validation.candidatesInvalid", 400);
    const [poll] = await tx
      .insert(polls)
      .values({
        partnershipId,
        title: input.title,
        description: input.description ?? "",
        method: input.method,
        secret: input.secret ?? false,
        liveResults: !input.secret && (input.liveResults ?? false),
        quorum: input.quorumPercent / 100,
        opensAt: pairInstant(input.opensDate, input.opensTime) ?? null,
        closesAt: pairInstant(input.closesDate, input.closesTime) ?? null,
        createdBy: userId,
      })
      .returning();
    await tx.insert(pollCandidates).values(input.candidates.map((projectId, i) => ({ pollId: poll.id, projectId, position: i + 1 })));
    await audit(tx as unknown as Db, { event: "poll_created", actorUserId: userId, partnershipId, details: { pollId: poll.id, title: poll.title } });
    return poll;
  });
}

/** Opens a draft poll: the partnership's council members at this moment become its eligible voters. */
export async function openPoll(db: Db, pollId: string, userId: string | null, now = new Date()): Promise<{ poll: PollRow; eligible: string[] }> {
  return db.transaction(async (tx) => {
    const [poll] = await tx.select().from(polls).where(eq(polls.id, pollId)).for("update");
    if (!poll) throw new VoteError("errors.noPoll", 404);
    if (poll.status !== "draft") throw new VoteError("errors.notDraft", 409);
    if (poll.closesAt && poll.closesAt <= now && userId) throw new VoteError("errors.closesInPast", 409);
    const council = await tx
      .selectDistinct({ userId: users.id, name: users.name, represents: territorialUnits.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(territorialUnits, eq(territorialUnits.teryt, memberships.representedTeryt))
      .where(and(eq(memberships.partnershipId, poll.partnershipId), eq(memberships.role, "council_member")));
    if (council.length > 0) {
      await tx
        .insert(pollVoters)
        .values(council.map((m) => ({ pollId, userId: m.userId, name: m.name, represents: m.represents ?? "" })))
        .onConflictDoNothing();
    }
    const [opened] = await tx.update(polls).set({ status: "open", openedAt: now }).where(eq(polls.id, pollId)).returning();
    await audit(tx as unknown as Db, {
      event: "poll_opened",
      actorUserId: userId,
      partnershipId: poll.partnershipId,
      details: { pollId, title: poll.title, eligibleCount: council.length },
    });
    return { poll: opened, eligible: council.map((m) => m.userId) };
  });
}

/** The counted ballots of a poll and the tally over them (live, or at closing inside its transaction). */
export async function currentTally(db: Queryable, poll: PollRow): Promise<StoredResult> {
  const [candidates, voters, counted] = await Promise.all([
    candidatesOf(db, poll.id),
    db.select({ id: pollVoters.id, name: pollVoters.name }).from(pollVoters).where(eq(pollVoters.pollId, poll.id)),
    db
      .select({ receipt: ballots.receipt, choice: ballots.choice, voterId: ballots.voterId })
      .from(ballots)
      .where(and(eq(ballots.pollId, poll.id), eq(ballots.current, true))),
  ]);
  const t = tally({
    method: poll.method,
    quorum: poll.quorum,
    eligibleCount: voters.length,
    candidates: candidates.map((c) => c.id),
    ballots: counted.map((b) => b.choice as BallotChoice),
  });
  const names = new Map(voters.map((v) => [v.id, v.name]));
  return {
    ...t,
    eligibleCount: voters.length,
    receipts: counted.map((b) => b.receipt).sort(),
    ballots: poll.secret
      ? null
      : counted
          .map((b) => ({ voter: names.get(b.voterId ?? "") ?? "", choice: b.choice as BallotChoice }))
          .sort((a, b) => a.voter.localeCompare(b.voter, "pl")),
  };
}

/** Closes an open poll and freezes its result. */
export async function closePoll(db: Db, pollId: string, userId: string | null, now = new Date()): Promise<{ poll: PollRow; result: StoredResult }> {
  return db.transaction(async (tx) => {
    // FOR UPDATE waits for every ballot being cast (they hold FOR SHARE) and turns away the ones after it.
    const [poll] = await tx.select().from(polls).where(eq(polls.id, pollId)).for("update");
    if (!poll) throw new VoteError("errors.noPoll", 404);
    if (poll.status !== "open") throw new VoteError("errors.notOpen", 409);
    const result = await currentTally(tx, poll);
    const [closed] = await tx.update(polls).set({ status: "closed", closedAt: now, result }).where(eq(polls.id, pollId)).returning();
    await audit(tx as unknown as Db, {
      event: "poll_closed",
      actorUserId: userId,
      partnershipId: poll.partnershipId,
      // Numbers only: never a voter next to a choice.
      details: { pollId, title: poll.title, eligibleCount: result.eligibleCount, voted: result.voted, quorumMet: result.quorumMet, tie: result.tie },
    });
    return { poll: closed, result };
  });
}

/** The coordinator adopts the closed poll's winner as the partnership's flagship (this unlocks its documents). */
export async function adoptWinner(db: Db, pollId: string, userId: string, now = new Date()): Promise<{ projectId: string }> {
  return db.transaction(async (tx) => {
    const [poll] = await tx.select().from(polls).where(eq(polls.id, pollId)).for("update");
    if (!poll) throw new VoteError("errors.noPoll", 404);
    if (poll.status !== "closed") throw new VoteError("errors.notClosed", 409);
    const winner = (poll.result as StoredResult | null)?.winner ?? null;
    if (!winner) throw new VoteError("errors.noWinner", 409);
    if (poll.adoptedProjectId) throw new VoteError("errors.alreadyAdopted", 409);
    try {
      await adoptFlagship(tx, winner, pollId, { userId });
    } catch (error) {
      if (error instanceof FlagshipError) throw new VoteError(`errors.flagship.${error.reason}`, 409);
      throw error;
    }
    await tx.update(polls).set({ adoptedProjectId: winner, adoptedAt: now, adoptedBy: userId }).where(eq(polls.id, pollId));
    return { projectId: winner };
  });
}

/** Polls closing within a day that have not been closed (the day-before reminder). */
export async function pollsClosingSoon(db: Db, now = new Date()) {
  return db
    .select({ id: polls.id, partnershipId: polls.partnershipId })
    .from(polls)
    .where(
      and(
        eq(polls.status, "open"),
        isNotNull(polls.closesAt),
        lte(polls.closesAt, new Date(now.getTime() + 24 * 3_600_000)),
        sql`${polls.closesAt} > ${now.toISOString()}::timestamptz`,
      ),
    );
}
