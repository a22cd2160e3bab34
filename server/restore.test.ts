import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentUpdates, users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { startTestServer, type TestServer } from "./test/test-server";
import { openClient, sessionTokenFor, strategyDocumentId, synced, waitFor } from "./collab/test/clients";
import type { CollabClient } from "../app/lib/collab/client";
import { applyContent, deriveDocument, paragraphs } from "../app/lib/editor/derive.server";
import { loadDocument } from "../app/lib/documents/documents.server";
import { lastEditor, loadStoredYDoc } from "../app/lib/documents/store.server";
import { listVersions, onDocumentSettled } from "../app/lib/documents/versions.server";

const SLUG = "ziemia-wysokomazowiecka";

/** A restore is an edit like any other: the log and the version history name the person who made it. */
describe.each(testDrivers)("restoring a version through the live room (%s)", (driver) => {
  let server: TestServer;
  let documentId: string;
  let writer: CollabClient;
  let coordinatorId: string;
  let cookie: string;

  const edit = (text: string) =>
    applyContent(writer.doc, "strategy", { ...deriveDocument(writer.doc, "strategy").json, s04: paragraphs(text) });
  const post = (path: string, body: Record<string, string>) =>
    fetch(`${server.url}${path}`, { method: "POST", redirect: "manual", body: new URLSearchParams(body), headers: { Cookie: cookie, Origin: server.url } });

  beforeAll(async () => {
    server = await startTestServer(driver);
    const db = server.database.db;
    documentId = await strategyDocumentId(db, SLUG);
    writer = openClient(server.url, documentId, await sessionTokenFor(db, `grupa@${SLUG}.demo`));
    await synced(writer);
    cookie = await server.cookieFor(`koordynator@${SLUG}.demo`);
    [{ id: coordinatorId }] = await db.select({ id: users.id }).from(users).where(eq(users.email, `koordynator@${SLUG}.demo`));
  });
  afterAll(async () => {
    writer?.destroy();
    await server?.stop();
  });

  it("stores the restore with the restoring user's id, and the next version of the text is theirs", async () => {
    const db = server.database.db;
    const base = `/w/${SLUG}/dokumenty/${documentId}/wersje`;
    edit("Wizja: partnerstwo otwarte na współpracę");
    await waitFor(() => writer.saveState === "saved" && !writer.hasUnsavedChanges, 5000, "first edit saved");
    expect((await post(base, { name: "Przed zmianą wizji" })).status).toBe(200);
    const named = (await listVersions(db, documentId)).find((v) => v.name === "Przed zmianą wizji")!;
    edit("Wizja: inna");
    await waitFor(() => writer.saveState === "saved" && !writer.hasUnsavedChanges, 5000, "second edit saved");
    const byCoordinator = () =>
      db.select().from(documentUpdates).where(and(eq(documentUpdates.documentId, documentId), eq(documentUpdates.userId, coordinatorId)));
    expect(await byCoordinator()).toHaveLength(0);

    expect((await post(`${base}/${named.id}`, { intent: "restore" })).status).toBe(302);
    await waitFor(() => deriveDocument(writer.doc, "strategy").fields[3].text === "Wizja: partnerstwo otwarte na współpracę", 2000, "restore seen");

    // The log: the restore is the coordinator's edit (it was stored without an author before).
    expect((await byCoordinator()).length).toBeGreaterThan(0);
    const [newest] = await db
      .select({ userId: documentUpdates.userId })
      .from(documentUpdates)
      .where(eq(documentUpdates.documentId, documentId))
      .orderBy(desc(documentUpdates.id))
      .limit(1);
    expect(newest.userId).toBe(coordinatorId);
    expect(await lastEditor(db, documentId)).toBe(coordinatorId);

    // The version history: the state before the restore is the working group's; the restored text, once
    // versioned, is the coordinator's.
    const kept = (await listVersions(db, documentId)).find((v) => v.automatic && v.createdAt > named.createdAt)!;
    expect(kept.authorName).toBe("Piotr Urzędnik");
    const { document } = (await loadDocument(db, documentId))!;
    await onDocumentSettled(db, document, await loadStoredYDoc(server.database, documentId), { intervalMs: 0 });
    const [latest] = await listVersions(db, documentId);
    expect(latest).toMatchObject({ automatic: true, authorName: "Anna Koordynatorka" });
  });
});
