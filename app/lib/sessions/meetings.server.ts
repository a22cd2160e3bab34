/**
 * Sessions (posiedzenia): the guard's loader, the partnership's list, planning and editing a session with its
 * agenda. A session is `Meeting` in code, to keep it apart from sign-in sessions. Each session owns a co-edited
 * minutes document (kind "minutes"), created with it.
 *
 * Routes: `guard(args, "meeting.read", (db) => loadMeeting(db, params.meetingId, params.slug))`.
 */
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { documents, meetingAgendaItems, meetingAttendees, meetings, partnerships } from "../../../db/schema";
import type { MeetingBody, MeetingStatus } from "../enums";
import { isUuid } from "../ids";
import type { MeetingResource } from "../policy";
import { STRATEGY_SECTIONS } from "../strategy-sections";
import { resolveProjectLinks } from "./agenda-projects.server";
import { MeetingError } from "./errors";
import { parseAgendaLink, type MeetingFormInput } from "./forms";
import { warsawInstant } from "./time";

export type MeetingRow = typeof meetings.$inferSelect;
export type AgendaItemRow = typeof meetingAgendaItems.$inferSelect;
type PartnershipRow = typeof partnerships.$inferSelect;

export interface LoadedMeeting {
  resource: MeetingResource;
  meeting: MeetingRow;
  partnership: PartnershipRow;
}

/** The session as the policy sees it (written once, here). */
export function meetingResource(meeting: Pick<MeetingRow, "partnershipId" | "status">, attendeeUserIds: readonly string[]): MeetingResource {
  return { type: "meeting", partnershipId: meeting.partnershipId, status: meeting.status, attendeeUserIds };
}

async function attendeeUserIds(db: Queryable, meetingId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: meetingAttendees.userId })
    .from(meetingAttendees)
    .where(and(eq(meetingAttendees.meetingId, meetingId), isNotNull(meetingAttendees.userId)));
  return rows.map((r) => r.userId!);
}

/** The guard's loader: the session with its partnership; null when the id is malformed, unknown or under another slug. */
export async function loadMeeting(db: Db, meetingId: string | undefined, slug?: string): Promise<LoadedMeeting | null> {
  if (!isUuid(meetingId)) return null;
  const [row] = await db
    .select({ meeting: meetings, partnership: partnerships })
    .from(meetings)
    .innerJoin(partnerships, eq(partnerships.id, meetings.partnershipId))
    .where(slug === undefined ? eq(meetings.id, meetingId) : and(eq(meetings.id, meetingId), eq(partnerships.slug, slug)));
  if (!row) return null;
  return { ...row, resource: meetingResource(row.meeting, await attendeeUserIds(db, row.meeting.id)) };
}

export interface MeetingSummary {
  id: string;
  partnershipId: string;
  title: string;
  body: MeetingBody;
  startsAt: Date;
  durationMinutes: number;
  status: MeetingStatus;
  revision: number;
}

const summaryColumns = {
  id: meetings.id,
  partnershipId: meetings.partnershipId,
  title: meetings.title,
  body: meetings.body,
  startsAt: meetings.startsAt,
  durationMinutes: meetings.durationMinutes,
  status: meetings.status,
  revision: meetings.revision,
};

/** Every session of the partnership, earliest first. */
export async function listMeetings(db: Db, partnershipId: string): Promise<MeetingSummary[]> {
  return db.select(summaryColumns).from(meetings).where(eq(meetings.partnershipId, partnershipId)).orderBy(asc(meetings.startsAt));
}

/** Sessions of these partnerships that have not ended by `now`, earliest first (a person's calendar). */
export async function upcomingMeetings(
  db: Db,
  partnershipIds: readonly string[],
  now = new Date(),
): Promise<(MeetingSummary & { partnershipSlug: string; partnershipName: string })[]> {
  if (partnershipIds.length === 0) return [];
  return db
    .select({ ...summaryColumns, partnershipSlug: partnerships.slug, partnershipName: partnerships.name })
    .from(meetings)
    .innerJoin(partnerships, eq(partnerships.id, meetings.partnershipId))
    .where(
      and(
        inArray(meetings.partnershipId, [...partnershipIds]),
        sql`${meetings.startsAt} + make_interval(mins => ${meetings.durationMinutes}) > ${now.toISOString()}::timestamptz`,
        sql`${meetings.status} <> 'closed'`,
      ),
    )
    .orderBy(asc(meetings.startsAt));
}

export interface AgendaItemView {
  id: string;
  position: number;
  title: string;
  /** "" | "section:s04" | "project:<uuid>" (the form's value). */
  linkValue: string;
  link: { kind: "strategy_section" | "project"; label: { pl: string; en: string } | null; href: string | null } | null;
}

/** The agenda in order, each link named and addressed (sections here, projects through the projects seam). */
export async function agendaOf(db: Db, meeting: Pick<MeetingRow, "id" | "partnershipId">, slug: string): Promise<AgendaItemView[]> {
  const rows = await db
    .select()
    .from(meetingAgendaItems)
    .where(eq(meetingAgendaItems.meetingId, meeting.id))
    .orderBy(asc(meetingAgendaItems.position));
  const projects = await resolveProjectLinks(
    db,
    meeting.partnershipId,
    slug,
    rows.flatMap((r) => (r.projectId ? [r.projectId] : [])),
  );
  return rows.map((row) => {
    let link: AgendaItemView["link"] = null;
    if (row.linkKind === "strategy_section" && row.sectionKey) {
      const section = STRATEGY_SECTIONS.find((s) => s.key === row.sectionKey);
      const number = Number(row.sectionKey.slice(1));
      link = {
        kind: "strategy_section",
        label: section ? { pl: `${number}. ${section.pl}`, en: `${number}. ${section.en}` } : null,
        href: `/w/${slug}/strategia#sekcja-${row.sectionKey}`,
      };
    } else if (row.linkKind === "project" && row.projectId) {
      const project = projects.get(row.projectId);
      link = { kind: "project", label: project ? { pl: project.title, en: project.title } : null, href: project?.href ?? null };
    }
    const linkValue =
      row.linkKind === "strategy_section" ? `section:${row.sectionKey}` : row.linkKind === "project" ? `project:${row.projectId}` : "";
    return { id: row.id, position: row.position, title: row.title, linkValue, link };
  });
}

function agendaValues(meetingId: string, item: { title: string; link?: string }, position: number) {
  const link = parseAgendaLink(item.link);
  return {
    meetingId,
    position,
    title: item.title,
    linkKind: link?.kind ?? null,
    sectionKey: link?.kind === "strategy_section" ? link.sectionKey : null,
    projectId: link?.kind === "project" ? link.projectId : null,
  };
}

function startsAtOf(input: Pick<MeetingFormInput, "date" | "time">): Date {
  const startsAt = warsawInstant(input.date, input.time);
  if (!startsAt) throw new MeetingError("validation.timeSkipped", 400);
  return startsAt;
}

export const minutesTitle = (title: string) => `Protokół: ${title}`;

/** Plans a session: the session, its agenda and its (empty) minutes document, in one transaction. */
export async function createMeeting(
  db: Db,
  partnershipId: string,
  input: MeetingFormInput,
  userId: string | null,
  options: { status?: MeetingStatus; createdAt?: Date } = {},
): Promise<MeetingRow> {
  const startsAt = startsAtOf(input);
  return db.transaction(async (tx) => {
    const [minutes] = await tx
      .insert(documents)
      .values({ partnershipId, kind: "minutes", title: minutesTitle(input.title) })
      .returning({ id: documents.id });
    const [meeting] = await tx
      .insert(meetings)
      .values({
        partnershipId,
        body: input.body,
        title: input.title,
        startsAt,
        durationMinutes: input.durationMinutes,
        videoUrl: input.videoUrl ?? null,
        status: options.status ?? "planned",
        minutesDocumentId: minutes.id,
        createdBy: userId,
        ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      })
      .returning();
    const agenda = input.agenda ?? [];
    if (agenda.length > 0) await tx.insert(meetingAgendaItems).values(agenda.map((item, i) => agendaValues(meeting.id, item, i + 1)));
    return meeting;
  });
}

/**
 * Saves the form over a session not yet closed. The form carries the revision it was loaded at: if someone
 * saved in between, nothing is written and the caller gets 409 (their input is kept in the form). Agenda items
 * keep their ids by position (decisions stay attached to their item); items past the new end are removed.
 */
export async function updateMeeting(db: Db, meeting: MeetingRow, input: MeetingFormInput): Promise<MeetingRow> {
  if (meeting.status === "closed") throw new MeetingError("errors.closed", 409);
  const startsAt = startsAtOf(input);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(meetings)
      .set({
        title: input.title,
        body: input.body,
        startsAt,
        durationMinutes: input.durationMinutes,
        videoUrl: input.videoUrl ?? null,
        revision: sql`${meetings.revision} + 1`,
      })
      .where(and(eq(meetings.id, meeting.id), eq(meetings.revision, input.revision ?? -1), sql`${meetings.status} <> 'closed'`))
      .returning();
    if (!updated) throw new MeetingError("errors.stale", 409);
    await tx.update(documents).set({ title: minutesTitle(input.title) }).where(eq(documents.id, meeting.minutesDocumentId));
    const existing = await tx
      .select({ id: meetingAgendaItems.id })
      .from(meetingAgendaItems)
      .where(eq(meetingAgendaItems.meetingId, meeting.id))
      .orderBy(asc(meetingAgendaItems.position));
    const agenda = input.agenda ?? [];
    for (const [i, item] of agenda.entries()) {
      const values = agendaValues(meeting.id, item, i + 1);
      if (existing[i]) await tx.update(meetingAgendaItems).set(values).where(eq(meetingAgendaItems.id, existing[i].id));
      else await tx.insert(meetingAgendaItems).values(values);
    }
    const removed = existing.slice(agenda.length).map((r) => r.id);
    if (removed.length > 0) {
      await tx.delete(meetingAgendaItems).where(inArray(meetingAgendaItems.id, removed));
      if (updated.currentItemId && removed.includes(updated.currentItemId)) {
        await tx.update(meetings).set({ currentItemId: null }).where(eq(meetings.id, meeting.id));
      }
    }
    return updated;
  });
}
