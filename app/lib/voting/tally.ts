/**
 * The tally of a council poll. Pure: the server freezes it when a poll closes (and shows it live for an open
 * ballot that says so); tests check it directly.
 *
 * - single choice: votes per candidate, most first;
 * - scores 0–5: every ballot scores every candidate; ranked by mean, then median; equal on both is a tie;
 * - turnout is the share of eligible voters whose ballot counts; the quorum is met when turnout is MORE than
 *   the poll's quorum share (0.5: more than half);
 * - no winner without quorum, with a tie for first place, or with no votes at all.
 */
import type { PollMethod } from "../enums";

export const SCORE_MIN = 0;
export const SCORE_MAX = 5;

export type BallotChoice = { choice: string } | { scores: Record<string, number> };

export interface TallyInput {
  method: PollMethod;
  quorum: number;
  eligibleCount: number;
  /** Candidate ids in the poll's order (ties keep this order). */
  candidates: readonly string[];
  /** The counted ballots: the current version of each. */
  ballots: readonly BallotChoice[];
}

export type CandidateResult = { id: string; votes: number } | { id: string; mean: number; median: number };

export interface Tally {
  /** Ballots counted. */
  voted: number;
  /** voted / eligible (0 when nobody is eligible). */
  turnout: number;
  quorumMet: boolean;
  /** Two or more candidates share first place (with at least one vote cast). */
  tie: boolean;
  /** Ranked, first place first. */
  candidates: CandidateResult[];
  /** The project that may be adopted as the flagship, or null (no quorum, a tie, no votes). */
  winner: string | null;
}

/** Whether a ballot is well formed for the poll: a known candidate, or a whole score 0–5 for every candidate. */
export function isValidBallot(method: PollMethod, candidates: readonly string[], ballot: unknown): ballot is BallotChoice {
  if (typeof ballot !== "object" || ballot === null) return false;
  if (method === "single") {
    const choice = (ballot as { choice?: unknown }).choice;
    return typeof choice === "string" && candidates.includes(choice) && !("scores" in ballot);
  }
  const scores = (ballot as { scores?: unknown }).scores;
  if (typeof scores !== "object" || scores === null || Array.isArray(scores) || "choice" in ballot) return false;
  const keys = Object.keys(scores);
  return (
    keys.length === candidates.length &&
    candidates.every((c) => {
      const s = (scores as Record<string, unknown>)[c];
      return typeof s === "number" && Number.isInteger(s) && s >= SCORE_MIN && s <= SCORE_MAX;
    })
  );
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function tally(input: TallyInput): Tally {
  const valid = input.ballots.filter((b) => isValidBallot(input.method, input.candidates, b));
  const voted = valid.length;
  const turnout = input.eligibleCount > 0 ? voted / input.eligibleCount : 0;
  const quorumMet = voted > 0 && turnout > input.quorum;
  const order = new Map(input.candidates.map((id, i) => [id, i]));

  let candidates: CandidateResult[];
  let top: string[];
  if (input.method === "single") {
    const votes = new Map(input.candidates.map((id) => [id, 0]));
    for (const b of valid) if ("choice" in b) votes.set(b.choice, (votes.get(b.choice) ?? 0) + 1);
    const ranked = input.candidates
      .map((id) => ({ id, votes: votes.get(id)! }))
      .sort((a, b) => b.votes - a.votes || order.get(a.id)! - order.get(b.id)!);
    candidates = ranked;
    top = ranked.filter((c) => c.votes === ranked[0]?.votes).map((c) => c.id);
  } else {
    // Every valid ballot scores every candidate, so the sums compare exactly as the means do.
    const ranked = input.candidates
      .map((id) => {
        const values = valid.map((b) => ("scores" in b ? b.scores[id] : 0));
        const sum = values.reduce((a, v) => a + v, 0);
        return { id, sum, median: median(values) };
      })
      .sort((a, b) => b.sum - a.sum || b.median - a.median || order.get(a.id)! - order.get(b.id)!);
    candidates = ranked.map((c) => ({ id: c.id, mean: voted ? round2(c.sum / voted) : 0, median: c.median }));
    top = ranked.filter((c) => c.sum === ranked[0]?.sum && c.median === ranked[0]?.median).map((c) => c.id);
  }
  const tie = voted > 0 && top.length > 1;
  const winner = voted > 0 && quorumMet && !tie ? (top[0] ?? null) : null;
  return { voted, turnout, quorumMet, tie, candidates, winner };
}
