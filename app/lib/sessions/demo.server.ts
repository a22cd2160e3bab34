/**
 * Seeds the demo sessions of db/demo (`demoSessions`, placed around the day of seeding) through the sessions module: a closed session gets its minutes written
 * into the minutes document and frozen as a named version, its attendance (merged intervals, phone entries
 * marked), decisions and approvals; a planned one its agenda.
 */
import { and, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "../../../db/client";
import { documents, documentUpdates, meetingAgendaItems, meetingApprovals, meetingAttendees, meetingDecisions, meetings, partnerships, projects, users } from "../../../db/schema";
import { storeDerived } from "../documents/store.server";
import { createVersion } from "../documents/versions.server";
import { applyContent } from "../editor/derive.server";
import { mergeIntervals, serialiseIntervals } from "./attendance";
import { demoProject, demoSessions, type DemoSession, type PersonRef } from "../../../db/demo";
import { createMeeting } from "./meetings.server";
import { endOf, formatDateTimeWarsaw, warsawInstant } from "./time";

function at(date: string, time: string): Date {
  const instant = warsawInstant(date, time);
  if (!instant) throw new Error(`demo sessions: no such time ${date} ${time}`);
  return instant;
}

export async function seedDemoMeetings(db: Db, now = new Date(), list: DemoSession[] = demoSessions(now)): Promise<void> {
  const userIds = new Map((await db.select({ id: users.id, email: users.email, name: users.name }).from(users)).map((u) => [u.email, u]));
  const who = (person: PersonRef) => ("email" in person ? { userId: userIds.get(person.email)?.id ?? null, name: userIds.get(person.email)?.name ?? person.email } : { userId: null, name: person.name });
  for (const demo of list) {
    const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, demo.partnership));
    if (!partnership) continue;
    const coordinator = who({ email: `koordynator@${demo.partnership}.demo` });
    const meeting = await createMeeting(
      db,
      partnership.id,
      {
        title: demo.title,
        body: demo.body,
        date: demo.date,
        time: demo.time,
        durationMinutes: demo.durationMinutes,
        videoUrl: demo.videoUrl,
        agenda: await Promise.all(demo.agenda.map(async (item) => ({ title: item.title, link: await demoLink(db, partnership.id, item.link) }))),
      },
      coordinator.userId,
      { createdAt: new Date(at(demo.date, demo.time).getTime() - 14 * 86_400_000) },
    );
    if (demo.status !== "closed") continue;
    const end = endOf(meeting.startsAt, meeting.durationMinutes);
    const items = await db.select().from(meetingAgendaItems).where(eq(meetingAgendaItems.meetingId, meeting.id));
    const itemId = (key: string) => items.find((i) => i.position === demo.agenda.findIndex((a) => a.key === key) + 1)?.id ?? null;

    // The minutes as written in the room, then frozen at closing.
    const ydoc = new Y.Doc();
    applyContent(ydoc, "minutes", { default: demo.minutes ?? { type: "doc", content: [{ type: "paragraph" }] } });
    await db.insert(documentUpdates).values({ documentId: meeting.minutesDocumentId, update: Y.encodeStateAsUpdate(ydoc), userId: coordinator.userId, createdAt: end });
    const minutesDoc = { id: meeting.minutesDocumentId, kind: "minutes" as const };
    await storeDerived(db, minutesDoc, ydoc);
    const version = await createVersion(db, minutesDoc, ydoc, {
      name: `Protokół po zamknięciu posiedzenia (${formatDateTimeWarsaw(end, "pl")})`,
      userId: coordinator.userId,
      createdAt: end,
    });
    ydoc.destroy();
    await db.update(documents).set({ lockedAt: end }).where(eq(documents.id, meeting.minutesDocumentId));
    await db
      .update(meetings)
      .set({ status: "closed", openedAt: meeting.startsAt, closedAt: end, closedBy: coordinator.userId, minutesVersionId: version.id })
      .where(eq(meetings.id, meeting.id));

    const attendeeIds = new Map<string, string>();
    for (const entry of demo.attendance) {
      const person = who(entry.person);
      const intervals = mergeIntervals(entry.intervals.map((i) => ({ from: at(demo.date, i.joined), to: at(demo.date, i.left) })));
      const [row] = await db
        .insert(meetingAttendees)
        .values({ meetingId: meeting.id, userId: person.userId, name: person.name, byPhone: entry.byPhone, intervals: serialiseIntervals(intervals), createdBy: entry.byPhone ? coordinator.userId : null, createdAt: intervals[0]?.from ?? end })
        .returning({ id: meetingAttendees.id });
      attendeeIds.set(person.name, row.id);
    }
    for (const [i, decision] of demo.decisions.entries()) {
      const by = who(decision.recordedBy);
      await db.insert(meetingDecisions).values({
        meetingId: meeting.id,
        agendaItemId: itemId(decision.agendaItem),
        text: decision.text,
        recordedBy: by.userId,
        recordedByName: by.name,
        createdAt: new Date(meeting.startsAt.getTime() + (i + 1) * 20 * 60_000),
      });
    }
    for (const approval of demo.approvals) {
      const person = who(approval.person);
      const attendeeId = attendeeIds.get(person.name);
      if (!attendeeId) continue;
      await db.insert(meetingApprovals).values({ meetingId: meeting.id, attendeeId, userId: person.userId, approvedAt: new Date(approval.at) });
    }
  }
}

/** A demo agenda link as the agenda form's value: a section, or the seeded project with the demo key's title. */
async function demoLink(db: Db, partnershipId: string, link: DemoSession["agenda"][number]["link"]): Promise<string | undefined> {
  if (!link) return undefined;
  if (link.kind === "strategy_section") return `section:${link.section}`;
  const title = demoProject(link.project).title;
  const [project] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.partnershipId, partnershipId), eq(projects.title, title)));
  return project ? `project:${project.id}` : undefined;
}
