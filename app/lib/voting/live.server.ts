/**
 * Voting on the event channel and in the server process: who hears a poll's events (everyone the policy lets
 * read it, asked at delivery), the notices (a poll opened; it closes tomorrow) and the scheduler that opens and
 * closes polls at their planned times. Events carry only the poll's id: pages refetch what they may see.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database, Db } from "../../../db/client";
import { notifications, pollNotices, polls, pollVoters } from "../../../db/schema";
import { unreadCount } from "../comments/notifications.server";
import type { CollabHandle, PartnershipAudience } from "../../load-context";
import type { NotificationKind, PollNoticeKind } from "../enums";
import { advancePoll, duePollIds, pollResource, pollsClosingSoon } from "./polls.server";

type Events = Pick<CollabHandle, "toPartnership" | "toUser">;

export function pollAudience(poll: { partnershipId: string }): PartnershipAudience {
  return { resource: pollResource({ partnershipId: poll.partnershipId, status: "open" }, []), action: "poll.read" };
}

/** Tells every page showing the poll to refetch it. */
export function announcePoll(events: Events, poll: { id: string; partnershipId: string }): void {
  events.toPartnership(pollAudience(poll), { type: "poll.changed", pollId: poll.id });
}

const NOTIFICATION_OF: Record<PollNoticeKind, NotificationKind> = { opened: "poll_opened", closing: "poll_closing" };

/** Gives the poll's eligible voters (with an account) the notice once; returns who got it. */
export async function notifyVoters(db: Db, pollId: string, kind: PollNoticeKind, onlyNotVoted = false): Promise<string[]> {
  const voters = await db
    .select({ userId: pollVoters.userId })
    .from(pollVoters)
    .where(onlyNotVoted ? and(eq(pollVoters.pollId, pollId), eq(pollVoters.voted, false)) : eq(pollVoters.pollId, pollId));
  const userIds = voters.map((v) => v.userId).filter((id): id is string => id !== null);
  if (userIds.length === 0) return [];
  return db.transaction(async (tx) => {
    const fresh = await tx
      .insert(pollNotices)
      .values(userIds.map((userId) => ({ pollId, userId, kind })))
      .onConflictDoNothing()
      .returning({ userId: pollNotices.userId });
    if (fresh.length > 0) await tx.insert(notifications).values(fresh.map((f) => ({ userId: f.userId, kind: NOTIFICATION_OF[kind], pollId })));
    return fresh.map((f) => f.userId);
  });
}

export async function announceUnread(db: Db, events: Events, userIds: readonly string[]): Promise<void> {
  for (const userId of userIds) events.toUser(userId, { type: "notifications.changed", unread: await unreadCount(db, userId) });
}

/** After a poll opened (by hand or on time): the page hears it, the voters get a notice. */
export async function afterOpened(db: Db, events: Events, poll: { id: string; partnershipId: string }): Promise<void> {
  announcePoll(events, poll);
  await announceUnread(db, events, await notifyVoters(db, poll.id, "opened"));
}

/** One round of the scheduler: opens and closes what is due, reminds who has not voted the day before closing. */
export async function runVotingRound(db: Db, events: Events, now = new Date()): Promise<void> {
  for (const id of await duePollIds(db, now)) {
    const did = await advancePoll(db, id, now);
    const [poll] = await db.select({ id: polls.id, partnershipId: polls.partnershipId }).from(polls).where(eq(polls.id, id));
    if (!did || !poll) continue;
    if (did === "opened") await afterOpened(db, events, poll);
    else announcePoll(events, poll);
  }
  for (const poll of await pollsClosingSoon(db, now)) {
    await announceUnread(db, events, await notifyVoters(db, poll.id, "closing", true));
  }
}

/** Runs `runVotingRound` every `intervalMs` (never two at once); `events` is read when it fires. */
export function startVotingServices(database: Database, events: () => Events, options: { intervalMs?: number; log?: (message: string, error?: unknown) => void } = {}) {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ""));
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (stopped) return Promise.resolve();
    running ??= runVotingRound(database.db, events())
      .catch((error: unknown) => log("voting: scheduler round failed", error))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void run(), options.intervalMs ?? 30_000);
  timer.unref();
  return {
    run,
    async close() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** Unread notices of these users about the poll (tests). */
export async function noticesOf(db: Db, pollId: string, userIds: readonly string[]) {
  return db.select().from(notifications).where(and(eq(notifications.pollId, pollId), inArray(notifications.userId, [...userIds])));
}
