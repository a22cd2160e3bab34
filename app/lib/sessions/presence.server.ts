/**
 * Presence in session rooms as the server sees it. The collaboration core reports every socket that joins or
 * leaves a document (`onConnect` / `onDisconnect`); for the minutes document of a session this writes one
 * `meeting_presence` row per connection — who (from the authenticated session, not from anything the browser
 * says), when it joined, when it left. Attendance is derived from these rows (attendance.ts merges tabs and
 * reconnects). A heartbeat keeps `last_seen_at` fresh, so rows left open by a process that stopped without
 * closing them end where that process last saw them (closed on the next start).
 *
 * One process owns all connections (see DESIGN.md «Scaling out»): with several instances, each would close only
 * its own rows on start — keep this in mind when that day comes.
 */
import { eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { meetingPresence, meetings } from "../../../db/schema";

export interface ConnectionInfo {
  id: number;
  documentId: string;
  userId: string;
}

export interface MeetingRef {
  id: string;
  partnershipId: string;
}

export interface MeetingPresenceOptions {
  /** Someone entered or left a session room (the room's attendance refreshes). */
  onChange?: (meeting: MeetingRef) => void;
  heartbeatMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export function createMeetingPresence(database: Database, options: MeetingPresenceOptions = {}) {
  const { db } = database;
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ""));
  /** documentId → its session (null: not a session's minutes). A minutes document is created with its session. */
  const sessionOf = new Map<string, MeetingRef | null>();
  /** connection id → the presence row being written for it (null: not a session room). */
  const rows = new Map<number, Promise<{ rowId: number; meeting: MeetingRef } | null>>();
  const pending = new Set<Promise<unknown>>();

  // Rows a previous process left open end where it last saw them.
  const ready = db
    .update(meetingPresence)
    .set({ leftAt: sql`${meetingPresence.lastSeenAt}` })
    .where(isNull(meetingPresence.leftAt))
    .then(() => undefined)
    .catch((error: unknown) => log("sessions: closing presence rows of an earlier run failed", error));

  const track = <T>(promise: Promise<T>): Promise<T> => {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise)).catch(() => {});
    return promise;
  };

  async function meetingOf(documentId: string): Promise<MeetingRef | null> {
    if (sessionOf.has(documentId)) return sessionOf.get(documentId)!;
    const [row] = await db
      .select({ id: meetings.id, partnershipId: meetings.partnershipId })
      .from(meetings)
      .where(eq(meetings.minutesDocumentId, documentId));
    const ref = row ?? null;
    sessionOf.set(documentId, ref);
    return ref;
  }

  const heartbeat = setInterval(() => {
    void (async () => {
      const ids = (await Promise.all(rows.values())).flatMap((r) => (r ? [r.rowId] : []));
      if (ids.length === 0) return;
      await db.update(meetingPresence).set({ lastSeenAt: new Date() }).where(inArray(meetingPresence.id, ids));
    })().catch((error: unknown) => log("sessions: presence heartbeat failed", error));
  }, options.heartbeatMs ?? 30_000);
  heartbeat.unref();

  return {
    onConnect(connection: ConnectionInfo): void {
      const joinedAt = new Date();
      const row = track(
        (async () => {
          await ready;
          const meeting = await meetingOf(connection.documentId);
          if (!meeting) return null;
          const [inserted] = await db
            .insert(meetingPresence)
            .values({ meetingId: meeting.id, userId: connection.userId, joinedAt, lastSeenAt: joinedAt })
            .returning({ id: meetingPresence.id });
          options.onChange?.(meeting);
          return { rowId: inserted.id, meeting };
        })().catch((error: unknown) => {
          log("sessions: recording presence failed", error);
          return null;
        }),
      );
      rows.set(connection.id, row);
    },

    onDisconnect(connection: ConnectionInfo): void {
      const row = rows.get(connection.id);
      rows.delete(connection.id);
      if (!row) return;
      const leftAt = new Date();
      track(
        row
          .then(async (written) => {
            if (!written) return;
            await db.update(meetingPresence).set({ leftAt, lastSeenAt: leftAt }).where(eq(meetingPresence.id, written.rowId));
            options.onChange?.(written.meeting);
          })
          .catch((error: unknown) => log("sessions: recording a departure failed", error)),
      );
    },

    /** Waits for every presence write in flight (tests; shutdown). */
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },

    /** Stops the heartbeat and ends the rows of connections still open (the server is stopping). */
    async close(): Promise<void> {
      clearInterval(heartbeat);
      for (const id of [...rows.keys()]) this.onDisconnect({ id, documentId: "", userId: "" });
      await this.settled();
    },
  };
}

export type MeetingPresence = ReturnType<typeof createMeetingPresence>;
