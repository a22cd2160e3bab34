/**
 * Casting a ballot. One transaction per ballot:
 *  1. the poll row FOR SHARE — closing takes it FOR UPDATE, so a ballot is either in before the close or refused
 *     after it (409), never half-counted;
 *  2. the voter's own row of the snapshot FOR UPDATE — two ballots of one voter queue up, the second becomes a
 *     change; nobody outside the snapshot has a row (403);
 *  3. a first ballot marks the voter as having voted and inserts version 1 with a new receipt; a change marks the
 *     counted version superseded and inserts the next version under the same receipt.
 * Open ballots name the voter and the time on every version; secret ones name neither, and a change is found by
 * the receipt, which only the voter has (docs/voting.md). The database keeps one counted version per receipt and
 * per voter, and never more counted ballots than voters who voted (migration *_voting_guards).
 */
import { randomInt } from "node:crypto";
import { and, eq, max } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { ballots, polls, pollVoters } from "../../../db/schema";
import { VoteError } from "./errors";
import { normaliseReceipt } from "./forms";
import { candidatesOf } from "./polls.server";
import { isValidBallot, type BallotChoice } from "./tally";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A new receipt code: 50 random bits, XXXXX-XXXXX in Crockford's base32. */
export function newReceipt(): string {
  let code = "";
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export interface CastInput {
  ballot: unknown;
  /** To change a secret ballot: the receipt of the first one. */
  receipt?: string;
}

/** Casts or changes the user's ballot; returns its receipt. Throws VoteError (400 invalid, 403 not eligible, 409 not open). */
export async function castBallot(db: Db, pollId: string, userId: string, input: CastInput, now = new Date()): Promise<{ receipt: string; changed: boolean }> {
  return db.transaction(async (tx) => {
    const [poll] = await tx.select().from(polls).where(eq(polls.id, pollId)).for("share");
    if (!poll) throw new VoteError("errors.noPoll", 404);
    const [voter] = await tx
      .select()
      .from(pollVoters)
      .where(and(eq(pollVoters.pollId, pollId), eq(pollVoters.userId, userId)))
      .for("update");
    // Before opening nobody is eligible yet: "not open". After it, anyone outside the snapshot: "not eligible".
    if (poll.status === "draft") throw new VoteError("errors.notOpen", 409);
    if (!voter) throw new VoteError("errors.notEligible", 403);
    if (poll.status !== "open" || (poll.closesAt && poll.closesAt <= now)) throw new VoteError("errors.notOpen", 409);
    const candidates = (await candidatesOf(tx, pollId)).map((c) => c.id);
    if (!isValidBallot(poll.method, candidates, input.ballot)) throw new VoteError("errors.invalidBallot", 400);
    const choice: BallotChoice = "choice" in input.ballot ? { choice: input.ballot.choice } : { scores: input.ballot.scores };
    const secret = poll.secret;
    const identity = secret ? { voterId: null, castAt: null } : { voterId: voter.id, castAt: now };

    if (!voter.voted) {
      await tx.update(pollVoters).set({ voted: true }).where(eq(pollVoters.id, voter.id));
      const receipt = newReceipt();
      await tx.insert(ballots).values({ pollId, secret, receipt, version: 1, choice, ...identity });
      return { receipt, changed: false };
    }

    // A change: find the counted version — by the voter (open ballot) or by the receipt only they hold (secret).
    let receipt: string;
    if (secret) {
      const given = normaliseReceipt(input.receipt);
      if (!given) throw new VoteError("errors.receiptRequired", 400);
      receipt = given;
    } else {
      const [mine] = await tx
        .select({ receipt: ballots.receipt })
        .from(ballots)
        .where(and(eq(ballots.pollId, pollId), eq(ballots.voterId, voter.id), eq(ballots.current, true)));
      receipt = mine.receipt;
    }
    const superseded = await tx
      .update(ballots)
      .set({ current: false })
      .where(and(eq(ballots.pollId, pollId), eq(ballots.receipt, receipt), eq(ballots.current, true)))
      .returning({ id: ballots.id });
    if (superseded.length !== 1) throw new VoteError("errors.receiptUnknown", 400);
    const [{ version }] = await tx
      .select({ version: max(ballots.version) })
      .from(ballots)
      .where(and(eq(ballots.pollId, pollId), eq(ballots.receipt, receipt)));
    await tx.insert(ballots).values({ pollId, secret, receipt, version: (version ?? 0) + 1, choice, ...identity });
    return { receipt, changed: true };
  });
}

/** Whether the user has voted in the poll (what the page shows them; never their choice in a secret poll). */
export async function hasVoted(db: Db, pollId: string, userId: string): Promise<boolean | null> {
  const [voter] = await db
    .select({ voted: pollVoters.voted })
    .from(pollVoters)
    .where(and(eq(pollVoters.pollId, pollId), eq(pollVoters.userId, userId)));
  return voter ? voter.voted : null;
}

/** The user's counted choice in an open-ballot poll (null in a secret one: the platform cannot tell). */
export async function ownOpenChoice(db: Db, pollId: string, userId: string): Promise<{ receipt: string; choice: BallotChoice } | null> {
  const [row] = await db
    .select({ receipt: ballots.receipt, choice: ballots.choice })
    .from(ballots)
    .innerJoin(pollVoters, eq(pollVoters.id, ballots.voterId))
    .where(and(eq(ballots.pollId, pollId), eq(pollVoters.userId, userId), eq(ballots.current, true), eq(ballots.secret, false)));
  return row ? { receipt: row.receipt, choice: row.choice as BallotChoice } : null;
}
