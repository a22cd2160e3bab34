import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partnerships, users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { createFeed, revokeFeed } from "../app/lib/sessions/calendar.server";
import { listMeetings } from "../app/lib/sessions/meetings.server";
import { get, postForm } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const SLUG = "ziemia-wysokomazowiecka";

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, start: e.startDate.toJSDate().getTime(), local: e.startDate.toString(), minutes: e.duration.toSeconds() / 60 };
  });
}

describe.each(testDrivers)("sessions over HTTP (%s)", (driver) => {
  let server: TestServer;
  let coordinator: string;
  let member: string;

  beforeAll(async () => {
    server = await startTestServer(driver);
    coordinator = await server.cookieFor(`koordynator@${SLUG}.demo`);
    member = await server.cookieFor(`rada1@${SLUG}.demo`);
  });
  afterAll(() => server?.stop());

  it("answers the JSON contract, and each icsUrl is a calendar that parses to the same instant and duration with a stable UID", async () => {
    const res = await get(server, `/api/partnerships/${SLUG}/sessions`, member);
    expect(res.status).toBe(200);
    const list = (await res.json()) as { id: string; title: string; startsAt: string; durationMinutes: number; icsUrl: string; status: string }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const item of list) {
      expect(Object.keys(item).sort()).toEqual(["durationMinutes", "icsUrl", "id", "startsAt", "status", "title"]);
      expect(item.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
      expect(["planned", "open", "closed"]).toContain(item.status);
      const ics = await fetch(item.icsUrl.replace(/^https?:\/\/[^/]+/, server.url), { headers: { Cookie: member } });
      expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
      const [event, again] = [parseIcs(await ics.text()), parseIcs(await (await fetch(item.icsUrl.replace(/^https?:\/\/[^/]+/, server.url), { headers: { Cookie: member } })).text())];
      expect(event).toHaveLength(1);
      expect(event[0].start).toBe(Date.parse(item.startsAt));
      expect(event[0].minutes).toBe(item.durationMinutes);
      expect(event[0].uid).toBe(`${item.id}@wspolnie`);
      expect(again[0].uid).toBe(event[0].uid);
    }
    expect((await get(server, `/api/partnerships/${SLUG}/sessions`)).status).toBe(401);
    expect((await get(server, `/api/partnerships/${SLUG}/sessions`, await server.cookieFor("koordynator@wiele-gmin-jeden-cel.demo"))).status).toBe(404);
  });

  it("shows a 10:00 session at 10:00 on both sides of a clock change, on the page and in the .ics", async () => {
    for (const [date, utc] of [["2026-10-23", "08:00"], ["2026-10-26", "09:00"]]) {
      const res = await postForm(server, `/w/${SLUG}/posiedzenia/nowe`, { title: `Posiedzenie ${date}`, body: "council", date, time: "10:00", durationMinutes: "90", "agenda[0].title": "Otwarcie" }, coordinator);
      expect(res.status).toBe(302);
      const room = res.headers.get("location")!;
      const page = await (await get(server, room, coordinator)).text();
      expect(page).toContain("10:00–11:30");
      expect(page).toContain(`dateTime="${date}T10:00:00+0${utc === "08:00" ? 2 : 1}:00"`);
      const ics = await (await get(server, `${room}/kalendarz.ics`, coordinator)).text();
      expect(ics).toContain(`DTSTART;TZID=Europe/Warsaw:${date.replaceAll("-", "")}T100000`);
      expect(new Date(parseIcs(ics)[0].start).toISOString()).toBe(`${date}T${utc}:00.000Z`);
    }
  });

  it("refuses bad input with translated reasons and changes nothing; refuses a stale save", async () => {
    const [p] = await server.database.db.select().from(partnerships).where(eq(partnerships.slug, SLUG));
    const before = (await listMeetings(server.database.db, p.id)).length;
    const bad = { title: "", body: "working_group", date: "2026-03-29", time: "02:30", durationMinutes: "90", videoUrl: "javascript:alert(1)" };
    const pl = await (await postForm(server, `/w/${SLUG}/posiedzenia/nowe`, bad, coordinator)).text();
    expect(pl).toContain("Link musi być pełnym adresem zaczynającym się od http:// lub https://.");
    expect(pl).toContain("Podaj temat posiedzenia.");
    const skipped = await postForm(server, `/w/${SLUG}/posiedzenia/nowe`, { ...bad, title: "Posiedzenie", videoUrl: "https://meet.jit.si/x" }, coordinator);
    expect(skipped.status).toBe(400);
    expect(await skipped.text()).toContain("Tej godziny nie ma w Polsce tego dnia");
    const en = await (await postForm(server, `/w/${SLUG}/posiedzenia/nowe`, bad, `${coordinator}; wspolnie_lang=en`)).text();
    expect(en).toContain("The link must be a full address starting with http:// or https://.");
    expect((await listMeetings(server.database.db, p.id)).length).toBe(before);

    const planned = (await listMeetings(server.database.db, p.id)).find((m) => m.status === "planned")!;
    const form = { title: "Zmiana", body: "working_group", date: "2026-12-10", time: "10:00", durationMinutes: "60", revision: String(planned.revision) };
    expect((await postForm(server, `/w/${SLUG}/posiedzenia/${planned.id}/edycja`, form, coordinator)).status).toBe(302);
    const stale = await postForm(server, `/w/${SLUG}/posiedzenia/${planned.id}/edycja`, { ...form, title: "Druga zmiana" }, coordinator);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Ktoś inny zapisał zmiany w tym posiedzeniu");
  });

  it("gives the protocol of the demo session as a PDF with Polish letters, attendance and decisions", async () => {
    const [p] = await server.database.db.select().from(partnerships).where(eq(partnerships.slug, SLUG));
    const past = (await listMeetings(server.database.db, p.id)).find((m) => m.status === "closed")!;
    const res = await get(server, `/w/${SLUG}/posiedzenia/${past.id}/protokol.pdf`, member);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
    const { text } = await parser.getText();
    await parser.destroy();
    for (const expected of ["Protokół posiedzenia", "Lista obecności", "Piotr Urzędnik", "telefonicznie", "Grupa robocza przyjmuje raport z konsultacji", "Maria Ekspertka przedstawiła raport"]) {
      expect(text.replace(/\s+/g, " ")).toContain(expected);
    }
    const docx = await get(server, `/w/${SLUG}/posiedzenia/${past.id}/protokol.docx`, member);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
  });

  it("serves the personal feed behind its secret only until it is revoked", async () => {
    const [rada] = await server.database.db.select().from(users).where(eq(users.email, `rada1@${SLUG}.demo`));
    const secret = await createFeed(server.database.db, rada.id);
    const feed = await get(server, `/kalendarz/${secret}/posiedzenia.ics`);
    expect(feed.status).toBe(200);
    expect(parseIcs(await feed.text()).length).toBeGreaterThanOrEqual(2);
    await revokeFeed(server.database.db, rada.id);
    expect((await get(server, `/kalendarz/${secret}/posiedzenia.ics`)).status).toBe(404);
    expect((await get(server, `/kalendarz/${"a".repeat(32)}/posiedzenia.ics`)).status).toBe(404);
  });
});
