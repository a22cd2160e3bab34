import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityRequests, comments, documents, documentVersions, partnerships, publications, users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { STRATEGY_SECTIONS } from "../app/lib/strategy-sections";
import { get, postForm } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const SLUG = "ziemia-wysokomazowiecka";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const PROJECT_KEYS = ["area", "eligibleCost", "end", "feasibility", "flagship", "id", "leadTeryt", "maturity", "partnerTeryt", "start", "title", "totalCost", "type"];

describe.each(testDrivers)("public publication over HTTP (%s)", (driver) => {
  let server: TestServer;
  let coordinator: string;
  let outsider: string;
  let strategyId: string;
  let versionId: string;
  beforeAll(async () => {
    server = await startTestServer(driver);
    coordinator = await server.cookieFor(`koordynator@${SLUG}.demo`);
    outsider = await server.cookieFor("koordynator@wiele-gmin-jeden-cel.demo");
    const db = server.database.db;
    [{ id: strategyId }] = await db
      .select({ id: documents.id })
      .from(documents)
      .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
      .where(and(eq(partnerships.slug, SLUG), eq(documents.kind, "strategy")));
    [{ id: versionId }] = await db.select({ id: documentVersions.id }).from(documentVersions).where(eq(documentVersions.documentId, strategyId)).orderBy(desc(documentVersions.createdAt)).limit(1);
  });
  afterAll(() => server?.stop());
  // The configured public origin (PUBLIC_ORIGIN, by default http://localhost:<port>): canonical and API URLs use it.
  const origin = () => server.url.replace("127.0.0.1", "localhost");

  it("serves the published strategy from stored HTML with ETag, Cache-Control and 304, no sign-in", async () => {
    const res = await get(server, `/partnerstwa/${SLUG}/strategia`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const html = await res.text();
    expect(html).toContain("Wersja 2");
    for (const s of STRATEGY_SECTIONS) expect(html).toContain(`id="${s.key}-title"`);
    expect(html).toContain(`<link rel="canonical" href="${origin()}/partnerstwa/${SLUG}/strategia">`);
    expect(html).toContain('property="og:title"');
    // No comment or author data: no comment body, no user's name or e-mail, no thread markup.
    const people = await server.database.db.select({ name: users.name, email: users.email }).from(users);
    const bodies = await server.database.db.select({ body: comments.body }).from(comments);
    const article = html.slice(html.indexOf("<article"), html.indexOf("</article>"));
    for (const p of people) expect(html.includes(p.email) || article.includes(p.name), p.email).toBe(false);
    for (const c of bodies) if (c.body.length > 20) expect(article).not.toContain(c.body);
    expect(article).not.toMatch(/data-thread|comment-mark|class="comment/);
    const again = await fetch(`${server.url}/partnerstwa/${SLUG}/strategia`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const v1 = await get(server, `/partnerstwa/${SLUG}/strategia/wersje/1`);
    expect(v1.status).toBe(200);
    expect(await v1.text()).toContain("To nie jest najnowsza opublikowana wersja.");
  });

  it("answers 404 to the public for drafts, unpublished versions and guessed URLs and ids", async () => {
    const notFound = [
      "/partnerstwa/wiele-gmin-jeden-cel/strategia", // a draft strategy: never published
      "/partnerstwa/wiele-gmin-jeden-cel/strategia/wersje/1",
      `/partnerstwa/${SLUG}/strategia/wersje/9`,
      `/partnerstwa/${SLUG}/strategia/wersje/0`,
      `/partnerstwa/${SLUG}/strategia/wersje/abc`,
      `/partnerstwa/${SLUG}/strategia/wersje/${versionId}`, // a document version's id is not a publication
      `/partnerstwa/${SLUG}/strategia/pobierz/wersja-9.pdf`,
      `/partnerstwa/${SLUG}/strategia/pobierz/wersja-1.exe`,
      `/partnerstwa/${SLUG}/strategia/roznice?od=1&do=9`,
      `/partnerstwa/${SLUG}/strategia/roznice?od=2&do=1`,
      `/partnerstwa/${SLUG}/dokumenty`,
      `/partnerstwa/${SLUG}/protokol-00000000`,
      `/partnerstwa/${SLUG}/projekt/${UNKNOWN}`,
      `/partnerstwa/${SLUG}/projekt/${strategyId}`,
      "/partnerstwa/nie-ma-takiego",
      "/partnerstwa/nie-ma-takiego/strategia",
      "/api/public/partnerships/nie-ma-takiego",
    ];
    for (const path of notFound) expect((await get(server, path)).status, path).toBe(404);
    // Internal pages and APIs: never content for the public (sign-in or 401), 404 for people outside.
    const internal = [`/w/${SLUG}`, `/w/${SLUG}/strategia`, `/w/${SLUG}/dokumenty/${strategyId}`, `/w/${SLUG}/dokumenty/${strategyId}/wersje/${versionId}`, `/w/${SLUG}/publikacje`];
    for (const path of internal) {
      expect((await get(server, path)).status, path).toBe(302);
      expect((await get(server, path, outsider)).status, path).toBe(404);
    }
    expect((await get(server, `/api/documents/${strategyId}/threads`)).status).toBe(401);
    expect((await get(server, `/api/documents/${strategyId}/threads`, outsider)).status).toBe(404);
  });

  it("publishes and unpublishes through the coordinator's page; the hidden version is gone from every public door", async () => {
    const publish = await postForm(server, `/w/${SLUG}/publikacje`, { intent: "publish", kind: "strategy", subjectId: strategyId, sourceId: versionId }, coordinator);
    expect(publish.status).toBe(302);
    expect(decodeURIComponent(publish.headers.get("location")!)).toMatch(/opublikowano=.*\|3$/);
    expect((await get(server, `/partnerstwa/${SLUG}/strategia/wersje/3`)).status).toBe(200);
    expect((await get(server, `/partnerstwa/${SLUG}/strategia/roznice?od=2&do=3`)).status).toBe(200);
    // Someone else of the partnership cannot publish.
    const wg = await server.cookieFor(`grupa@${SLUG}.demo`);
    expect((await postForm(server, `/w/${SLUG}/publikacje`, { intent: "publish", kind: "strategy", subjectId: strategyId, sourceId: versionId }, wg)).status).toBe(403);
    const [{ id }] = await server.database.db
      .select({ id: publications.id })
      .from(publications)
      .where(and(eq(publications.series, "strategia"), eq(publications.number, 3)));
    expect(await (await get(server, `/w/${SLUG}/publikacje`, coordinator)).text()).toContain(`name="publicationId" value="${id}"`);
    const unpublish = await postForm(server, `/w/${SLUG}/publikacje`, { intent: "unpublish", publicationId: id }, coordinator);
    expect(decodeURIComponent(unpublish.headers.get("location")!)).toMatch(/wycofano=.*\|3$/);
    for (const path of [`/partnerstwa/${SLUG}/strategia/wersje/3`, `/partnerstwa/${SLUG}/strategia/pobierz/wersja-3.pdf`, `/partnerstwa/${SLUG}/strategia/roznice?od=2&do=3`]) {
      expect((await get(server, path)).status, path).toBe(404);
    }
    expect(await (await get(server, `/partnerstwa/${SLUG}/strategia`)).text()).toContain("Wersja 2");
    const sitemap = await (await get(server, "/sitemap.xml")).text();
    expect(sitemap).toContain(`${origin()}/partnerstwa/${SLUG}/strategia/wersje/2</loc>`);
    expect(sitemap).not.toContain("/strategia/wersje/3<");
    const api = (await (await get(server, `/api/public/partnerships/${SLUG}`)).json()) as { outputs: { kind: string; version: number }[] };
    expect(api.outputs.find((o) => o.kind === "strategy")?.version).toBe(2);
  });

  it("answers the open-data API exactly as documented, CORS open for GET", async () => {
    const list = await get(server, "/api/public/partnerships");
    expect(list.headers.get("access-control-allow-origin")).toBe("*");
    const partnershipsJson = (await list.json()) as Record<string, unknown>[];
    expect(partnershipsJson).toContainEqual({
      slug: SLUG,
      name: "Ziemia Wysokomazowiecka",
      voivodeship: "podlaskie",
      integrationType: "powiatowe_zintegrowane",
      url: `${origin()}/partnerstwa/${SLUG}`,
    });
    const one = (await (await get(server, `/api/public/partnerships/${SLUG}`)).json()) as Record<string, unknown>;
    expect(Object.keys(one).sort()).toEqual(["members", "name", "outputs", "slug"]);
    expect((one.members as unknown[])[0]).toEqual({ name: "wysokomazowiecki", teryt: "2013", kind: "powiat" });
    const strategy = (one.outputs as Record<string, unknown>[]).find((o) => o.kind === "strategy")!;
    expect(Object.keys(strategy).sort()).toEqual(["downloads", "kind", "publishedAt", "title", "url", "version"]);
    expect(strategy.url).toBe(`${origin()}/partnerstwa/${SLUG}/strategia`);
    const pdf = await fetch((strategy.downloads as { pdf: string }).pdf.replace(origin(), server.url));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    const projects = (await (await get(server, `/api/public/partnerships/${SLUG}/projects`)).json()) as Record<string, unknown>[];
    expect(projects).toHaveLength(6);
    for (const p of projects) expect(Object.keys(p).sort()).toEqual(PROJECT_KEYS);
    expect((await get(server, "/api/public/partnerships/wiele-gmin-jeden-cel/projects").then((r) => r.json()))).toEqual([]);
    const preflight = await fetch(`${server.url}/api/public/partnerships`, { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    const missing = await get(server, "/api/public/partnerships/nie-ma");
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    const csv = await (await get(server, `/partnerstwa/${SLUG}/dane/projekty.csv`)).text();
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(7);
  });

  it("records an accessibility request with its 7-day deadline and shows it to the coordinator", async () => {
    const res = await postForm(server, "/deklaracja-dostepnosci", {
      name: "Jan Mieszkaniec",
      contact: "jan@example.org",
      partnership: SLUG,
      pageUrl: `/partnerstwa/${SLUG}/strategia`,
      description: "Tabela wskaźników w PDF jest nieczytelna dla mojego czytnika ekranu.",
      preferredMeans: "Plik tekstowy",
    });
    expect(res.status).toBe(200);
    const [row] = await server.database.db.select().from(accessibilityRequests);
    expect(row.dueAt.getTime() - row.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);
    const page = await (await get(server, `/w/${SLUG}/publikacje`, coordinator)).text();
    expect(page).toContain("Tabela wskaźników w PDF jest nieczytelna");
    expect(page).toContain("Termin odpowiedzi");
    const bad = await postForm(server, "/deklaracja-dostepnosci", { name: "", contact: "", partnership: "", description: "" });
    expect(bad.status).toBe(400);
  });
});
