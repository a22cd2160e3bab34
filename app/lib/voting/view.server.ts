/**
 * What the pages, the JSON API and publication read of a poll. Nothing here ever puts a voter next to a choice
 * for a secret poll: its stored result has no `ballots`, and its ballot rows carry no voter to join.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { polls, pollVoters, projects, users } from "../../../db/schema";
import { packageRows } from "../projects/package.server";
import { feasibilityStatus } from "../projects/feasibility";
import { candidatesOf, currentTally, type PollRow, type StoredResult } from "./polls.server";
import type { BallotChoice, CandidateResult } from "./tally";

/** The result of the JSON contract (docs/voting.md). */
export interface PollResultJson {
  turnout: number;
  quorumMet: boolean;
  tie: boolean;
  candidates: CandidateResult[];
  receipts: string[];
  ballots?: { voter: string; choice: string | Record<string, number> }[];
}

const choiceJson = (c: BallotChoice) => ("choice" in c ? c.choice : c.scores);

export function resultJson(result: StoredResult, secret: boolean): PollResultJson {
  const out: PollResultJson = {
    turnout: result.turnout,
    quorumMet: result.quorumMet,
    tie: result.tie,
    candidates: result.candidates,
    receipts: [...result.receipts].sort(),
  };
  if (!secret && result.ballots) out.ballots = result.ballots.map((b) => ({ voter: b.voter, choice: choiceJson(b.choice) }));
  return out;
}

/** The result shown now: frozen once closed, live for an open ballot that says so, otherwise none. */
export async function visibleResult(db: Db, poll: PollRow): Promise<StoredResult | null> {
  if (poll.status === "closed") return poll.result as StoredResult;
  if (poll.status === "open" && poll.liveResults && !poll.secret) return currentTally(db, poll);
  return null;
}

/** `GET /api/polls/:id`. */
export async function pollJson(db: Db, poll: PollRow) {
  const [candidates, voters, result] = await Promise.all([
    candidatesOf(db, poll.id),
    db.select({ id: pollVoters.id }).from(pollVoters).where(eq(pollVoters.pollId, poll.id)),
    visibleResult(db, poll),
  ]);
  return {
    id: poll.id,
    title: poll.title,
    status: poll.status,
    method: poll.method,
    secret: poll.secret,
    quorum: poll.quorum,
    eligibleCount: voters.length,
    candidates: candidates.map((c) => ({ id: c.id, title: c.title })),
    result: result ? resultJson(result, poll.secret) : null,
  };
}

/** Everything the poll page shows (the viewer's own ballot state is added by the route). */
export async function pollPageView(db: Db, poll: PollRow) {
  const [candidates, rows, voters, result, adoptedBy] = await Promise.all([
    candidatesOf(db, poll.id),
    packageRows(db, poll.partnershipId),
    db
      .select({ name: pollVoters.name, represents: pollVoters.represents, voted: pollVoters.voted, hasAccount: pollVoters.userId })
      .from(pollVoters)
      .where(eq(pollVoters.pollId, poll.id)),
    visibleResult(db, poll),
    poll.adoptedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, poll.adoptedBy)) : Promise.resolve([]),
  ]);
  const info = new Map(rows.map((r) => [r.id, r]));
  return {
    candidates: candidates.map((c) => {
      const row = info.get(c.id);
      return {
        id: c.id,
        title: c.title,
        maturity: row?.maturity ?? 0,
        totalCost: row?.totalCost ?? null,
        feasibility: feasibilityStatus(row?.feasibility ?? 0),
        flagship: row?.flagship ?? false,
      };
    }),
    voters: voters
      .map((v) => ({ name: v.name, represents: v.represents, voted: v.voted }))
      .sort((a, b) => a.name.localeCompare(b.name, "pl")),
    turnout: { voted: voters.filter((v) => v.voted).length, eligible: voters.length },
    result,
    adoptedByName: adoptedBy[0]?.name ?? null,
  };
}

/**
 * The public result of a CLOSED poll, for publication: null while it is a draft or open, or when unknown.
 * A secret poll's result names no voter; an open ballot's lists who voted how (by name).
 */
export async function pollResultForPublication(db: Db, pollId: string) {
  const [poll] = await db.select().from(polls).where(eq(polls.id, pollId));
  if (!poll || poll.status !== "closed" || !poll.result) return null;
  const result = poll.result as StoredResult;
  const candidates = await candidatesOf(db, poll.id);
  const titles = new Map(candidates.map((c) => [c.id, c.title]));
  const [adopted] = poll.adoptedProjectId
    ? await db.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.id, poll.adoptedProjectId))
    : [];
  return {
    id: poll.id,
    partnershipId: poll.partnershipId,
    title: poll.title,
    method: poll.method,
    secret: poll.secret,
    quorum: poll.quorum,
    openedAt: poll.openedAt?.toISOString() ?? null,
    closedAt: poll.closedAt?.toISOString() ?? null,
    eligibleCount: result.eligibleCount,
    voted: result.voted,
    turnout: result.turnout,
    quorumMet: result.quorumMet,
    tie: result.tie,
    candidates: result.candidates.map((c) => ({ ...c, title: titles.get(c.id) ?? "" })),
    winner: result.winner ? { id: result.winner, title: titles.get(result.winner) ?? "" } : null,
    adoptedFlagship: adopted ?? null,
    adoptedAt: poll.adoptedAt?.toISOString() ?? null,
    receipts: [...result.receipts].sort(),
    ballots: poll.secret || !result.ballots ? null : result.ballots.map((b) => ({ voter: b.voter, choice: choiceJson(b.choice) })),
  };
}
export type PublicPollResult = NonNullable<Awaited<ReturnType<typeof pollResultForPublication>>>;
