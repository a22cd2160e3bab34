/**
 * In-app reminders of coming sessions, the day before and an hour before, to every member of the partnership.
 * A scheduler in the server process looks every minute; what it has already given is recorded in
 * `meeting_reminders` (one row per session, person, kind and start time) in the same transaction as the
 * notification, so it may run again — after a restart, or twice at once — without repeating a reminder, and a
 * session moved to another time is reminded of again.
 */
import { and, eq, gt, inArray, lte, ne } from "drizzle-orm";
import type { Database, Db } from "../../../db/client";
import { meetingReminders, meetings, memberships, notifications } from "../../../db/schema";
import type { NotificationKind, ReminderKind } from "../enums";
import { dueReminder } from "./reminders";

const NOTIFICATION_OF: Record<ReminderKind, NotificationKind> = { day_before: "meeting_tomorrow", hour_before: "meeting_soon" };

/** Gives every reminder due at `now`; returns the users who got one. */
export async function sendDueReminders(db: Db, now = new Date()): Promise<string[]> {
  const soon = await db
    .select({ id: meetings.id, partnershipId: meetings.partnershipId, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(ne(meetings.status, "closed"), gt(meetings.startsAt, now), lte(meetings.startsAt, new Date(now.getTime() + 24 * 3_600_000))));
  const reminded = new Set<string>();
  for (const meeting of soon) {
    const kind = dueReminder(meeting.startsAt, now);
    if (!kind) continue;
    const members = await db
      .selectDistinct({ userId: memberships.userId })
      .from(memberships)
      .where(eq(memberships.partnershipId, meeting.partnershipId));
    if (members.length === 0) continue;
    await db.transaction(async (tx) => {
      const fresh = await tx
        .insert(meetingReminders)
        .values(members.map((m) => ({ meetingId: meeting.id, userId: m.userId, kind, startsAt: meeting.startsAt })))
        .onConflictDoNothing()
        .returning({ userId: meetingReminders.userId });
      if (fresh.length === 0) return;
      await tx.insert(notifications).values(fresh.map((f) => ({ userId: f.userId, kind: NOTIFICATION_OF[kind], meetingId: meeting.id })));
      for (const f of fresh) reminded.add(f.userId);
    });
  }
  return [...reminded];
}

/** Reminders given to these users so far (tests, the calendar page). */
export async function remindersOf(db: Db, meetingId: string, userIds?: readonly string[]) {
  return db
    .select()
    .from(meetingReminders)
    .where(and(eq(meetingReminders.meetingId, meetingId), userIds ? inArray(meetingReminders.userId, [...userIds]) : undefined));
}

export interface ReminderScheduler {
  /** One round now (also what the timer runs); resolves with the users reminded. */
  run(): Promise<string[]>;
  stop(): Promise<void>;
}

/** Runs `sendDueReminders` at start and every `intervalMs`; never two rounds at once. */
export function startReminderScheduler(
  database: Database,
  options: { intervalMs?: number; onReminded?: (userIds: string[]) => void; log?: (message: string, error?: unknown) => void } = {},
): ReminderScheduler {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ""));
  let running: Promise<string[]> | null = null;
  let stopped = false;
  const run = () => {
    if (stopped) return Promise.resolve([]);
    running ??= sendDueReminders(database.db)
      .then((users) => {
        if (users.length > 0) options.onReminded?.(users);
        return users;
      })
      .catch((error: unknown) => {
        log("sessions: giving reminders failed", error);
        return [];
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void run(), options.intervalMs ?? 60_000);
  timer.unref();
  void run();
  return {
    run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
