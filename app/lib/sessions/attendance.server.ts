/**
 * Attendance of a session: while it is open, derived from the presence log the collaboration server writes
 * (one row per connection to the minutes document) plus the coordinator's phone entries; once closed, the
 * stored record (frozen at closing from the same log). Phone entries are added, corrected and removed by the
 * coordinator and marked as such.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { meetingApprovals, meetingAttendees, meetingPresence, memberships, users } from "../../../db/schema";
import { attendanceFromPresence, mergeIntervals, minutesPresent, serialiseIntervals, type Interval } from "./attendance";
import { MeetingError } from "./errors";
import type { MeetingRow } from "./meetings.server";
import { warsawInstant, warsawParts } from "./time";

export interface AttendanceView {
  /** The stored record's id; null for someone present now whose record is written when the session closes. */
  attendeeId: string | null;
  userId: string | null;
  name: string;
  byPhone: boolean;
  intervals: { from: string; to: string }[];
  minutes: number;
  approvedAt: string | null;
}

const toIntervals = (stored: readonly { from: string; to: string }[]): Interval[] =>
  stored.map((i) => ({ from: new Date(i.from), to: new Date(i.to) }));

/** Presence in the room while the session was open (opened → `until`), one merged record per person. */
export async function presenceAttendance(db: Queryable, meeting: Pick<MeetingRow, "id" | "openedAt">, until: Date) {
  if (!meeting.openedAt) return [];
  const rows = await db
    .select({ userId: meetingPresence.userId, joinedAt: meetingPresence.joinedAt, leftAt: meetingPresence.leftAt, name: users.name })
    .from(meetingPresence)
    .innerJoin(users, eq(users.id, meetingPresence.userId))
    .where(eq(meetingPresence.meetingId, meeting.id));
  const names = new Map(rows.map((r) => [r.userId, r.name]));
  return attendanceFromPresence(rows, { from: meeting.openedAt, to: until }, until).map((a) => ({ ...a, name: names.get(a.userId) ?? "—" }));
}

/** Everyone who attended (or attends now), in order of arrival, with times, phone marks and approvals. */
export async function attendanceOf(db: Db, meeting: MeetingRow, now = new Date()): Promise<AttendanceView[]> {
  const stored = await db
    .select({ a: meetingAttendees, approvedAt: meetingApprovals.approvedAt })
    .from(meetingAttendees)
    .leftJoin(meetingApprovals, eq(meetingApprovals.attendeeId, meetingAttendees.id))
    .where(eq(meetingAttendees.meetingId, meeting.id))
    .orderBy(asc(meetingAttendees.createdAt));
  const views: AttendanceView[] = stored.map(({ a, approvedAt }) => ({
    attendeeId: a.id,
    userId: a.userId,
    name: a.name,
    byPhone: a.byPhone,
    intervals: a.intervals,
    minutes: minutesPresent(a.intervals),
    approvedAt: approvedAt?.toISOString() ?? null,
  }));
  if (meeting.status === "open") {
    for (const present of await presenceAttendance(db, meeting, now)) {
      const known = views.find((v) => v.userId === present.userId);
      if (known) {
        // Someone entered by phone who is also in the room: one record, both kinds of time.
        known.intervals = serialiseIntervals(mergeIntervals([...toIntervals(known.intervals), ...present.intervals]));
        known.minutes = minutesPresent(known.intervals);
        continue;
      }
      const intervals = serialiseIntervals(present.intervals);
      views.push({ attendeeId: null, userId: present.userId, name: present.name, byPhone: false, intervals, minutes: minutesPresent(intervals), approvedAt: null });
    }
  }
  return views.sort((a, b) => (a.intervals[0]?.from ?? "").localeCompare(b.intervals[0]?.from ?? ""));
}

/** At closing (inside its transaction): the presence of the open session becomes the stored record. */
export async function freezeAttendance(tx: Queryable, meeting: MeetingRow, closedAt: Date): Promise<void> {
  const present = await presenceAttendance(tx, meeting, closedAt);
  if (present.length === 0) return;
  const existing = await tx
    .select()
    .from(meetingAttendees)
    .where(and(eq(meetingAttendees.meetingId, meeting.id), inArray(meetingAttendees.userId, present.map((p) => p.userId))));
  for (const person of present) {
    const known = existing.find((e) => e.userId === person.userId);
    if (known) {
      const merged = mergeIntervals([...toIntervals(known.intervals), ...person.intervals]);
      await tx.update(meetingAttendees).set({ intervals: serialiseIntervals(merged) }).where(eq(meetingAttendees.id, known.id));
    } else {
      await tx.insert(meetingAttendees).values({
        meetingId: meeting.id,
        userId: person.userId,
        name: person.name,
        byPhone: false,
        intervals: serialiseIntervals(person.intervals),
      });
    }
  }
}

export interface PhoneAttendeeInput {
  attendeeId?: string;
  userId?: string;
  name?: string;
  from: string;
  to: string;
}

/**
 * Adds or corrects the entry of someone who joined by phone (times on the session's day, Polish time). A
 * member is named by account (so they can approve the minutes), anyone else by name.
 */
export async function savePhoneAttendee(db: Db, meeting: MeetingRow, input: PhoneAttendeeInput, byUserId: string): Promise<string> {
  if (meeting.status === "planned") throw new MeetingError("errors.notStarted", 409);
  if (meeting.publishedAt) throw new MeetingError("errors.published", 409);
  const day = warsawParts(meeting.startsAt).date;
  const from = warsawInstant(day, input.from);
  const to = warsawInstant(day, input.to);
  if (!from || !to || to <= from) throw new MeetingError("validation.toBeforeFrom", 400);
  let userId: string | null = null;
  let name = input.name ?? "";
  if (input.userId) {
    const [member] = await db
      .select({ name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.userId, input.userId), eq(memberships.partnershipId, meeting.partnershipId)))
      .limit(1);
    if (!member) throw new MeetingError("validation.personRequired", 400);
    userId = input.userId;
    name = member.name;
  }
  const values = { userId, name, byPhone: true, intervals: serialiseIntervals([{ from, to }]) };
  if (input.attendeeId) {
    const [row] = await db
      .update(meetingAttendees)
      .set(values)
      .where(and(eq(meetingAttendees.id, input.attendeeId), eq(meetingAttendees.meetingId, meeting.id), eq(meetingAttendees.byPhone, true)))
      .returning({ id: meetingAttendees.id });
    if (!row) throw new MeetingError("validation.attendeeUnknown", 404);
    return row.id;
  }
  const [row] = await db
    .insert(meetingAttendees)
    .values({ meetingId: meeting.id, createdBy: byUserId, ...values })
    .onConflictDoNothing()
    .returning({ id: meetingAttendees.id });
  if (!row) throw new MeetingError("errors.alreadyListed", 409);
  return row.id;
}

/** Removes a phone entry (presence-derived records stay: they are what the server saw). */
export async function removePhoneAttendee(db: Db, meeting: MeetingRow, attendeeId: string): Promise<void> {
  if (meeting.publishedAt) throw new MeetingError("errors.published", 409);
  const rows = await db
    .delete(meetingAttendees)
    .where(and(eq(meetingAttendees.id, attendeeId), eq(meetingAttendees.meetingId, meeting.id), eq(meetingAttendees.byPhone, true)))
    .returning({ id: meetingAttendees.id });
  if (rows.length === 0) throw new MeetingError("validation.attendeeUnknown", 404);
}
