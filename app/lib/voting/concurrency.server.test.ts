import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ballots, pollVoters } from "../../../db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { castBallot } from "./ballots.server";
import { VoteError } from "./errors";
import { closePoll, createPoll, openPoll, type StoredResult } from "./polls.server";
import { pollInput, votingFixture } from "./test-fixtures";

type Outcome = { status: 200; receipt: string } | { status: number; key: string };

async function attempt(run: () => Promise<{ receipt: string }>): Promise<Outcome> {
  try {
    return { status: 200, receipt: (await run()).receipt };
  } catch (error) {
    if (error instanceof VoteError) return { status: error.status, key: error.key };
    throw error;
  }
}

describe.each(testDrivers)("200 simultaneous ballots (%s)", (driver) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(driver);
  });
  afterEach(async () => {
    await database.close();
  });

  it.each([false, true])("secret=%s: duplicates, changes, late ones and outsiders leave exactly one counted ballot per eligible voter", async (secret) => {
    const db = database.db;
    const f = await votingFixture(db, { council: 30, outsiders: 15, tag: `c${secret}` });
    const poll = await createPoll(db, f.partnership.id, pollInput(f.candidates, { secret }), f.coordinator.id);
    const { eligible } = await openPoll(db, poll.id, f.coordinator.id);
    // The demo council's two members with accounts and the thirty added ones.
    expect(eligible).toHaveLength(32);
    const outsiders = f.outsiders.map((o) => o.id);
    const pick = (i: number) => ({ choice: f.candidates[i % 3].id });

    // Wave A, all at once: every eligible voter three times (a first ballot and two duplicates), outsiders twice.
    const waveA = await Promise.all([
      ...eligible.flatMap((u, i) => [0, 1, 2].map((k) => attempt(() => castBallot(db, poll.id, u, { ballot: pick(i + k) })).then((o) => ({ u, o })))),
      ...outsiders.flatMap((u, i) => [0, 1].map((k) => attempt(() => castBallot(db, poll.id, u, { ballot: pick(i + k) })).then((o) => ({ u, o })))),
    ]);
    const receiptOf = new Map<string, string>();
    for (const { u, o } of waveA) if (o.status === 200 && "receipt" in o) receiptOf.set(u, o.receipt);
    expect(receiptOf.size).toBe(32);
    for (const { u, o } of waveA) {
      if (outsiders.includes(u)) expect(o).toEqual({ status: 403, key: "errors.notEligible" });
      // A duplicate of a secret ballot without its receipt is refused; of an open one it is a change.
      else if (o.status !== 200) expect(secret && "key" in o && o.key === "errors.receiptRequired").toBe(true);
    }

    // Wave B, all at once, while the coordinator closes the poll: changes (with the receipt), forged receipts,
    // outsiders again; whatever lands after the close is late (409).
    const waveB = Promise.all([
      ...eligible.map((u, i) => attempt(() => castBallot(db, poll.id, u, { ballot: pick(i + 1), receipt: receiptOf.get(u) })).then((o) => ({ u, o, kind: "change" }))),
      ...eligible.slice(0, 22).map((u, i) => attempt(() => castBallot(db, poll.id, u, { ballot: pick(i + 2), receipt: secret ? "AAAAA-AAAAA" : undefined })).then((o) => ({ u, o, kind: "again" }))),
      ...outsiders.map((u, i) => attempt(() => castBallot(db, poll.id, u, { ballot: pick(i) })).then((o) => ({ u, o, kind: "outsider" }))),
    ]);
    const closing = new Promise((r) => setTimeout(r, 5)).then(() => closePoll(db, poll.id, f.coordinator.id));
    const [b, closed] = await Promise.all([waveB, closing]);
    for (const { o, kind } of b) {
      if (kind === "outsider") expect([403]).toContain(o.status);
      else expect([200, 400, 409]).toContain(o.status);
      if (o.status === 400) expect(secret && "key" in o && o.key === "errors.receiptUnknown").toBe(true);
      if (o.status === 200 && "receipt" in o) expect(o.receipt).toBe(receiptOf.get(b.find((x) => x.o === o)!.u));
    }

    // Wave C: after the close, every ballot is late.
    const waveC = await Promise.all(eligible.slice(0, 5).map((u) => attempt(() => castBallot(db, poll.id, u, { ballot: pick(0), receipt: receiptOf.get(u) }))));
    expect(waveC.map((o) => o.status)).toEqual([409, 409, 409, 409, 409]);
    expect(waveA.length + b.length + waveC.length).toBe(200);

    // Exactly one counted ballot per eligible voter, none from anyone else; every accepted ballot is in the trail.
    const rows = await db.select().from(ballots).where(eq(ballots.pollId, poll.id));
    const counted = rows.filter((r) => r.current);
    expect(counted).toHaveLength(32);
    expect(new Set(counted.map((r) => r.receipt))).toEqual(new Set(receiptOf.values()));
    const accepted = [...waveA, ...b].filter(({ o }) => o.status === 200).length;
    expect(rows).toHaveLength(accepted);
    const voted = await db.select().from(pollVoters).where(and(eq(pollVoters.pollId, poll.id), eq(pollVoters.voted, true)));
    expect(voted.map((v) => v.userId).sort()).toEqual([...eligible].sort());
    if (secret) {
      expect(rows.every((r) => r.voterId === null && r.castAt === null)).toBe(true);
    } else {
      const voterIds = counted.map((r) => r.voterId);
      expect(new Set(voterIds).size).toBe(32);
      expect(voterIds.sort()).toEqual(voted.map((v) => v.id).sort());
    }
    const result = closed.result as StoredResult;
    expect(result.voted).toBe(32);
    expect(result.eligibleCount).toBe(32);
    expect(result.receipts).toEqual([...receiptOf.values()].sort());
    expect(result.candidates.reduce((s, c) => s + ("votes" in c ? c.votes : 0), 0)).toBe(32);
  }, 120_000);

  it("the database itself refuses a second counted ballot for a voter and a ballot into a closed poll", async () => {
    const db = database.db;
    const f = await votingFixture(db, { council: 2, outsiders: 0, tag: "db" });
    const poll = await createPoll(db, f.partnership.id, pollInput(f.candidates), f.coordinator.id);
    await openPoll(db, poll.id, f.coordinator.id);
    await castBallot(db, poll.id, f.council[0].id, { ballot: { choice: f.candidates[0].id } });
    const [voter] = await db.select().from(pollVoters).where(and(eq(pollVoters.pollId, poll.id), eq(pollVoters.userId, f.council[0].id)));
    // Another counted version for the same voter (a bug in code) breaks the unique index.
    await expect(db.insert(ballots).values({ pollId: poll.id, secret: false, voterId: voter.id, receipt: "ZZZZZ-ZZZZZ", version: 1, choice: { choice: f.candidates[1].id }, castAt: new Date() })).rejects.toThrow();
    // A secret-style ballot of nobody in an open poll breaks the anonymity check.
    await expect(db.insert(ballots).values({ pollId: poll.id, secret: false, receipt: "YYYYY-YYYYY", version: 1, choice: {} })).rejects.toThrow();
    const secretPoll = await createPoll(db, f.partnership.id, pollInput(f.candidates, { secret: true }), f.coordinator.id);
    await openPoll(db, secretPoll.id, f.coordinator.id);
    // More counted ballots than voters who voted: the constraint trigger refuses at commit.
    await expect(db.insert(ballots).values({ pollId: secretPoll.id, secret: true, receipt: "XXXXX-XXXXX", version: 1, choice: {} })).rejects.toThrow();
    await closePoll(db, poll.id, f.coordinator.id);
    await db.update(pollVoters).set({ voted: true }).where(eq(pollVoters.id, voter.id));
    await expect(db.insert(ballots).values({ pollId: poll.id, secret: false, voterId: voter.id, receipt: "WWWWW-WWWWW", version: 1, choice: {}, castAt: new Date(), current: false })).rejects.toThrow();
  });
});
