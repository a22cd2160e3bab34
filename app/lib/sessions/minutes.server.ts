/**
 * The frozen minutes of a closed session and their approval state: what the protocol exports and the
 * publication pages read (`frozenMinutes`). The live minutes are an ordinary co-edited document of kind
 * "minutes"; closing the session froze them as a named version, and this reads that version, never the live one.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { documentVersions, meetingApprovals, meetingAttendees, meetings } from "../../../db/schema";
import { deriveFromJson } from "../editor/derive.server";
import type { PmJson } from "../editor/text";
import { approvalState, type ApprovalState } from "./approval";

export interface FrozenMinutes {
  meetingId: string;
  partnershipId: string;
  title: string;
  startsAt: Date;
  versionId: string;
  frozenAt: Date;
  /** ProseMirror JSON of the minutes (the document's one field). */
  json: PmJson;
  html: string;
  text: string;
  approval: ApprovalState;
  approvals: { name: string; approvedAt: Date; countsTowardsApproval: boolean }[];
  publishedAt: Date | null;
}

/** The frozen minutes of a closed session with their approvals; null when the session is unknown or not closed. */
export async function frozenMinutes(db: Db, meetingId: string): Promise<FrozenMinutes | null> {
  const [row] = await db
    .select({ meeting: meetings, version: documentVersions })
    .from(meetings)
    .innerJoin(documentVersions, eq(documentVersions.id, meetings.minutesVersionId))
    .where(and(eq(meetings.id, meetingId), eq(meetings.status, "closed")));
  if (!row) return null;
  const attendees = await db
    .select({ id: meetingAttendees.id, userId: meetingAttendees.userId, name: meetingAttendees.name })
    .from(meetingAttendees)
    .where(eq(meetingAttendees.meetingId, meetingId));
  const approvals = await db
    .select({ attendeeId: meetingApprovals.attendeeId, approvedAt: meetingApprovals.approvedAt })
    .from(meetingApprovals)
    .where(eq(meetingApprovals.meetingId, meetingId))
    .orderBy(asc(meetingApprovals.approvedAt));
  const json = (row.version.json ?? {}) as Record<string, PmJson>;
  const derived = deriveFromJson("minutes", json);
  const byId = new Map(attendees.map((a) => [a.id, a]));
  return {
    meetingId,
    partnershipId: row.meeting.partnershipId,
    title: row.meeting.title,
    startsAt: row.meeting.startsAt,
    versionId: row.version.id,
    frozenAt: row.version.createdAt,
    json: derived.fields[0].json,
    html: derived.html,
    text: derived.text,
    approval: approvalState(attendees, approvals),
    approvals: approvals.map((a) => ({
      name: byId.get(a.attendeeId)?.name ?? "—",
      approvedAt: a.approvedAt,
      countsTowardsApproval: byId.get(a.attendeeId)?.userId != null,
    })),
    publishedAt: row.meeting.publishedAt,
  };
}
