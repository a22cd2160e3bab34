/**
 * The sessions module on the event channel: who hears a session's events (everyone the policy lets read it, asked
 * at delivery) and the server-process services wired in server/app.ts — presence in session rooms and reminders.
 */
import type { Database, Db } from "../../../db/client";
import { unreadCount } from "../comments/notifications.server";
import type { CollabHandle, PartnershipAudience } from "../../load-context";
import type { MeetingStatus } from "../enums";
import { meetingResource } from "./meetings.server";
import { createMeetingPresence } from "./presence.server";
import { startReminderScheduler } from "./reminders.server";

type Events = Pick<CollabHandle, "toPartnership" | "toUser">;

export function meetingAudience(meeting: { partnershipId: string; status?: MeetingStatus }): PartnershipAudience {
  return { resource: meetingResource({ partnershipId: meeting.partnershipId, status: meeting.status ?? "open" }, []), action: "meeting.read" };
}

/** Tells every page showing the session to refetch it. */
export function announceMeeting(events: Events, meeting: { id: string; partnershipId: string; status?: MeetingStatus }): void {
  events.toPartnership(meetingAudience(meeting), { type: "meeting.changed", meetingId: meeting.id });
}

/** Moves everyone in the room to the current agenda item. */
export function announceItem(events: Events, meeting: { id: string; partnershipId: string }, itemId: string | null): void {
  events.toPartnership(meetingAudience(meeting), { type: "meeting.item", meetingId: meeting.id, itemId });
}

async function announceUnread(db: Db, events: Events, userIds: readonly string[]): Promise<void> {
  for (const userId of userIds) events.toUser(userId, { type: "notifications.changed", unread: await unreadCount(db, userId) });
}

/**
 * The sessions services of the server process: presence in session rooms (the collaboration core's connection
 * hooks) and the reminder scheduler. `events` is read when they fire, after the collaboration server exists.
 */
export function startSessionServices(
  database: Database,
  events: () => Events,
  options: { reminderIntervalMs?: number; log?: (message: string, error?: unknown) => void } = {},
) {
  const presence = createMeetingPresence(database, { onChange: (meeting) => announceMeeting(events(), meeting), log: options.log });
  const reminders = startReminderScheduler(database, {
    intervalMs: options.reminderIntervalMs,
    log: options.log,
    onReminded: (userIds) => void announceUnread(database.db, events(), userIds).catch(() => {}),
  });
  return {
    presence,
    reminders,
    async close() {
      await reminders.stop();
      await presence.close();
    },
  };
}
