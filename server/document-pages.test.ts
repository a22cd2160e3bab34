import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZW_VERSION_1, ZW_VERSION_2 } from "../db/seed-strategy";
import { testDrivers } from "../db/test/test-db";
import { startTestServer, type TestServer } from "./test/test-server";
import { applyContent, deriveDocument, paragraphs } from "../app/lib/editor/derive.server";
import { getStrategyDocument } from "../app/lib/documents/documents.server";
import { appendStoredUpdate, loadStoredYDoc } from "../app/lib/documents/store.server";
import { getPartnershipBySlug } from "../app/lib/partnerships.server";
import { listVersions, onDocumentSettled } from "../app/lib/documents/versions.server";

const SLUG = "ziemia-wysokomazowiecka";
const email = (local: string) => `${local}@${SLUG}.demo`;

describe.each(testDrivers)("document pages (%s)", (driver) => {
  let server: TestServer;
  let strategyId: string;
  const cookies = new Map<string, string>();
  const get = (path: string, who?: string) =>
    fetch(`${server.url}${path}`, { redirect: "manual", headers: who ? { Cookie: cookies.get(who)! } : {} });
  const post = (path: string, who: string, body: Record<string, string>) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams(body),
      headers: { Cookie: cookies.get(who)!, Origin: server.url },
    });

  beforeAll(async () => {
    server = await startTestServer(driver);
    const db = server.database.db;
    const partnership = (await getPartnershipBySlug(db, SLUG))!;
    const strategy = (await getStrategyDocument(db, partnership.id))!;
    strategyId = strategy.id;
    for (const local of ["koordynator", "rada1", "grupa"]) cookies.set(local, await server.cookieFor(email(local)));
    cookies.set("admin", await server.cookieFor("admin@mfipr.demo"));
    cookies.set("other", await server.cookieFor("koordynator@wiele-gmin-jeden-cel.demo"));
    const ydoc = await loadStoredYDoc(server.database, strategy.id);
    const updates: Uint8Array[] = [];
    ydoc.on("update", (u: Uint8Array) => updates.push(u));
    applyContent(ydoc, "strategy", { ...deriveDocument(ydoc, "strategy").json, s02: paragraphs("Diagnoza: <img src=x onerror=alert(1)> sieć dróg") });
    await appendStoredUpdate(server.database, strategy.id, Y.mergeUpdates(updates), null);
    await onDocumentSettled(db, strategy, await loadStoredYDoc(server.database, strategy.id), { intervalMs: 0 });
  });
  afterAll(() => server?.stop());

  it("redirects /strategia to the strategy and guards it: sign-in, 404 for outsiders, read-only council", async () => {
    const redirect = await get(`/w/${SLUG}/strategia`, "koordynator");
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe(`/w/${SLUG}/dokumenty/${strategyId}`);

    const anonymous = await get(`/w/${SLUG}/dokumenty/${strategyId}`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    expect((await get(`/w/${SLUG}/dokumenty/${strategyId}`, "other")).status).toBe(404);
    expect((await get(`/w/${SLUG}/strategia`, "other")).status).toBe(404);
    expect((await get(`/w/wiele-gmin-jeden-cel/dokumenty/${strategyId}`, "koordynator")).status).toBe(404);

    const editor = await (await get(`/w/${SLUG}/dokumenty/${strategyId}`, "koordynator")).text();
    expect(editor).toContain("Spis sekcji");
    expect(editor).toContain('href="#sekcja-s02"');
    expect(editor).not.toContain("tylko do odczytu");
    // The council comments without editing; the ministry only reads.
    const council = await (await get(`/w/${SLUG}/dokumenty/${strategyId}`, "rada1")).text();
    expect(council).toContain("Nie możesz zmieniać treści tego dokumentu, ale możesz komentować");
    const ministry = await (await get(`/w/${SLUG}/dokumenty/${strategyId}`, "admin")).text();
    expect(ministry).toContain("Masz dostęp tylko do odczytu");
  });

  it("creates named versions for editors only, with a translated error for an empty name", async () => {
    const base = `/w/${SLUG}/dokumenty/${strategyId}/wersje`;
    expect((await post(base, "rada1", { name: "Nie wolno" })).status).toBe(403);
    const empty = await post(base, "grupa", { name: "   " });
    expect(await empty.text()).toContain("Podaj nazwę wersji.");
    const ok = await post(base, "grupa", { name: "Projekt <b>1</b>" });
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).toContain("Projekt &lt;b&gt;1&lt;/b&gt;");
    expect(html).toContain("Piotr Urzędnik");
    const versions = await listVersions(server.database.db, strategyId);
    // Newest first: the new named version, the automatic one of the edit above, then the demo's two versions.
    expect(versions.map((v) => v.name)).toEqual(["Projekt <b>1</b>", null, ZW_VERSION_2, ZW_VERSION_1]);

    const view = await (await get(`${base}/${versions[0].id}`, "rada1")).text();
    expect(view).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(view).not.toContain("<img src=x");
    expect(view).not.toContain("Przywróć tę wersję");
    expect((await post(`${base}/${versions[0].id}`, "rada1", { intent: "restore" })).status).toBe(403);

    const diff = await (await get(`/w/${SLUG}/dokumenty/${strategyId}/roznice?od=${versions[1].id}&do=biezaca`, "rada1")).text();
    expect(diff).toContain("Wersje mają identyczną treść.");
  });

  it("searches with escaped, highlighted snippets and the section", async () => {
    const html = await (await get(`/w/${SLUG}/szukaj?q=${encodeURIComponent("dróg")}`, "rada1")).text();
    expect(html).toContain("Sekcja: Diagnoza");
    expect(html).toContain("<mark>dróg</mark>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img src=x");
    expect((await get(`/w/${SLUG}/szukaj?q=dr%C3%B3g`, "other")).status).toBe(404);
  });
});
