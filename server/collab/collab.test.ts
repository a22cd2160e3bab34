import { and, eq, sql } from "drizzle-orm";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { testDrivers } from "../../db/test/test-db";
import { documentStates, documentUpdates, memberships, users } from "../../db/schema";
import { invalidateSession, sessionIdFromToken } from "../../app/lib/auth/session.server";
import { CloseCode } from "../../app/lib/collab-protocol";
import { createCollabClient, type CollabClient } from "../../app/lib/collab/client";
import { startTestServer, type TestServer } from "../test/test-server";
import { createDbStore } from "../../app/lib/documents/store.server";
import {
  bearerWebSocket,
  closeCodeOf,
  openClient,
  rawConnect,
  sessionTokenFor,
  strategyDocumentId,
  synced,
  waitFor,
  wsUrl,
  syncUpdateMessage,
} from "./test/clients";

const ZW = "ziemia-wysokomazowiecka";
const COORDINATOR = `koordynator@${ZW}.demo`;
const WORKING_GROUP = `grupa@${ZW}.demo`;
const COUNCIL = `rada1@${ZW}.demo`;
const EXPERT = `ekspert@${ZW}.demo`;


describe.each(testDrivers)("collaboration server on %s", (driver) => {
  let server: TestServer;
  let documentId: string;
  const clients: CollabClient[] = [];
  const open = async (email: string) => {
    const client = openClient(server.url, documentId, await sessionTokenFor(server.database.db, email));
    clients.push(client);
    await synced(client);
    return client;
  };
  const userId = async (email: string) =>
    (await server.database.db.select().from(users).where(eq(users.email, email)))[0].id;
  const logRows = async (authorId?: string) =>
    (
      await server.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(documentUpdates)
        .where(
          authorId
            ? and(eq(documentUpdates.documentId, documentId), eq(documentUpdates.userId, authorId))
            : eq(documentUpdates.documentId, documentId),
        )
    )[0].n;

  beforeAll(async () => {
    server = await startTestServer(driver, { withPages: false, env: { COLLAB_MAX_MESSAGE_BYTES: String(64 * 1024) } });
    documentId = await strategyDocumentId(server.database.db, ZW);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it("syncs edits between clients and acknowledges them once they are in the database", async () => {
    const a = await open(COORDINATOR);
    const b = await open(WORKING_GROUP);
    a.doc.getText("t").insert(0, "Strategia rozwoju");
    await waitFor(() => b.doc.getText("t").toString() === "Strategia rozwoju", 2000, "fan-out");
    await waitFor(() => a.saveState === "saved" && !a.hasUnsavedChanges, 2000, "ack");
    expect(a.stats().acked).toBeGreaterThanOrEqual(1);
    expect(await logRows(await userId(COORDINATOR))).toBeGreaterThanOrEqual(1);
    b.doc.getText("t").insert(0, "» ");
    await waitFor(() => a.doc.getText("t").toString() === "» Strategia rozwoju", 2000, "reverse fan-out");
    await waitFor(() => b.saveState === "saved", 2000, "ack b");
    expect(await logRows(await userId(WORKING_GROUP))).toBeGreaterThanOrEqual(1);
  });

  it("holds an edit typed while the socket connects until the sync has carried the offline edits it builds on", async () => {
    const token = await sessionTokenFor(server.database.db, COORDINATOR);
    const client = createCollabClient({ documentId, serverUrl: wsUrl(server.url), WebSocketPolyfill: bearerWebSocket(token), connect: false });
    clients.push(client);
    const text = client.doc.getText("connecting");
    text.insert(0, "napisane offline; ");
    const closes: number[] = [];
    client.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
    let typed = false;
    client.provider.on("status", ({ status }) => {
      // The socket has just opened; the server's sync step 1 has not been answered yet.
      if (status !== "connected" || typed) return;
      typed = true;
      text.insert(text.length, "i zaraz po połączeniu");
    });
    client.provider.connect();
    await waitFor(() => client.saveState === "saved" && !client.hasUnsavedChanges, 5000, "saved");
    const witness = await open(WORKING_GROUP);
    await waitFor(() => witness.doc.getText("connecting").toString() === "napisane offline; i zaraz po połączeniu", 2000, "witness");
    // Sent ahead of the offline part, the second edit would have been refused and the socket reopened.
    expect(typed).toBe(true);
    expect(closes).toEqual([]);
    expect(client.stats().generation).toBe(1);
  });

  it("refuses upgrades without a session (401), to people who may not know the document or for unknown ones (404), and foreign origins (403)", async () => {
    const db = server.database.db;
    const url = `${wsUrl(server.url)}/${documentId}`;
    expect((await rawConnect(url, {})).status).toBe(401);
    expect((await rawConnect(url, { Authorization: "Bearer notavalidtokenatall2345" })).status).toBe(401);
    // Outsiders get the same answer as for a document that does not exist: they cannot tell that it does.
    const assessor = await sessionTokenFor(db, "um@podlaskie.demo");
    expect((await rawConnect(url, { Authorization: `Bearer ${assessor}` })).status).toBe(404);
    const otherCoordinator = await sessionTokenFor(db, "koordynator@wiele-gmin-jeden-cel.demo");
    expect((await rawConnect(url, { Authorization: `Bearer ${otherCoordinator}` })).status).toBe(404);
    const coordinator = await sessionTokenFor(db, COORDINATOR);
    const missing = `${wsUrl(server.url)}/00000000-0000-4000-8000-000000000000`;
    expect((await rawConnect(missing, { Authorization: `Bearer ${coordinator}` })).status).toBe(404);
    expect((await rawConnect(`${wsUrl(server.url)}/not-a-uuid`, { Authorization: `Bearer ${coordinator}` })).status).toBe(404);
    expect((await rawConnect(url, { Authorization: `Bearer ${coordinator}`, Origin: "https://evil.example" })).status).toBe(403);
    // The browser path: the session cookie from our own origin.
    const ok = await rawConnect(url, { Cookie: await server.cookieFor(COORDINATOR), Origin: server.url });
    expect(ok.status).toBe(101);
    ok.ws!.close();
  });

  it("keeps read-only users' presence (with the server's name for them) but drops and never stores their updates", async () => {
    const editor = await open(COORDINATOR);
    const reader = await open(COUNCIL);
    const before = editor.doc.getText("t").toString();
    reader.provider.awareness.setLocalStateField("user", { name: "Podszywacz", color: "#000000" });
    reader.doc.getText("t").insert(0, "NIE POWINNO SIĘ ZAPISAĆ ");
    reader.doc.getMap("m").set("x", 1);
    await waitFor(() => reader.stats().acked >= reader.stats().sent && reader.stats().sent >= 2, 2000, "reader ack");
    await waitFor(
      () =>
        [...editor.provider.awareness.getStates().values()].some(
          (s) => (s.user as { name?: string } | undefined)?.name === "Jan Starosta",
        ),
      2000,
      "reader presence",
    );
    expect(JSON.stringify([...editor.provider.awareness.getStates().values()])).not.toContain("Podszywacz");
    editor.doc.getMap("m").set("y", 1);
    await waitFor(() => editor.saveState === "saved", 2000, "editor ack");
    expect(editor.doc.getText("t").toString()).toBe(before);
    expect(editor.doc.getMap("m").has("x")).toBe(false);
    expect(await logRows(await userId(COUNCIL))).toBe(0);
    // A fresh client sees only what the server kept.
    const fresh = await open(EXPERT);
    expect(fresh.doc.getText("t").toString()).toBe(before);
  });

  it("closes only the sender of an oversized message", async () => {
    const a = await open(COORDINATOR);
    const b = await open(WORKING_GROUP);
    const token = await sessionTokenFor(server.database.db, COORDINATOR);
    const { ws } = await rawConnect(`${wsUrl(server.url)}/${documentId}`, { Authorization: `Bearer ${token}` });
    const closed = closeCodeOf(ws!);
    const doc = new Y.Doc();
    doc.getText("big").insert(0, "x".repeat(80 * 1024));
    ws!.send(syncUpdateMessage(Y.encodeStateAsUpdate(doc)));
    expect(await closed).toBe(CloseCode.MessageTooBig);
    a.doc.getText("t").insert(0, "po ");
    await waitFor(() => b.doc.getText("t").toString().startsWith("po "), 2000, "others still synced");
    expect(a.doc.getText("big").length).toBe(0);
  });

  it("rejects a crafted update claiming millions of structs without stalling others", async () => {
    const a = await open(COORDINATOR);
    const b = await open(WORKING_GROUP);
    const token = await sessionTokenFor(server.database.db, COORDINATOR);
    const attackers = await Promise.all(
      [1, 2, 3].map(() => rawConnect(`${wsUrl(server.url)}/${documentId}`, { Authorization: `Bearer ${token}` })),
    );
    const closed = attackers.map(({ ws }) => closeCodeOf(ws!));
    // Seven bytes: one client, 30 million structs claimed, client id 41, clock 9. Y.applyUpdate on it allocates
    // ~240 MB and blocks ~150 ms here before throwing; three of them would hold everyone up for ~0.5 s.
    const e = encoding.createEncoder();
    for (const n of [1, 30_000_000, 41, 9]) encoding.writeVarUint(e, n);
    const crafted = encoding.toUint8Array(e);
    expect(crafted.byteLength).toBe(7);
    // The server runs in this process: time from the attack, since a stall would delay our own clock reads too.
    const started = Date.now();
    for (const { ws } of attackers) ws!.send(syncUpdateMessage(crafted));
    a.doc.getText("t").insert(0, "szybko ");
    await waitFor(() => b.doc.getText("t").toString().startsWith("szybko "), 2000, "fan-out after crafted update");
    expect(Date.now() - started).toBeLessThan(100);
    for (const code of await Promise.all(closed)) expect(code).toBe(CloseCode.BadMessage);
  });

  it("compaction keeps the content identical and shrinks the log", async () => {
    const a = await open(COORDINATOR);
    const text = a.doc.getText("compaction");
    for (let i = 0; i < 60; i++) {
      text.insert(text.length, `słowo ${i} `);
      if (i % 3 === 0) text.delete(0, 3);
    }
    await waitFor(() => a.saveState === "saved", 3000, "saved");
    const store = createDbStore(server.database);
    const rowsBefore = await logRows();
    expect(rowsBefore).toBeGreaterThan(0);
    const folded = await store.compact(documentId);
    expect(folded).toBe(rowsBefore);
    expect(await logRows()).toBe(0);
    const [state] = await server.database.db.select().from(documentStates).where(eq(documentStates.documentId, documentId));
    expect(state.state.byteLength).toBeGreaterThan(0);
    const loaded = new Y.Doc();
    for (const update of (await store.load(documentId)).updates) Y.applyUpdate(loaded, update);
    expect(loaded.getText("compaction").toString()).toBe(text.toString());
    expect(loaded.getText("t").toString()).toBe(a.doc.getText("t").toString());
    // Edits after compaction land beyond the state row and load back on top of it.
    text.insert(0, "po kompakcji ");
    await waitFor(() => a.saveState === "saved", 3000, "saved after compaction");
    expect(await logRows()).toBeGreaterThan(0);
    const reloaded = new Y.Doc();
    for (const update of (await store.load(documentId)).updates) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText("compaction").toString()).toBe(text.toString());
  });

  it("closes a revoked session's socket within 5 s, and withdrawn access too", async () => {
    const db = server.database.db;
    const token = await sessionTokenFor(db, WORKING_GROUP);
    const { ws } = await rawConnect(`${wsUrl(server.url)}/${documentId}`, { Authorization: `Bearer ${token}` });
    const closed = closeCodeOf(ws!, 5000);
    const revokedAt = Date.now();
    await invalidateSession(db, sessionIdFromToken(token));
    expect(await closed).toBe(CloseCode.Unauthorized);
    expect(Date.now() - revokedAt).toBeLessThan(5000);

    const expertToken = await sessionTokenFor(db, EXPERT);
    const expert = await rawConnect(`${wsUrl(server.url)}/${documentId}`, { Authorization: `Bearer ${expertToken}` });
    const expertClosed = closeCodeOf(expert.ws!, 5000);
    await db.delete(memberships).where(eq(memberships.userId, await userId(EXPERT)));
    expect(await expertClosed).toBe(CloseCode.Forbidden);
  });

  it("recheckUser applies a role change at once: an editor demoted to the council becomes read-only", async () => {
    const db = server.database.db;
    const editor = await open(WORKING_GROUP);
    const watcher = await open(COORDINATOR);
    editor.doc.getMap("role").set("before", 1);
    await waitFor(() => watcher.doc.getMap("role").get("before") === 1, 2000, "edit before demotion");
    await db
      .update(memberships)
      .set({ role: "council_member" })
      .where(eq(memberships.userId, await userId(WORKING_GROUP)));
    server.app.collab.recheckUser(await userId(WORKING_GROUP));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sentBefore = editor.stats().sent;
    editor.doc.getMap("role").set("after", 1);
    await waitFor(() => editor.stats().acked > sentBefore, 2000, "the dropped update is answered");
    expect(watcher.doc.getMap("role").has("after")).toBe(false);
    const stored = new Y.Doc();
    for (const update of (await createDbStore(server.database).load(documentId)).updates) Y.applyUpdate(stored, update);
    expect(stored.getMap("role").toJSON()).toEqual({ before: 1 });
    await db
      .update(memberships)
      .set({ role: "working_group_member" })
      .where(eq(memberships.userId, await userId(WORKING_GROUP)));
  });

  it("closeSessions closes at once and a document event reaches every connection", async () => {
    const a = await open(COORDINATOR);
    const events: unknown[] = [];
    a.onEvent((event) => events.push(event));
    const versionId = "11111111-1111-4111-8111-111111111111";
    server.app.collab.toDocument(documentId, { type: "document.restored", versionId });
    await waitFor(() => events.length === 1, 2000, "event");
    expect(events[0]).toEqual({ type: "document.restored", versionId });

    const token = await sessionTokenFor(server.database.db, WORKING_GROUP);
    const { ws } = await rawConnect(`${wsUrl(server.url)}/${documentId}`, { Authorization: `Bearer ${token}` });
    const closed = closeCodeOf(ws!, 1000);
    const viaClient = openClient(server.url, documentId, token);
    clients.push(viaClient);
    await synced(viaClient);
    const terminal: number[] = [];
    viaClient.onClosed(({ code }) => terminal.push(code));
    server.app.collab.closeSessions([sessionIdFromToken(token)]);
    expect(await closed).toBe(CloseCode.Unauthorized);
    await waitFor(() => terminal.length === 1, 2000, "client told of the terminal close");
    expect(terminal).toEqual([CloseCode.Unauthorized]);
    expect(viaClient.saveState).toBe("offline");
  });
});
