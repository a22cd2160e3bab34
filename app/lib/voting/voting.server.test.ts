import { and, eq, inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, ballots, memberships, notifications, polls, projects, users } from "../../../db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { listProjectDocuments } from "../projects/project-documents.server";
import { castBallot } from "./ballots.server";
import { VoteError } from "./errors";
import { runVotingRound } from "./live.server";
import { adoptWinner, closePoll, createPoll, listPolls, loadPoll, openPoll } from "./polls.server";
import { pollInput, votingFixture } from "./test-fixtures";
import { pollJson, pollResultForPublication } from "./view.server";

const noEvents = { toPartnership: () => {}, toUser: () => {} };
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof VoteError ? `${e.status} ${e.key}` : e));

describe.each(testDrivers)("voting (%s)", (driver) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(driver);
  });
  afterEach(async () => {
    await database.close();
  });

  it("snapshots the council at opening: later members cannot vote, removed ones still can; a draft takes no ballots", async () => {
    const db = database.db;
    const f = await votingFixture(db, { council: 3, outsiders: 1, tag: "snap" });
    const poll = await createPoll(db, f.partnership.id, pollInput(f.candidates), f.coordinator.id);
    expect(await refusal(castBallot(db, poll.id, f.council[0].id, { ballot: { choice: f.candidates[0].id } }))).toBe("409 errors.notOpen");
    const { eligible } = await openPoll(db, poll.id, f.coordinator.id);
    expect(eligible).toHaveLength(5);
    // A new council member after opening is not eligible; a removed one still is (the snapshot).
    await db.insert(memberships).values({ userId: f.outsiders[0].id, partnershipId: f.partnership.id, role: "council_member" });
    await db.delete(memberships).where(and(eq(memberships.userId, f.council[2].id), eq(memberships.role, "council_member")));
    expect(await refusal(castBallot(db, poll.id, f.outsiders[0].id, { ballot: { choice: f.candidates[0].id } }))).toBe("403 errors.notEligible");
    expect((await castBallot(db, poll.id, f.council[2].id, { ballot: { choice: f.candidates[0].id } })).receipt).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await refusal(castBallot(db, poll.id, f.council[1].id, { ballot: { choice: "nope" } }))).toBe("400 errors.invalidBallot");
    expect(await refusal(openPoll(db, poll.id, f.coordinator.id))).toBe("409 errors.notDraft");
  });

  it("opens and closes polls at their planned times, notifies the eligible, and a day before closing reminds who has not voted", async () => {
    const db = database.db;
    const f = await votingFixture(db, { council: 2, outsiders: 0, tag: "time" });
    const t0 = new Date("2027-03-01T08:00:00Z");
    const poll = await createPoll(
      db,
      f.partnership.id,
      pollInput(f.candidates, { opensDate: "2027-03-01", opensTime: "10:00", closesDate: "2027-03-05", closesTime: "15:00" }),
      f.coordinator.id,
    );
    // 10:00 in Warsaw is 09:00 UTC in winter.
    expect(poll.opensAt?.toISOString()).toBe("2027-03-01T09:00:00.000Z");
    await runVotingRound(db, noEvents, t0);
    expect((await loadPoll(db, poll.id, undefined, t0))!.poll.status).toBe("draft");
    await runVotingRound(db, noEvents, new Date("2027-03-01T09:00:30Z"));
    const opened = await db.select().from(notifications).where(eq(notifications.pollId, poll.id));
    expect(opened.map((n) => n.kind)).toEqual(Array(4).fill("poll_opened"));
    await castBallot(db, poll.id, f.council[0].id, { ballot: { choice: f.candidates[0].id } }, new Date("2027-03-02T09:00:00Z"));
    await runVotingRound(db, noEvents, new Date("2027-03-04T15:00:00Z"));
    await runVotingRound(db, noEvents, new Date("2027-03-04T15:30:00Z"));
    const closing = await db.select().from(notifications).where(and(eq(notifications.pollId, poll.id), eq(notifications.kind, "poll_closing")));
    expect(closing.map((n) => n.userId).sort()).not.toContain(f.council[0].id);
    expect(closing).toHaveLength(3);
    // The page itself closes a poll whose time has passed.
    const loaded = await loadPoll(db, poll.id, undefined, new Date("2027-03-05T14:00:01Z"));
    expect(loaded!.poll.status).toBe("closed");
    expect(await refusal(castBallot(db, poll.id, f.council[1].id, { ballot: { choice: f.candidates[0].id } }))).toBe("409 errors.notOpen");
  });

  it("adopts only a decisive result, as the flagship, unlocking its documents, in the audit log; scores ranked by mean", async () => {
    const db = database.db;
    const f = await votingFixture(db, { council: 2, outsiders: 0, tag: "adopt" });
    const [a, b, c] = f.candidates;
    const tie = await createPoll(db, f.partnership.id, pollInput(f.candidates), f.coordinator.id);
    await openPoll(db, tie.id, f.coordinator.id);
    const eligible = f.council.map((u) => u.id);
    await castBallot(db, tie.id, eligible[0], { ballot: { choice: a.id } });
    await castBallot(db, tie.id, eligible[1], { ballot: { choice: b.id } });
    await closePoll(db, tie.id, f.coordinator.id);
    expect(await refusal(adoptWinner(db, tie.id, f.coordinator.id))).toBe("409 errors.noWinner");

    const scored = await createPoll(db, f.partnership.id, pollInput(f.candidates, { method: "score" }), f.coordinator.id);
    expect(await refusal(adoptWinner(db, scored.id, f.coordinator.id))).toBe("409 errors.notClosed");
    const opened = await openPoll(db, scored.id, f.coordinator.id);
    for (const [i, u] of opened.eligible.entries()) {
      await castBallot(db, scored.id, u, { ballot: { scores: { [a.id]: 2, [b.id]: 5, [c.id]: i % 2 } } });
    }
    const { result } = await closePoll(db, scored.id, f.coordinator.id);
    expect(result.candidates[0]).toEqual({ id: b.id, mean: 5, median: 5 });
    expect(result.winner).toBe(b.id);
    await adoptWinner(db, scored.id, f.coordinator.id);
    const [flagship] = await db.select().from(projects).where(eq(projects.id, b.id));
    expect(flagship).toMatchObject({ isFlagship: true, flagshipPollId: scored.id });
    expect((await listProjectDocuments(db, b.id)).map((d) => d.kind)).toEqual(expect.arrayContaining(["sector_analysis", "application_outline"]));
    const entries = await db.select().from(auditLog).where(eq(auditLog.event, "flagship_adopted"));
    expect(entries.some((e) => (e.details as { pollId?: string }).pollId === scored.id)).toBe(true);
    expect(await refusal(adoptWinner(db, scored.id, f.coordinator.id))).toBe("409 errors.alreadyAdopted");
    expect((await listPolls(db, f.partnership.id)).find((p) => p.id === scored.id)?.adoptedProjectId).toBe(b.id);
  });

  it("a secret poll names no voter next to a choice: not in its rows, result, API answer, publication or audit log; receipts sorted", async () => {
    const db = database.db;
    const f = await votingFixture(db, { council: 6, outsiders: 0, tag: "secret" });
    const poll = await createPoll(db, f.partnership.id, pollInput(f.candidates, { secret: true }), f.coordinator.id);
    const { eligible } = await openPoll(db, poll.id, f.coordinator.id);
    const receipts: string[] = [];
    for (const [i, u] of eligible.entries()) receipts.push((await castBallot(db, poll.id, u, { ballot: { choice: f.candidates[i % 3].id } })).receipt);
    // A change needs the receipt; with it, the ballot changes and keeps its receipt.
    expect(await refusal(castBallot(db, poll.id, eligible[0], { ballot: { choice: f.candidates[2].id } }))).toBe("400 errors.receiptRequired");
    expect((await castBallot(db, poll.id, eligible[0], { ballot: { choice: f.candidates[2].id }, receipt: receipts[0].toLowerCase() })).receipt).toBe(receipts[0]);
    // Nobody but the voter can tell while it is open: no live result for a secret ballot.
    expect((await pollJson(db, (await loadPoll(db, poll.id))!.poll)).result).toBeNull();
    const { poll: closed } = await closePoll(db, poll.id, f.coordinator.id);
    await adoptWinner(db, poll.id, f.coordinator.id).catch(() => undefined);

    const rows = await db.select().from(ballots).where(eq(ballots.pollId, poll.id));
    expect(rows.every((r) => r.voterId === null && r.castAt === null)).toBe(true);
    const api = await pollJson(db, closed);
    const published = await pollResultForPublication(db, poll.id);
    const audit = await db.select().from(auditLog).where(eq(auditLog.partnershipId, f.partnership.id));
    const [stored] = await db.select({ result: polls.result }).from(polls).where(eq(polls.id, poll.id));
    expect(api.result).not.toHaveProperty("ballots");
    expect(published!.ballots).toBeNull();
    expect(api.result!.receipts).toEqual([...receipts].sort());
    const people = (await db.select().from(users).where(inArray(users.id, eligible))).flatMap((u) => [u.id, u.name, u.email]);
    expect(people).toHaveLength(24);
    const texts = { api: JSON.stringify(api), published: JSON.stringify(published), stored: JSON.stringify(stored), audit: JSON.stringify(audit.map((a) => a.details)) };
    for (const [where, text] of Object.entries(texts)) for (const who of people) expect(text.includes(who), `${where} names ${who}`).toBe(false);
    // The audit entries of voters: none (a ballot is not audited).
    expect(audit.filter((a) => eligible.includes(a.actorUserId ?? ""))).toEqual([]);
  });

  it("an open ballot lists who voted how; a live one shows its tally while open", async () => {
    const db = database.db;
    const f = await votingFixture(db, { council: 1, outsiders: 0, tag: "open" });
    const poll = await createPoll(db, f.partnership.id, pollInput(f.candidates, { liveResults: true }), f.coordinator.id);
    const { eligible } = await openPoll(db, poll.id, f.coordinator.id);
    await castBallot(db, poll.id, eligible[0], { ballot: { choice: f.candidates[1].id } });
    await castBallot(db, poll.id, eligible[0], { ballot: { choice: f.candidates[0].id } });
    const live = await pollJson(db, (await loadPoll(db, poll.id))!.poll);
    expect(live.result!.candidates[0]).toEqual({ id: f.candidates[0].id, votes: 1 });
    const { poll: closed } = await closePoll(db, poll.id, f.coordinator.id);
    const api = await pollJson(db, closed);
    expect(api.result!.ballots).toHaveLength(1);
    // Both versions are in the trail; one counts.
    expect((await db.select().from(ballots).where(eq(ballots.pollId, poll.id))).map((r) => r.current).sort()).toEqual([false, true]);
  });
});
