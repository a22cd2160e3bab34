import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, documentUpdates, users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { startTestServer, type TestServer } from "./test/test-server";
import { openClient, sessionTokenFor, strategyDocumentId, synced, waitFor } from "./collab/test/clients";
import type { CollabClient } from "../app/lib/collab/client";
import type { CollabEvent } from "../app/lib/collab-protocol";
import { applyContent, deriveDocument, paragraphs } from "../app/lib/editor/derive.server";
import { loadDocument } from "../app/lib/documents/documents.server";
import { lastEditor, loadStoredYDoc } from "../app/lib/documents/store.server";
import { listVersions, onDocumentSettled } from "../app/lib/documents/versions.server";
import { ZW_VERSION_1, ZW_VERSION_2 } from "../db/seed-strategy";

const SLUG = "ziemia-wysokomazowiecka";

/** The whole path with the real collaboration server: live edits → settled derivation → versions → live restore. */
describe.each(testDrivers)("documents over the live collaboration server (%s)", (driver) => {
  let server: TestServer;
  let documentId: string;
  let writer: CollabClient;
  let reader: CollabClient;
  let cookie: string;
  const events: CollabEvent[] = [];

  const sectionText = (client: CollabClient, key: string) =>
    deriveDocument(client.doc, "strategy").fields.find((f) => f.key === key)!.text;
  const edit = (client: CollabClient, key: string, text: string) =>
    applyContent(client.doc, "strategy", { ...deriveDocument(client.doc, "strategy").json, [key]: paragraphs(text) });
  const post = (path: string, body: Record<string, string>) =>
    fetch(`${server.url}${path}`, { method: "POST", redirect: "manual", body: new URLSearchParams(body), headers: { Cookie: cookie, Origin: server.url } });

  beforeAll(async () => {
    server = await startTestServer(driver);
    const db = server.database.db;
    documentId = await strategyDocumentId(db, SLUG);
    writer = openClient(server.url, documentId, await sessionTokenFor(db, `grupa@${SLUG}.demo`));
    reader = openClient(server.url, documentId, await sessionTokenFor(db, `rada1@${SLUG}.demo`));
    reader.onEvent((event) => events.push(event));
    await Promise.all([synced(writer), synced(reader)]);
    cookie = await server.cookieFor(`koordynator@${SLUG}.demo`);
  });
  afterAll(async () => {
    writer?.destroy();
    reader?.destroy();
    await server?.stop();
  });

  it("derives HTML and text after edits settle and finds a word typed a moment ago in its section", async () => {
    edit(writer, "s06", "Rozwój sieci ścieżek rowerowych Narew");
    await waitFor(() => writer.saveState === "saved" && !writer.hasUnsavedChanges, 5000, "ack");
    await waitFor(() => sectionText(reader, "s06").includes("Narew"), 2000, "fan-out");
    await expect
      .poll(async () => (await server.database.db.select().from(documents).where(eq(documents.id, documentId)))[0].derivedText, {
        timeout: 10_000,
      })
      .toContain("Kierunki działań\nRozwój sieci ścieżek rowerowych Narew");
    const html = await (await fetch(`${server.url}/w/${SLUG}/szukaj?q=narew`, { headers: { Cookie: cookie } })).text();
    expect(html).toContain("Sekcja: Kierunki działań");
    expect(html).toContain("<mark>Narew</mark>");
    // The first settle also made the first automatic version, authored by the last editor (newest first, above
    // the demo strategy's two named versions).
    const versions = await listVersions(server.database.db, documentId);
    expect(versions.map((v) => v.name)).toEqual([null, ZW_VERSION_2, ZW_VERSION_1]);
    expect(versions[0]).toMatchObject({ automatic: true, authorName: "Piotr Urzędnik" });
  });

  it("restores a named version as a new live edit that connected people receive", async () => {
    const base = `/w/${SLUG}/dokumenty/${documentId}/wersje`;
    expect((await post(base, { name: "Wersja robocza" })).status).toBe(200);
    const named = (await listVersions(server.database.db, documentId)).find((v) => v.name === "Wersja robocza")!;

    edit(writer, "s06", "Zupełnie inny kierunek");
    await waitFor(() => sectionText(reader, "s06") === "Zupełnie inny kierunek", 2000, "fan-out");
    await waitFor(() => !writer.hasUnsavedChanges, 5000, "ack");

    const diff = await (await fetch(`${server.url}/w/${SLUG}/dokumenty/${documentId}/roznice?od=${named.id}&do=biezaca`, { headers: { Cookie: cookie } })).text();
    expect(diff).toMatch(/<del[^>]*>.*Rozwój sieci ścieżek rowerowych Narew/);
    expect(diff).toMatch(/<ins[^>]*>.*Zupełnie inny kierunek/);

    const restored = await post(`${base}/${named.id}`, { intent: "restore" });
    expect(restored.status).toBe(302);
    // Both connected clients get the old text back as an edit; the server state was not overwritten.
    await waitFor(() => sectionText(reader, "s06") === "Rozwój sieci ścieżek rowerowych Narew", 2000, "restore at the reader");
    await waitFor(() => sectionText(writer, "s06") === "Rozwój sieci ścieżek rowerowych Narew", 2000, "restore at the writer");
    expect(events).toContainEqual({ type: "document.restored", versionId: named.id });
    // The text before the restore is kept as an automatic version.
    const after = await listVersions(server.database.db, documentId);
    const kept = after.find((v) => v.automatic && v.id !== named.id && v.createdAt > named.createdAt);
    expect(kept).toBeDefined();

    // Editing continues normally on top of the restore.
    edit(writer, "s07", "Wskaźnik: długość ścieżek");
    await waitFor(() => sectionText(reader, "s07") === "Wskaźnik: długość ścieżek", 2000, "edit after restore");
    expect(sectionText(reader, "s06")).toBe("Rozwój sieci ścieżek rowerowych Narew");
  });

  it("stores a restore with the restoring user's id: the log and the next version of the text name them", async () => {
    const db = server.database.db;
    const [{ id: coordinatorId }] = await db.select({ id: users.id }).from(users).where(eq(users.email, `koordynator@${SLUG}.demo`));
    const byCoordinator = async () =>
      (await db.select().from(documentUpdates).where(and(eq(documentUpdates.documentId, documentId), eq(documentUpdates.userId, coordinatorId))))
        .length;
    const base = `/w/${SLUG}/dokumenty/${documentId}/wersje`;
    edit(writer, "s04", "Wizja: partnerstwo otwarte na współpracę");
    await waitFor(() => writer.saveState === "saved" && !writer.hasUnsavedChanges, 5000, "edit saved");
    expect((await post(base, { name: "Przed zmianą wizji" })).status).toBe(200);
    const named = (await listVersions(db, documentId)).find((v) => v.name === "Przed zmianą wizji")!;
    edit(writer, "s04", "Wizja: inna");
    await waitFor(() => writer.saveState === "saved" && !writer.hasUnsavedChanges, 5000, "second edit saved");
    const before = await byCoordinator();

    expect((await post(`${base}/${named.id}`, { intent: "restore" })).status).toBe(302);
    await waitFor(() => sectionText(reader, "s04") === "Wizja: partnerstwo otwarte na współpracę", 2000, "restore seen");
    // The log: the restore is the coordinator's edit (the live room stored it without an author before).
    expect(await byCoordinator()).toBeGreaterThan(before);
    const [newest] = await db
      .select({ userId: documentUpdates.userId })
      .from(documentUpdates)
      .where(eq(documentUpdates.documentId, documentId))
      .orderBy(desc(documentUpdates.id))
      .limit(1);
    expect(newest.userId).toBe(coordinatorId);
    expect(await lastEditor(db, documentId)).toBe(coordinatorId);
    // The version history: the text before the restore is the working group's, the restored text the coordinator's.
    const kept = (await listVersions(db, documentId)).find((v) => v.automatic && v.createdAt > named.createdAt)!;
    expect(kept.authorName).toBe("Piotr Urzędnik");
    const { document } = (await loadDocument(db, documentId))!;
    await onDocumentSettled(db, document, await loadStoredYDoc(server.database, documentId), { intervalMs: 0 });
    expect((await listVersions(db, documentId))[0]).toMatchObject({ automatic: true, authorName: "Anna Koordynatorka" });
  });
});
