import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { testDrivers } from "../db/test/test-db";
import { startTestServer, type TestServer } from "./test/test-server";
import { DEMO, demoStrategyWithText, email, passage } from "../app/lib/comments/test-helpers";

/** The sidebar's resource route under the document (Remix fetchers, Conform forms). */
describe.each(testDrivers)("the sidebar's comment route on %s", (driver) => {
  let server: TestServer;
  let documentId: string;
  let ydoc: Y.Doc;
  let route = "";
  /** As the browser's fetchers call it (single fetch, `.data`); the body is turbo-stream, so tests read its text. */
  const post = async (address: string, fields: Record<string, string>) => {
    const res = await fetch(`${route}.data`, {
      method: "POST",
      headers: { Origin: server.url, Cookie: await server.cookieFor(address) },
      body: new URLSearchParams(fields),
    });
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    server = await startTestServer(driver);
    const demo = await demoStrategyWithText(server.database.db);
    documentId = demo.doc.id;
    ydoc = demo.ydoc;
    route = `${server.url}/w/${DEMO}/dokumenty/${documentId}/komentarze`;
  }, 300_000);
  afterAll(() => server?.stop());

  it("creates a thread from form fields, answers with a Conform reply naming it, and the trail shows it", async () => {
    const input = passage(ydoc, "silne zaplecze rolnicze", "Uwaga z formularza");
    const created = await post(email("rada1"), { intent: "create", ...input });
    expect(created.status).toBe(200);
    expect(created.text).toContain("stored");
    const threadId = /"([0-9a-f]{8}-[0-9a-f-]{27})"/.exec(created.text)?.[1];
    expect(threadId).toBeTruthy();
    const trail = await fetch(`${route}.data`, { headers: { Cookie: await server.cookieFor(email("rada1")) } });
    expect(trail.status).toBe(200);
    const text = await trail.text();
    expect(text).toContain("Uwaga z formularza");
    expect(text).toContain(threadId!);
  });

  it("answers bad input with 400 and the field's i18n key, a refusal with a translated form error", async () => {
    const empty = await post(email("rada1"), { intent: "reply", threadId: "00000000-0000-4000-8000-000000000000", body: "" });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("errors.bodyRequired");
    const missing = await post(email("rada1"), { intent: "reply", threadId: "00000000-0000-4000-8000-000000000000", body: "Tak" });
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("Nie znaleziono wątku.");
    const unknown = await post(email("rada1"), { intent: "explode" });
    expect(unknown.status).toBe(400);
  });

  it("answers 404 under another partnership's slug", async () => {
    const res = await fetch(`${server.url}/w/inne-partnerstwo/dokumenty/${documentId}/komentarze.data`, { headers: { Cookie: await server.cookieFor(email("rada1")) } });
    expect(res.status).toBe(404);
  });
});
