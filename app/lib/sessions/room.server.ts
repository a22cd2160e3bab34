/**
 * The session room's commands: the coordinator opens the session, moves through the agenda and closes it
 * (freezing the minutes as a named version and the attendance); anyone of the partnership records decisions
 * while it is open; attendees approve the frozen minutes; the coordinator publishes approved minutes. Each
 * command checks the session's state itself (the guard has checked the right); a refused one changes nothing.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type * as Y from "yjs";
import type { Db } from "../../../db/client";
import { documents, meetingAgendaItems, meetingApprovals, meetingAttendees, meetingDecisions, meetings, users } from "../../../db/schema";
import { createVersion } from "../documents/versions.server";
import { freezeAttendance } from "./attendance.server";
import { MeetingError } from "./errors";
import type { MeetingRow } from "./meetings.server";
import { formatDateTimeWarsaw } from "./time";

async function firstItemId(db: Db, meetingId: string): Promise<string | null> {
  const [first] = await db
    .select({ id: meetingAgendaItems.id })
    .from(meetingAgendaItems)
    .where(eq(meetingAgendaItems.meetingId, meetingId))
    .orderBy(asc(meetingAgendaItems.position))
    .limit(1);
  return first?.id ?? null;
}

/** planned → open: presence in the room counts as attendance from now; the room starts at the first item. */
export async function openMeeting(db: Db, meeting: MeetingRow, now = new Date()): Promise<MeetingRow> {
  const [opened] = await db
    .update(meetings)
    .set({ status: "open", openedAt: now, currentItemId: await firstItemId(db, meeting.id) })
    .where(and(eq(meetings.id, meeting.id), eq(meetings.status, "planned")))
    .returning();
  if (!opened) throw new MeetingError(meeting.status === "open" ? "errors.alreadyOpen" : "errors.closed", 409);
  return opened;
}

async function assertItem(db: Db, meetingId: string, itemId: string): Promise<void> {
  const [item] = await db
    .select({ id: meetingAgendaItems.id })
    .from(meetingAgendaItems)
    .where(and(eq(meetingAgendaItems.id, itemId), eq(meetingAgendaItems.meetingId, meetingId)));
  if (!item) throw new MeetingError("validation.itemUnknown", 400);
}

/** Moves the room to an agenda item (null: none). Only while the session is open. */
export async function setCurrentItem(db: Db, meeting: MeetingRow, itemId: string | null): Promise<void> {
  if (itemId) await assertItem(db, meeting.id, itemId);
  const rows = await db
    .update(meetings)
    .set({ currentItemId: itemId })
    .where(and(eq(meetings.id, meeting.id), eq(meetings.status, "open")))
    .returning({ id: meetings.id });
  if (rows.length === 0) throw new MeetingError("errors.notOpen", 409);
}

export interface DecisionView {
  id: string;
  agendaItemId: string | null;
  text: string;
  recordedByName: string;
  createdAt: string;
}

export async function listDecisions(db: Db, meetingId: string): Promise<DecisionView[]> {
  const rows = await db
    .select()
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, meetingId))
    .orderBy(asc(meetingDecisions.createdAt), asc(meetingDecisions.id));
  return rows.map((r) => ({
    id: r.id,
    agendaItemId: r.agendaItemId,
    text: r.text,
    recordedByName: r.recordedByName,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** A decision (text, agenda item, who recorded it); only while the session is open. */
export async function recordDecision(
  db: Db,
  meeting: MeetingRow,
  by: { id: string; name: string },
  input: { text: string; agendaItemId?: string },
): Promise<string> {
  if (input.agendaItemId) await assertItem(db, meeting.id, input.agendaItemId);
  return db.transaction(async (tx) => {
    // The state is re-read under a lock, so no decision slips in after the session closed.
    const [current] = await tx.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meeting.id)).for("update");
    if (current?.status !== "open") throw new MeetingError("errors.notOpen", 409);
    const [row] = await tx
      .insert(meetingDecisions)
      .values({ meetingId: meeting.id, agendaItemId: input.agendaItemId ?? null, text: input.text, recordedBy: by.id, recordedByName: by.name })
      .returning({ id: meetingDecisions.id });
    return row.id;
  });
}

/**
 * open → closed: the minutes document is locked and frozen as a named version, and presence in the room
 * becomes the stored attendance — all in one transaction. `minutes` is the live minutes as they are now (read
 * through the collaboration server, edits not yet committed included).
 */
export async function closeMeeting(db: Db, meeting: MeetingRow, userId: string, minutes: Y.Doc, now = new Date()): Promise<MeetingRow> {
  return db.transaction(async (tx) => {
    const [closed] = await tx
      .update(meetings)
      .set({ status: "closed", closedAt: now, closedBy: userId, currentItemId: null })
      .where(and(eq(meetings.id, meeting.id), eq(meetings.status, "open")))
      .returning();
    if (!closed) throw new MeetingError(meeting.status === "closed" ? "errors.closed" : "errors.notOpen", 409);
    await tx.update(documents).set({ lockedAt: now }).where(eq(documents.id, meeting.minutesDocumentId));
    const version = await createVersion(tx, { id: meeting.minutesDocumentId, kind: "minutes" }, minutes, {
      name: `Protokół po zamknięciu posiedzenia (${formatDateTimeWarsaw(now, "pl")})`,
      userId,
      createdAt: now,
    });
    await freezeAttendance(tx, closed, now);
    const [final] = await tx.update(meetings).set({ minutesVersionId: version.id }).where(eq(meetings.id, meeting.id)).returning();
    return final;
  });
}

/** An attendee approves the frozen minutes; approving twice changes nothing. */
export async function approveMinutes(db: Db, meeting: MeetingRow, userId: string, now = new Date()): Promise<{ already: boolean }> {
  if (meeting.status !== "closed") throw new MeetingError("errors.notClosed", 409);
  const [attendee] = await db
    .select({ id: meetingAttendees.id })
    .from(meetingAttendees)
    .where(and(eq(meetingAttendees.meetingId, meeting.id), eq(meetingAttendees.userId, userId)));
  if (!attendee) throw new MeetingError("errors.notAttendee", 403);
  const inserted = await db
    .insert(meetingApprovals)
    .values({ meetingId: meeting.id, attendeeId: attendee.id, userId, approvedAt: now })
    .onConflictDoNothing()
    .returning({ id: meetingApprovals.id });
  return { already: inserted.length === 0 };
}

/** Approved minutes become public (the publication pages read them through `frozenMinutes`). */
export async function publishMinutes(db: Db, meeting: MeetingRow, userId: string, approved: boolean, now = new Date()): Promise<void> {
  if (meeting.status !== "closed") throw new MeetingError("errors.notClosed", 409);
  if (!approved) throw new MeetingError("errors.notApproved", 409);
  await db
    .update(meetings)
    .set({ publishedAt: now, publishedBy: userId })
    .where(and(eq(meetings.id, meeting.id), sql`${meetings.publishedAt} is null`));
}

/** Names of users by id (for who recorded, closed, published). */
export async function userName(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}
