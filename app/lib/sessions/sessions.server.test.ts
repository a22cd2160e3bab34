import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documents, meetingPresence, meetings, notifications, partnerships, projects, users } from "../../../db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { findDocumentResources } from "../documents/documents.server";
import { applyContent } from "../editor/derive.server";
import { can } from "../policy";
import { loadActor } from "../auth/session.server";
import { attendanceOf, savePhoneAttendee } from "./attendance.server";
import { calendarMeetings, createFeed, feedCalendar, meetingsIcs, meetingUid, revokeFeed } from "./calendar.server";
import { projectChoices } from "./agenda-projects.server";
import { agendaOf, createMeeting, listMeetings, loadMeeting, updateMeeting } from "./meetings.server";
import { frozenMinutes } from "./minutes.server";
import { createMeetingPresence } from "./presence.server";
import { sendDueReminders } from "./reminders.server";
import { approveMinutes, closeMeeting, openMeeting, publishMinutes, recordDecision } from "./room.server";

const SLUG = "ziemia-wysokomazowiecka";

/** Parses an .ics with ical.js (the VTIMEZONE registered) into its events' UID, start instant, local start and duration. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      local: event.startDate.toString(),
      zone: event.startDate.zone?.tzid,
      minutes: event.duration.toSeconds() / 60,
      sequence: event.sequence,
    };
  });
}

describe.each(testDrivers)("sessions (%s)", (driver) => {
  let database: TestDatabase;
  let partnershipId: string;
  const people: Record<string, { id: string; name: string }> = {};

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    const [p] = await database.db.select().from(partnerships).where(eq(partnerships.slug, SLUG));
    partnershipId = p.id;
    for (const local of ["koordynator", "grupa", "rada1", "ekspert"]) {
      const [u] = await database.db.select().from(users).where(eq(users.email, `${local}@${SLUG}.demo`));
      people[local] = { id: u.id, name: u.name };
    }
  });
  afterEach(async () => {
    await database.close();
  });

  const plan = (date: string, extra: Partial<Parameters<typeof createMeeting>[2]> = {}) =>
    createMeeting(database.db, partnershipId, { title: "Posiedzenie grupy roboczej", body: "working_group", date, time: "10:00", durationMinutes: 90, agenda: [{ title: "Otwarcie" }, { title: "Cele strategiczne", link: "section:s04" }], ...extra }, people.koordynator.id);

  it("keeps a 10:00 session at 10:00 Polish time on both sides of the autumn clock change, in the .ics too", async () => {
    const before = await plan("2026-10-23");
    const after = await plan("2026-10-26");
    expect(before.startsAt.toISOString()).toBe("2026-10-23T08:00:00.000Z");
    expect(after.startsAt.toISOString()).toBe("2026-10-26T09:00:00.000Z");
    const items = await calendarMeetings(database.db, { partnershipIds: [partnershipId], since: new Date("2026-10-01T00:00:00Z") }, "https://wspolnie.example");
    const ics = meetingsIcs("Test", items.filter((m) => [before.id, after.id].includes(m.id)));
    expect(ics).toContain("DTSTART;TZID=Europe/Warsaw:20261023T100000");
    expect(ics).toContain("DTSTART;TZID=Europe/Warsaw:20261026T100000");
    const events = parseIcs(ics);
    expect(events).toEqual([
      { uid: meetingUid(before.id), start: "2026-10-23T08:00:00.000Z", local: "2026-10-23T10:00:00", zone: "Europe/Warsaw", minutes: 90, sequence: 1 },
      { uid: meetingUid(after.id), start: "2026-10-26T09:00:00.000Z", local: "2026-10-26T10:00:00", zone: "Europe/Warsaw", minutes: 90, sequence: 1 },
    ]);
  });

  it("refuses a stale save of the plan and keeps the UID while the SEQUENCE grows", async () => {
    const meeting = await plan("2026-12-10");
    const form = { title: "Posiedzenie — zmiana godziny", body: "working_group" as const, date: "2026-12-10", time: "12:30", durationMinutes: 60, revision: meeting.revision };
    const saved = await updateMeeting(database.db, meeting, form);
    expect(saved.revision).toBe(2);
    await expect(updateMeeting(database.db, meeting, { ...form, title: "Inny tytuł" })).rejects.toMatchObject({ key: "errors.stale", status: 409 });
    const [event] = parseIcs(meetingsIcs("Test", await calendarMeetings(database.db, { meetingId: meeting.id }, "https://x")));
    expect(event).toMatchObject({ uid: meetingUid(meeting.id), local: "2026-12-10T12:30:00", minutes: 60, sequence: 2 });
    const [row] = await database.db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(row.title).toBe("Posiedzenie — zmiana godziny");
  });

  it("runs a session: presence from the server's connections, decisions, closing freezes minutes and attendance, approval, publication", async () => {
    const meeting = await plan("2026-12-10");
    const presence = createMeetingPresence(database, { heartbeatMs: 60_000, log: () => {} });
    const join = (id: number, who: string) => presence.onConnect({ id, documentId: meeting.minutesDocumentId, userId: people[who].id });
    const leave = (id: number) => presence.onDisconnect({ id, documentId: meeting.minutesDocumentId, userId: "" });
    join(1, "grupa"); // waiting before the coordinator opens: counted from the opening only
    await presence.settled();
    const opened = await openMeeting(database.db, meeting);
    join(2, "koordynator");
    join(3, "grupa"); // a second tab
    await presence.settled();
    leave(1);
    leave(3);
    join(4, "grupa"); // reconnect
    await presence.settled();
    const live = await attendanceOf(database.db, opened);
    expect(live.map((a) => [a.name, a.intervals.length, a.attendeeId])).toEqual([
      [people.grupa.name, 1, null],
      [people.koordynator.name, 1, null],
    ]);
    const [item] = (await loadMeeting(database.db, meeting.id))!.meeting.currentItemId ? [opened.currentItemId!] : [];
    await recordDecision(database.db, opened, people.grupa, { text: "Grupa przyjmuje cele strategiczne w brzmieniu po konsultacjach.", agendaItemId: item });
    await savePhoneAttendee(database.db, opened, { name: "Paweł Olszewski", from: "10:40", to: "11:20" }, people.koordynator.id);

    // The ministry only observes; the minutes document is edited until the session closes.
    const minutes = new Y.Doc();
    applyContent(minutes, "minutes", { default: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Zażółć gęślą jaźń — przebieg posiedzenia." }] }] } });
    const closed = await closeMeeting(database.db, opened, people.koordynator.id, minutes);
    await expect(recordDecision(database.db, closed, people.grupa, { text: "Za późno" })).rejects.toMatchObject({ status: 409 });
    await expect(closeMeeting(database.db, closed, people.koordynator.id, minutes)).rejects.toMatchObject({ status: 409 });
    const [doc] = await database.db.select().from(documents).where(eq(documents.id, meeting.minutesDocumentId));
    expect(doc.lockedAt).not.toBeNull();
    const resource = (await findDocumentResources(database.db, [doc.id])).get(doc.id)!;
    const coordinatorActor = await loadActor(database.db, { ...people.koordynator, email: "", globalRole: null, voivodeshipTeryt: null });
    expect(can(coordinatorActor, "document.edit", resource)).toBe(false);

    const attendance = await attendanceOf(database.db, closed);
    expect(attendance.map((a) => [a.name, a.byPhone])).toEqual([
      [people.grupa.name, false],
      [people.koordynator.name, false],
      ["Paweł Olszewski", true],
    ]);
    expect(attendance.every((a) => a.attendeeId !== null && a.intervals.length === 1)).toBe(true);
    presence.onConnect({ id: 5, documentId: meeting.minutesDocumentId, userId: people.rada1.id }); // after closing: not an attendee
    await presence.close();
    expect((await attendanceOf(database.db, closed)).length).toBe(3);
    const rows = await database.db.select().from(meetingPresence).where(eq(meetingPresence.meetingId, meeting.id));
    expect(rows.every((r) => r.leftAt !== null)).toBe(true);

    // Approval: attendees only, once each; publication only when approved.
    const reloaded = (await loadMeeting(database.db, meeting.id, SLUG))!;
    expect([...reloaded.resource.attendeeUserIds].sort()).toEqual([people.grupa.id, people.koordynator.id].sort());
    await expect(approveMinutes(database.db, reloaded.meeting, people.rada1.id)).rejects.toMatchObject({ key: "errors.notAttendee", status: 403 });
    await expect(publishMinutes(database.db, reloaded.meeting, people.koordynator.id, false)).rejects.toMatchObject({ key: "errors.notApproved" });
    expect(await approveMinutes(database.db, reloaded.meeting, people.grupa.id)).toEqual({ already: false });
    expect(await approveMinutes(database.db, reloaded.meeting, people.grupa.id)).toEqual({ already: true });
    let frozen = (await frozenMinutes(database.db, meeting.id))!;
    expect(frozen.approval).toMatchObject({ eligible: 2, approvedBy: 1, approved: false });
    await approveMinutes(database.db, reloaded.meeting, people.koordynator.id);
    frozen = (await frozenMinutes(database.db, meeting.id))!;
    expect(frozen.approval.approved).toBe(true);
    expect(frozen.html).toContain("Zażółć gęślą jaźń");
    await publishMinutes(database.db, reloaded.meeting, people.koordynator.id, true);
    expect((await frozenMinutes(database.db, meeting.id))!.publishedAt).not.toBeNull();
    await expect(savePhoneAttendee(database.db, (await loadMeeting(database.db, meeting.id))!.meeting, { name: "X", from: "10:00", to: "10:10" }, people.koordynator.id)).rejects.toMatchObject({ key: "errors.published" });
  });

  it("gives each reminder once, even when the scheduler runs again", async () => {
    const startsAt = new Date(Date.now() + 23 * 3_600_000);
    const meeting = await plan(new Date(startsAt).toISOString().slice(0, 10));
    await database.db.update(meetings).set({ startsAt }).where(eq(meetings.id, meeting.id));
    const first = await sendDueReminders(database.db);
    expect(first).toContain(people.grupa.id);
    expect(await sendDueReminders(database.db)).toEqual([]);
    const mine = await database.db.select().from(notifications).where(eq(notifications.userId, people.grupa.id));
    expect(mine.filter((n) => n.meetingId === meeting.id).map((n) => n.kind)).toEqual(["meeting_tomorrow"]);
    const later = await sendDueReminders(database.db, new Date(startsAt.getTime() - 30 * 60_000));
    expect(later).toContain(people.grupa.id);
    const after = await database.db.select().from(notifications).where(eq(notifications.meetingId, meeting.id));
    expect(after.filter((n) => n.userId === people.grupa.id).map((n) => n.kind).sort()).toEqual(["meeting_soon", "meeting_tomorrow"]);
  });

  it("serves a personal feed behind a secret that can be revoked; only its hash is stored", async () => {
    const secret = await createFeed(database.db, people.rada1.id);
    const ics = (await feedCalendar(database.db, secret, "https://wspolnie.example"))!;
    const events = parseIcs(ics);
    const mine = await listMeetings(database.db, partnershipId);
    expect(events.map((e) => e.uid).sort()).toEqual(mine.map((m) => meetingUid(m.id)).sort());
    expect(JSON.stringify(await database.db.execute("select id from calendar_feeds"))).not.toContain(secret);
    const renewed = await createFeed(database.db, people.rada1.id);
    expect(await feedCalendar(database.db, secret, "https://x")).toBeNull();
    expect(await feedCalendar(database.db, renewed, "https://x")).not.toBeNull();
    expect(await revokeFeed(database.db, people.rada1.id)).toBe(true);
    expect(await feedCalendar(database.db, renewed, "https://x")).toBeNull();
    expect(await feedCalendar(database.db, "not-a-secret", "https://x")).toBeNull();
  });

  it("has demo sessions: a past one with approved minutes, attendance and decisions, and an upcoming one with an agenda", async () => {
    for (const slug of ["ziemia-wysokomazowiecka", "wiele-gmin-jeden-cel", "augustowsko-biebrzanski-park-turystyczny"]) {
      const [p] = await database.db.select().from(partnerships).where(eq(partnerships.slug, slug));
      const list = await listMeetings(database.db, p.id);
      const past = list.find((m) => m.status === "closed" && m.startsAt < new Date())!;
      const next = list.find((m) => m.status === "planned" && m.startsAt > new Date())!;
      expect(past, slug).toBeDefined();
      expect(next, slug).toBeDefined();
      const frozen = (await frozenMinutes(database.db, past.id))!;
      expect(frozen.approval.approved, slug).toBe(true);
      expect(frozen.text.length).toBeGreaterThan(100);
      const loaded = (await loadMeeting(database.db, past.id))!;
      const attendance = await attendanceOf(database.db, loaded.meeting);
      expect(attendance.some((a) => a.byPhone)).toBe(true);
      expect(attendance.length).toBeGreaterThan(3);
    }
  });

  it("links agenda items to the partnership's own projects, by title and address; a foreign or missing project stays unnamed", async () => {
    const choices = await projectChoices(database.db, partnershipId, SLUG);
    expect(choices.length).toBeGreaterThanOrEqual(5);
    expect(choices.map((c) => c.title)).toContain("Wspólny transport zbiorowy Ziemi Wysokomazowieckiej z węzłami przesiadkowymi w Czyżewie i Szepietowie");
    const [foreign] = await database.db.select().from(projects).where(eq(projects.title, "Przebudowa ciągu dróg Kolno – Stawiski – Jedwabne"));
    expect(choices.some((c) => c.id === foreign.id)).toBe(false);

    const own = choices[0];
    const meeting = await plan("2027-03-10", {
      agenda: [{ title: "Projekt", link: `project:${own.id}` }, { title: "Obcy projekt", link: `project:${foreign.id}` }],
    });
    const [mine, theirs] = await agendaOf(database.db, meeting, SLUG);
    expect(mine.link).toEqual({ kind: "project", label: { pl: own.title, en: own.title }, href: `/w/${SLUG}/projekty/${own.id}` });
    expect(theirs.link).toEqual({ kind: "project", label: null, href: null });

    // The demo sessions' agenda items point to the seeded projects.
    const demo = (await listMeetings(database.db, partnershipId)).filter((m) => m.id !== meeting.id);
    const agendas = await Promise.all(demo.map((m) => agendaOf(database.db, m, SLUG)));
    const linked = agendas.flat().filter((item) => item.link?.kind === "project");
    expect(linked.length).toBeGreaterThanOrEqual(4);
    expect(linked.every((item) => item.link?.href?.startsWith(`/w/${SLUG}/projekty/`))).toBe(true);
  });
});
