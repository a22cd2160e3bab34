import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partnerships, projectAttachments, projects, selectionCalls, selectionForms, users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { createVersion } from "../app/lib/documents/versions.server";
import { loadStoredYDoc } from "../app/lib/documents/store.server";
import { loadPartnership } from "../app/lib/partnerships.server";
import { listMeetings } from "../app/lib/sessions/meetings.server";
import { listPolls } from "../app/lib/voting/polls.server";
import { rawConnect, strategyDocumentId, wsUrl } from "./collab/test/clients";
import { startTestServer, type TestServer } from "./test/test-server";

/**
 * THE RULE of app/lib/guard.server.ts, asked of every route family and both websockets, for the public, people
 * outside the partnership and each role: allowed → served; anonymous → sign-in (pages) or 401 (API, sockets);
 * absent, malformed or not to be known → 404; known but not allowed → 403.
 */
const SLUG = "ziemia-wysokomazowiecka";
const PEOPLE = {
  public: null,
  outsider: "koordynator@wiele-gmin-jeden-cel.demo",
  assessor: "um@podlaskie.demo",
  ministry: "admin@mfipr.demo",
  coordinator: `koordynator@${SLUG}.demo`,
  council: `rada1@${SLUG}.demo`,
  workingGroup: `grupa@${SLUG}.demo`,
  expert: `ekspert@${SLUG}.demo`,
} as const;
type Who = keyof typeof PEOPLE;
const WHO = Object.keys(PEOPLE) as Who[];
const MEMBERS: Who[] = ["coordinator", "council", "workingGroup", "expert"];
const READERS: Who[] = [...MEMBERS, "ministry"];
const SIGNED_IN: Who[] = WHO.filter((w) => w !== "public");
const EDITORS: Who[] = ["coordinator", "workingGroup"];

/** 36 characters that an id check by shape alone (`[0-9a-f-]{36}`) lets through to the database. */
const HYPHENS = "-".repeat(36);
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

type Outcome = "ok" | "login" | "error" | 101 | 401 | 403 | 404;

interface Row {
  what: string;
  kind: "page" | "api" | "socket";
  method?: "GET" | "POST";
  path: (ids: Ids) => string;
  body?: Record<string, string>;
  /** Who gets through the guard; `forbidden` get 403; every other signed-in person 404. */
  ok: Who[];
  forbidden?: Who[];
  /** A public page or API: the anonymous are asked like everyone else (served if in `ok`, else 404). */
  open?: boolean;
  /** A form's resource route: a refusal past the guard is its Conform reply (JSON, the reason as a form error). */
  formReply?: boolean;
}
interface Ids {
  doc: string;
  version: string;
  project: string;
  attachment: string;
  /** The closed demo session (approved minutes) and the planned one. */
  meeting: string;
  planned: string;
  /** The demo's open secret poll. */
  poll: string;
  /** Selection: the current call and the pilot call's information form of this partnership (submitted). */
  call: string;
  form: string;
  /** A project of the newest published project package. */
  publishedProject: string;
}

const doc = (rest = "") => (ids: Ids) => `/w/${SLUG}/dokumenty/${ids.doc}${rest}`;
const project = (rest = "") => (ids: Ids) => `/w/${SLUG}/projekty/${ids.project}${rest}`;
const session = (rest = "", which: "meeting" | "planned" = "meeting") => (ids: Ids) => `/w/${SLUG}/posiedzenia/${ids[which]}${rest}`;
/** Fiches: the demo partnership keeps the default (working group and council co-edit, experts read). */
const FICHE_EDITORS: Who[] = ["coordinator", "council", "workingGroup"];

const ROWS: Row[] = [
  // The workspace of a partnership: /w/:slug itself is hidden from outsiders too.
  { what: "workspace", kind: "page", path: () => `/w/${SLUG}`, ok: READERS },
  { what: "member list", kind: "page", path: () => `/w/${SLUG}/czlonkowie`, ok: READERS },
  { what: "manage members", kind: "page", method: "POST", path: () => `/w/${SLUG}/czlonkowie`, body: { intent: "none" }, ok: ["coordinator", "ministry"], forbidden: ["council", "workingGroup", "expert"] },
  { what: "partnership audit log", kind: "page", path: () => `/w/${SLUG}/dziennik`, ok: ["coordinator", "ministry"], forbidden: ["council", "workingGroup", "expert"] },
  { what: "search", kind: "page", path: () => `/w/${SLUG}/szukaj?q=strategia`, ok: READERS },
  { what: "strategy shortcut", kind: "page", path: () => `/w/${SLUG}/strategia`, ok: READERS },
  { what: "unknown partnership", kind: "page", path: () => "/w/nie-ma-takiego", ok: [] },
  // Documents.
  { what: "document editor", kind: "page", path: doc(), ok: READERS },
  { what: "versions", kind: "page", path: doc("/wersje"), ok: READERS },
  { what: "name a version", kind: "page", method: "POST", path: doc("/wersje"), body: { name: "" }, ok: EDITORS, forbidden: ["council", "expert", "ministry"] },
  { what: "one version", kind: "page", path: (ids) => `${doc("/wersje")(ids)}/${ids.version}`, ok: READERS },
  { what: "restore a version", kind: "page", method: "POST", path: (ids) => `${doc("/wersje")(ids)}/${ids.version}`, body: { intent: "none" }, ok: EDITORS, forbidden: ["council", "expert", "ministry"] },
  { what: "differences", kind: "page", path: doc("/roznice"), ok: READERS },
  { what: "document under another partnership's slug", kind: "page", path: (ids) => `/w/wiele-gmin-jeden-cel/dokumenty/${ids.doc}`, ok: [] },
  { what: "malformed document id", kind: "page", path: () => `/w/${SLUG}/dokumenty/${HYPHENS}`, ok: [] },
  { what: "unknown document", kind: "page", path: () => `/w/${SLUG}/dokumenty/${UNKNOWN}`, ok: [] },
  { what: "comment trail (the sidebar's resource route)", kind: "page", path: doc("/komentarze"), ok: READERS },
  {
    what: "comment through the sidebar's resource route",
    kind: "page",
    method: "POST",
    path: doc("/komentarze"),
    body: { intent: "create", field: "s02", quote: "", body: "Uwaga do diagnozy" },
    ok: MEMBERS,
    forbidden: ["ministry"],
    formReply: true,
  },
  { what: "comment trail, malformed document id", kind: "page", path: () => `/w/${SLUG}/dokumenty/${HYPHENS}/komentarze`, ok: [] },
  { what: "malformed version id", kind: "page", path: (ids) => `${doc("/wersje")(ids)}/${HYPHENS}`, ok: [] },
  // The project package.
  { what: "project package", kind: "page", path: () => `/w/${SLUG}/projekty`, ok: READERS },
  { what: "new project form", kind: "page", path: () => `/w/${SLUG}/projekty/nowy`, ok: FICHE_EDITORS, forbidden: ["expert", "ministry"] },
  { what: "create a project", kind: "page", method: "POST", path: () => `/w/${SLUG}/projekty/nowy`, body: { title: "" }, ok: FICHE_EDITORS, forbidden: ["expert", "ministry"] },
  { what: "project fiche", kind: "page", path: project(), ok: READERS },
  { what: "edit a fiche", kind: "page", path: project("/edytuj"), ok: FICHE_EDITORS, forbidden: ["expert", "ministry"] },
  { what: "save a fiche", kind: "page", method: "POST", path: project("/edytuj"), body: { title: "" }, ok: FICHE_EDITORS, forbidden: ["expert", "ministry"] },
  { what: "schedule", kind: "page", path: project("/harmonogram"), ok: READERS },
  { what: "change the schedule", kind: "page", method: "POST", path: project("/harmonogram"), body: { intent: "save" }, ok: FICHE_EDITORS, forbidden: ["expert", "ministry"] },
  { what: "maturity", kind: "page", path: project("/dojrzalosc"), ok: READERS },
  { what: "set the maturity", kind: "page", method: "POST", path: project("/dojrzalosc"), body: { intent: "level", level: "9" }, ok: FICHE_EDITORS, forbidden: ["expert", "ministry"] },
  { what: "attachment download", kind: "page", path: (ids) => `${project("/zalaczniki")(ids)}/${ids.attachment}`, ok: READERS },
  { what: "attachment, malformed id", kind: "page", path: (ids) => `${project("/zalaczniki")(ids)}/${HYPHENS}`, ok: [] },
  { what: "package export (CSV)", kind: "page", path: () => `/w/${SLUG}/projekty/eksport.csv`, ok: READERS },
  { what: "malformed project id", kind: "page", path: () => `/w/${SLUG}/projekty/${HYPHENS}`, ok: [] },
  { what: "unknown project", kind: "page", path: () => `/w/${SLUG}/projekty/${UNKNOWN}`, ok: [] },
  { what: "project under another partnership's slug", kind: "page", path: (ids) => `/w/wiele-gmin-jeden-cel/projekty/${ids.project}`, ok: [] },
  { what: "editing-rights setting", kind: "page", path: () => `/w/${SLUG}/uprawnienia`, ok: ["coordinator"], forbidden: ["council", "workingGroup", "expert", "ministry"] },
  { what: "projects API", kind: "api", path: () => `/api/partnerships/${SLUG}/projects`, ok: READERS },
  { what: "projects API, unknown partnership", kind: "api", path: () => "/api/partnerships/nie-ma-takiego/projects", ok: [] },
  // Resource routes (JSON and downloads).
  { what: "documents API", kind: "api", path: () => `/api/partnerships/${SLUG}/documents`, ok: READERS },
  { what: "threads API", kind: "api", path: (ids) => `/api/documents/${ids.doc}/threads`, ok: READERS },
  {
    what: "comment through the threads API",
    kind: "api",
    method: "POST",
    path: (ids) => `/api/documents/${ids.doc}/threads`,
    body: { intent: "create", field: "s02", quote: "", body: "Uwaga do diagnozy" },
    ok: MEMBERS,
    forbidden: ["ministry"],
  },
  { what: "report (CSV)", kind: "api", path: (ids) => `/api/documents/${ids.doc}/report.csv`, ok: READERS },
  { what: "report (DOCX)", kind: "api", path: (ids) => `/api/documents/${ids.doc}/report.docx`, ok: READERS },
  { what: "threads API, malformed id", kind: "api", path: () => `/api/documents/${HYPHENS}/threads`, ok: [] },
  { what: "threads API, malformed id (POST)", kind: "api", method: "POST", path: () => `/api/documents/${HYPHENS}/threads`, body: { intent: "read" }, ok: [] },
  { what: "report, unknown document", kind: "api", path: () => `/api/documents/${UNKNOWN}/report.csv`, ok: [] },
  // Sessions (posiedzenia).
  { what: "session list", kind: "page", path: () => `/w/${SLUG}/posiedzenia`, ok: READERS },
  { what: "plan a session", kind: "page", path: () => `/w/${SLUG}/posiedzenia/nowe`, ok: ["coordinator"], forbidden: ["council", "workingGroup", "expert", "ministry"] },
  { what: "session room", kind: "page", path: session(), ok: READERS },
  { what: "change a session's plan", kind: "page", path: session("/edycja", "planned"), ok: ["coordinator"], forbidden: ["council", "workingGroup", "expert", "ministry"] },
  { what: "manage the room", kind: "page", method: "POST", path: session("", "planned"), body: { intent: "none" }, ok: ["coordinator"], forbidden: ["council", "workingGroup", "expert", "ministry"] },
  { what: "record a decision in a closed session", kind: "page", method: "POST", path: session(), body: { intent: "decision", text: "Za późno" }, ok: [], forbidden: READERS },
  { what: "approve the minutes", kind: "page", method: "POST", path: session(), body: { intent: "approve" }, ok: ["coordinator", "workingGroup", "expert"], forbidden: ["council", "ministry"] },
  { what: "protocol (DOCX)", kind: "page", path: session("/protokol.docx"), ok: READERS },
  { what: "protocol (PDF)", kind: "page", path: session("/protokol.pdf"), ok: READERS },
  { what: "session .ics", kind: "page", path: session("/kalendarz.ics"), ok: READERS },
  { what: "session under another partnership's slug", kind: "page", path: (ids) => `/w/wiele-gmin-jeden-cel/posiedzenia/${ids.meeting}`, ok: [] },
  { what: "malformed session id", kind: "page", path: () => `/w/${SLUG}/posiedzenia/${HYPHENS}`, ok: [] },
  { what: "change a session's plan, malformed id", kind: "page", path: () => `/w/${SLUG}/posiedzenia/${HYPHENS}/edycja`, ok: [] },
  { what: "protocol, malformed session id", kind: "page", path: () => `/w/${SLUG}/posiedzenia/${HYPHENS}/protokol.pdf`, ok: [] },
  { what: "unknown session", kind: "page", path: () => `/w/${SLUG}/posiedzenia/${UNKNOWN}/kalendarz.ics`, ok: [] },
  // Publishing: the coordinator's page, then the public pages and the open-data API, which everyone reads alike.
  { what: "publishing page", kind: "page", path: () => `/w/${SLUG}/publikacje`, ok: ["coordinator"], forbidden: ["council", "workingGroup", "expert", "ministry"] },
  { what: "publish", kind: "page", method: "POST", path: () => `/w/${SLUG}/publikacje`, body: { intent: "none" }, ok: ["coordinator"], forbidden: ["council", "workingGroup", "expert", "ministry"] },
  { what: "public partnership list", kind: "page", open: true, path: () => "/partnerstwa", ok: WHO },
  { what: "public partnership page", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}`, ok: WHO },
  { what: "published strategy", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}/strategia`, ok: WHO },
  { what: "published versions", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}/strategia/wersje`, ok: WHO },
  { what: "a published version", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}/strategia/wersje/1`, ok: WHO },
  { what: "published differences", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}/strategia/roznice?od=1&do=2`, ok: WHO },
  { what: "published project card", kind: "page", open: true, path: (ids) => `/partnerstwa/${SLUG}/projekt/${ids.publishedProject}`, ok: WHO },
  { what: "open data (CSV)", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}/dane/projekty.csv`, ok: WHO },
  { what: "open data (JSON)", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}/dane/projekty.json`, ok: WHO },
  { what: "sitemap", kind: "page", open: true, path: () => "/sitemap.xml", ok: WHO },
  { what: "a draft strategy, to everyone and its own partnership too", kind: "page", open: true, path: () => "/partnerstwa/wiele-gmin-jeden-cel/strategia", ok: [] },
  { what: "an unpublished version number", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}/strategia/wersje/9`, ok: [] },
  { what: "published project card, malformed id", kind: "page", open: true, path: () => `/partnerstwa/${SLUG}/projekt/${HYPHENS}`, ok: [] },
  { what: "published project card, an internal project id", kind: "page", open: true, path: (ids) => `/partnerstwa/${SLUG}/projekt/${ids.doc}`, ok: [] },
  { what: "public partnership, unknown", kind: "page", open: true, path: () => "/partnerstwa/nie-ma-takiego", ok: [] },
  { what: "public API: partnerships", kind: "api", open: true, path: () => "/api/public/partnerships", ok: WHO },
  { what: "public API: a partnership", kind: "api", open: true, path: () => `/api/public/partnerships/${SLUG}`, ok: WHO },
  { what: "public API: projects", kind: "api", open: true, path: () => `/api/public/partnerships/${SLUG}/projects`, ok: WHO },
  { what: "public API: unknown partnership", kind: "api", open: true, path: () => "/api/public/partnerships/nie-ma-takiego", ok: [] },
  { what: "public API: a partnership with nothing published (an empty list)", kind: "api", open: true, path: () => "/api/public/partnerships/wiele-gmin-jeden-cel/projects", ok: WHO },
  { what: "calendar feed, unknown secret", kind: "page", open: true, path: () => `/kalendarz/${"a".repeat(40)}/posiedzenia.ics`, ok: [] },
  { what: "sessions API", kind: "api", path: () => `/api/partnerships/${SLUG}/sessions`, ok: READERS },
  { what: "my session calendar", kind: "page", path: () => "/kalendarz", ok: SIGNED_IN },
  // Council voting (głosowania).
  { what: "poll list", kind: "page", path: () => `/w/${SLUG}/glosowania`, ok: READERS },
  { what: "prepare a poll", kind: "page", path: () => `/w/${SLUG}/glosowania/nowe`, ok: ["coordinator"], forbidden: ["council", "workingGroup", "expert", "ministry"] },
  { what: "poll page", kind: "page", path: (ids) => `/w/${SLUG}/glosowania/${ids.poll}`, ok: READERS },
  { what: "manage a poll from its page", kind: "page", method: "POST", path: (ids) => `/w/${SLUG}/glosowania/${ids.poll}`, body: { intent: "none" }, ok: ["coordinator"], forbidden: ["council", "workingGroup", "expert", "ministry"] },
  { what: "poll under another partnership's slug", kind: "page", path: (ids) => `/w/wiele-gmin-jeden-cel/glosowania/${ids.poll}`, ok: [] },
  { what: "malformed poll id", kind: "page", path: () => `/w/${SLUG}/glosowania/${HYPHENS}`, ok: [] },
  { what: "poll protocol, malformed id", kind: "page", path: () => `/w/${SLUG}/glosowania/${HYPHENS}/protokol.pdf`, ok: [] },
  { what: "poll protocol (DOCX), unknown poll", kind: "page", path: () => `/w/${SLUG}/glosowania/${UNKNOWN}/protokol.docx`, ok: [] },
  { what: "polls API", kind: "api", path: () => `/api/partnerships/${SLUG}/polls`, ok: READERS },
  { what: "poll API", kind: "api", path: (ids) => `/api/polls/${ids.poll}`, ok: READERS },
  { what: "poll API, unknown poll", kind: "api", path: () => `/api/polls/${UNKNOWN}`, ok: [] },
  { what: "poll API, malformed id", kind: "api", path: () => `/api/polls/${HYPHENS}`, ok: [] },
  { what: "cast a ballot, malformed id", kind: "api", method: "POST", path: () => `/api/polls/${HYPHENS}/ballot`, body: { choice: "x" }, ok: [] },
  // Eligibility is the snapshot's: only the council member of the demo (a form body: 400, past the guard).
  { what: "cast a ballot", kind: "api", method: "POST", path: (ids) => `/api/polls/${ids.poll}/ballot`, body: { choice: "x" }, ok: ["council"], forbidden: ["coordinator", "workingGroup", "expert", "ministry"] },
  { what: "close a poll, unknown poll", kind: "api", method: "POST", path: () => `/api/polls/${UNKNOWN}/close`, ok: [] },
  { what: "adopt a poll's winner, malformed id", kind: "api", method: "POST", path: () => `/api/polls/${HYPHENS}/adopt`, ok: [] },
  // Selection (nabór).
  { what: "a call (ministry)", kind: "page", path: (ids) => `/nabor/${ids.call}`, ok: ["ministry"], forbidden: SIGNED_IN.filter((w) => w !== "ministry") },
  { what: "announce a call", kind: "page", method: "POST", path: (ids) => `/nabor/${ids.call}`, body: { intent: "none" }, ok: ["ministry"], forbidden: SIGNED_IN.filter((w) => w !== "ministry") },
  { what: "a voivodeship's forms", kind: "page", path: (ids) => `/nabor/${ids.call}/wojewodztwo/20`, ok: ["assessor", "ministry"], forbidden: SIGNED_IN.filter((w) => w !== "assessor" && w !== "ministry") },
  { what: "send recommendations", kind: "page", method: "POST", path: (ids) => `/nabor/${ids.call}/wojewodztwo/20`, body: { intent: "none" }, ok: ["assessor"], forbidden: SIGNED_IN.filter((w) => w !== "assessor") },
  { what: "an information form", kind: "page", path: (ids) => `/nabor/formularz/${ids.form}`, ok: ["coordinator", "assessor", "ministry"] },
  { what: "edit a submitted form", kind: "page", method: "POST", path: (ids) => `/nabor/formularz/${ids.form}`, body: { intent: "save" }, ok: [], forbidden: ["coordinator", "assessor", "ministry"] },
  { what: "the checklist", kind: "page", path: (ids) => `/nabor/formularz/${ids.form}/ocena`, ok: ["assessor"], forbidden: ["coordinator", "ministry"] },
  { what: "the form's PDF confirmation", kind: "page", path: (ids) => `/nabor/formularz/${ids.form}/potwierdzenie.pdf`, ok: ["coordinator", "assessor", "ministry"] },
  { what: "information form, malformed id", kind: "page", path: () => `/nabor/formularz/${HYPHENS}`, ok: [] },
  { what: "the checklist, malformed form id", kind: "page", path: () => `/nabor/formularz/${HYPHENS}/ocena`, ok: [] },
  { what: "a form's attachment, malformed id", kind: "page", path: (ids) => `/nabor/formularz/${ids.form}/zalacznik/${HYPHENS}`, ok: [] },
  { what: "a form's attachment, malformed form id", kind: "page", path: () => `/nabor/formularz/${HYPHENS}/zalacznik/${UNKNOWN}`, ok: [] },
  { what: "a call, malformed id", kind: "page", path: () => `/nabor/${HYPHENS}`, ok: [] },
  { what: "a voivodeship's forms, malformed call id", kind: "page", path: () => `/nabor/${HYPHENS}/wojewodztwo/20`, ok: [] },
  // The signed-in person's own pages and the platform.
  { what: "my partnerships", kind: "page", path: () => "/w", ok: SIGNED_IN },
  { what: "notifications", kind: "page", path: () => "/powiadomienia", ok: SIGNED_IN },
  { what: "a notification, malformed id", kind: "page", path: () => `/powiadomienia/${HYPHENS}`, ok: [] },
  { what: "a notification, unknown id", kind: "page", path: () => `/powiadomienia/${UNKNOWN}`, ok: [] },
  { what: "account", kind: "page", path: () => "/konto", ok: SIGNED_IN },
  { what: "platform audit log", kind: "page", path: () => "/admin/dziennik", ok: ["ministry"], forbidden: SIGNED_IN.filter((w) => w !== "ministry") },
  // The websockets.
  { what: "document socket", kind: "socket", path: (ids) => `/collab/${ids.doc}`, ok: READERS },
  { what: "document socket, malformed id", kind: "socket", path: () => `/collab/${HYPHENS}`, ok: [] },
  { what: "document socket, unknown id", kind: "socket", path: () => `/collab/${UNKNOWN}`, ok: [] },
  { what: "events socket", kind: "socket", path: () => "/events", ok: SIGNED_IN },
];

function expected(row: Row): Record<Who, Outcome> {
  const refusedAnonymous: Outcome = row.kind === "page" ? "login" : 401;
  return Object.fromEntries(
    WHO.map((who): [Who, Outcome] => {
      if (who === "public" && !row.open) return [who, refusedAnonymous];
      if (row.ok.includes(who)) return [who, row.kind === "socket" ? 101 : "ok"];
      return [who, row.forbidden?.includes(who) ? 403 : 404];
    }),
  ) as Record<Who, Outcome>;
}

describe.each(testDrivers)("the one guard across every route family and the websockets (%s)", (driver) => {
  let server: TestServer;
  let ids: Ids;
  const cookies = new Map<Who, string>();

  beforeAll(async () => {
    server = await startTestServer(driver);
    const db = server.database.db;
    const documentId = await strategyDocumentId(db, SLUG);
    const [coordinator] = await db.select().from(users).where(eq(users.email, PEOPLE.coordinator));
    const version = await createVersion(db, { id: documentId, kind: "strategy" }, await loadStoredYDoc(server.database, documentId), {
      name: "Wersja do konsultacji",
      userId: coordinator.id,
    });
    const [demoProject] = await db
      .select({ id: projects.id })
      .from(projects)
      .innerJoin(partnerships, eq(partnerships.id, projects.partnershipId))
      .where(eq(partnerships.slug, SLUG))
      .limit(1);
    const [attachment] = await db
      .insert(projectAttachments)
      .values({ projectId: demoProject.id, fileName: "plan.pdf", mediaType: "application/pdf", size: 9, content: new TextEncoder().encode("%PDF-1.4\n") })
      .returning({ id: projectAttachments.id });
    const sessions = await listMeetings(db, (await loadPartnership(db, SLUG))!.partnership.id);
    ids = {
      doc: documentId,
      version: version.id,
      project: demoProject.id,
      attachment: attachment.id,
      meeting: sessions.find((m) => m.status === "closed")!.id,
      planned: sessions.find((m) => m.status === "planned")!.id,
      poll: (await listPolls(db, (await loadPartnership(db, SLUG))!.partnership.id))[0].id,
      call: (await db.select({ id: selectionCalls.id }).from(selectionCalls).where(isNull(selectionCalls.announcedAt)))[0].id,
      form: (
        await db
          .select({ id: selectionForms.id })
          .from(selectionForms)
          .innerJoin(partnerships, eq(partnerships.id, selectionForms.partnershipId))
          .where(eq(partnerships.slug, SLUG))
      )[0].id,
      publishedProject: ((await (await fetch(`${server.url}/api/public/partnerships/${SLUG}/projects`)).json()) as { id: string }[])[0].id,
    };
    for (const who of SIGNED_IN) cookies.set(who, await server.cookieFor(PEOPLE[who]!));
  });
  afterAll(() => server?.stop());

  async function attempt(row: Row, who: Who): Promise<{ outcome: Outcome; response?: Response }> {
    const cookie = cookies.get(who);
    const path = row.path(ids);
    if (row.kind === "socket") {
      const { status, ws } = await rawConnect(`${wsUrl(server.url).replace(/\/collab$/, "")}${path}`, {
        Origin: server.url,
        ...(cookie ? { Cookie: cookie } : {}),
      });
      ws?.close();
      return { outcome: status as Outcome };
    }
    const response = await fetch(`${server.url}${path}`, {
      method: row.method ?? "GET",
      redirect: "manual",
      headers: { Origin: server.url, ...(cookie ? { Cookie: cookie } : {}) },
      body: row.body ? new URLSearchParams(row.body) : undefined,
    });
    const location = response.headers.get("location") ?? "";
    let outcome: Outcome;
    if (response.status === 302 && location.startsWith("/login?redirectTo=")) outcome = "login";
    else if ([401, 403, 404].includes(response.status)) outcome = response.status as Outcome;
    else outcome = response.status < 500 ? "ok" : "error";
    return { outcome, response };
  }

  it.each(ROWS)("$what", async (row) => {
    const seen = {} as Record<Who, Outcome>;
    for (const who of WHO) {
      const { outcome, response } = await attempt(row, who);
      seen[who] = outcome;
      if (!response || typeof outcome !== "number") continue;
      // Refusals say why, translated: JSON `{ error }` under /api/**, the error page (or text) elsewhere.
      const reason = outcome === 404 ? "nie istnieje albo nie masz do niej dostępu" : outcome === 403 ? "Nie masz uprawnień" : "Zaloguj się";
      if (row.formReply && response.headers.get("content-type")?.includes("application/json")) {
        expect((await response.json()).error[""].join(" ")).toContain("Nie masz uprawnień");
      } else if (row.kind === "api") {
        expect(response.headers.get("content-type"), `${row.what} ${who}`).toMatch(/application\/json/);
        expect((await response.json()).error).toContain(outcome === 403 && row.method === "POST" ? "Nie masz uprawnień" : reason);
      } else {
        expect(response.headers.get("content-type"), `${row.what} ${who}`).toMatch(/text\/(html|plain)/);
        expect(await response.text()).toContain(reason);
      }
    }
    expect(seen).toEqual(expected(row));
  });

  it("sends the anonymous to sign in and back to the page they asked for", async () => {
    const res = await fetch(`${server.url}/w/${SLUG}/szukaj?q=drogi`, { redirect: "manual" });
    expect(res.headers.get("location")).toBe(`/login?redirectTo=${encodeURIComponent(`/w/${SLUG}/szukaj?q=drogi`)}`);
  });

  it("answers refusals of the API in the reader's language", async () => {
    const res = await fetch(`${server.url}/api/documents/${HYPHENS}/threads`, {
      headers: { Cookie: `${cookies.get("coordinator")}; wspolnie_lang=en` },
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe("The page you are looking for does not exist or you have no access to it.");
  });
});
