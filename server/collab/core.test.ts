import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../db/test/test-db";
import { documentUpdates, users } from "../../db/schema";
import { CloseCode, MessageType } from "../../app/lib/collab-protocol";
import type { CollabClient } from "../../app/lib/collab/client";
import { createDbAccess } from "../../app/lib/documents/access.server";
import { createDbStore } from "../../app/lib/documents/store.server";
import { createCollabServer, type CollabServer, type CollabServerOptions } from "./index";
import type { DocumentStore } from "./store";
import { closeCodeOf, openClient, rawConnect, sessionTokenFor, strategyDocumentId, synced, waitFor } from "./test/clients";

const COORDINATOR = "koordynator@ziemia-wysokomazowiecka.demo";

/** The collaboration core alone on a plain HTTP server, with options under test. */
describe.each(testDrivers)("collaboration core on %s", (driver) => {
  let database: TestDatabase;
  let httpServer: http.Server;
  let collab: CollabServer;
  let url: string;
  let documentId: string;
  let token: string;
  const clients: CollabClient[] = [];

  async function start(options: Partial<CollabServerOptions> = {}) {
    collab = createCollabServer({
      access: createDbAccess(database),
      store: createDbStore(database),
      isAllowedOrigin: () => false,
      log: () => {},
      ...options,
    });
    httpServer = http.createServer();
    httpServer.on("upgrade", (req, socket, head) => collab.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  }
  const client = async () => {
    const c = openClient(url, documentId, token);
    clients.push(c);
    await synced(c);
    return c;
  };
  /** Ids of the document's update-log rows (the demo strategy is seeded with some). */
  const updateRowIds = async () =>
    (await database.db.select({ id: documentUpdates.id }).from(documentUpdates).where(eq(documentUpdates.documentId, documentId)))
      .map((r) => r.id)
      .sort((x, y) => x - y);
  const raw = async () => (await rawConnect(`${url.replace("http", "ws")}/collab/${documentId}`, { Authorization: `Bearer ${token}` })).ws!;

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    documentId = await strategyDocumentId(database.db, "ziemia-wysokomazowiecka");
    token = await sessionTokenFor(database.db, COORDINATOR);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await collab.close();
    httpServer.closeAllConnections();
    await new Promise((resolve) => httpServer.close(resolve));
    await database.close();
  });

  it("retries a failed commit, acknowledges only after it succeeds, and never unloads unsaved updates", async () => {
    const real = createDbStore(database);
    let failUntil = Date.now() + 1_000_000;
    let failures = 0;
    const flaky: DocumentStore = {
      ...real,
      append: async (id, batch) => {
        if (Date.now() < failUntil) {
          failures++;
          throw new Error("database unavailable");
        }
        return real.append(id, batch);
      },
    };
    await start({ store: flaky, unloadAfterMs: 20 });
    const rows = () => database.db.select().from(documentUpdates).where(eq(documentUpdates.documentId, documentId));
    const seededRows = (await rows()).length; // the demo strategy's own history
    const a = await client();
    a.doc.getText("t").insert(0, "ważne");
    await waitFor(() => failures >= 3, 3000, "retries");
    expect(a.stats().acked).toBeLessThan(a.stats().sent);
    expect(a.saveState).toBe("saving");
    // The author leaves while the write still fails: the document must stay in memory until it is saved.
    a.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await rows()).toHaveLength(seededRows);
    // Still in memory: a newcomer gets the unsaved text from the room, not a stale load from the database.
    const b = await client();
    expect(b.doc.getText("t").toString()).toBe("ważne");
    b.destroy();
    failUntil = 0;
    await waitFor(() => false, 3000, "").catch(() => {});
    // Saved (and, once idle, compacted into the state row): load it the way the server does.
    const stored = new Y.Doc();
    for (const update of (await real.load(documentId)).updates) Y.applyUpdate(stored, update);
    expect(stored.getText("t").toString()).toBe("ważne");
  }, 20_000);

  it("compacts a document that is due at the next pause, not while its editors keep typing", async () => {
    const real = createDbStore(database);
    let compactions = 0;
    const counting: DocumentStore = {
      ...real,
      compact: async (id) => {
        compactions++;
        return real.compact(id);
      },
    };
    await start({ store: counting, compactAfterUpdates: 5, settleMs: 1000 });
    const a = await client();
    const text = a.doc.getText("t");
    // 20 edits 100 ms apart: four times the threshold, below the ten-fold cap, never a 1 s pause.
    for (let i = 0; i < 20; i++) {
      text.insert(text.length, `${i} `);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(compactions).toBe(0);
    await waitFor(() => compactions === 1, 5000, "compaction at the pause");
    // Folded into the state row: nothing of the log beyond it, and the text loads back whole.
    let loaded = await real.load(documentId);
    for (let tries = 0; loaded.logRows > 0 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      loaded = await real.load(documentId);
    }
    expect(loaded.logRows).toBe(0);
    const stored = new Y.Doc();
    for (const update of loaded.updates) Y.applyUpdate(stored, update);
    expect(stored.getText("t").toString()).toBe(text.toString());
  }, 20_000);

  it("reads the live document while commits are failing, at once, without waiting for the database", async () => {
    const real = createDbStore(database);
    let failures = 0;
    let failing = true;
    const down: DocumentStore = {
      ...real,
      append: async (id, batch) => {
        if (!failing) return real.append(id, batch);
        failures++;
        throw new Error("database unavailable");
      },
    };
    await start({ store: down });
    const seeded = await updateRowIds();
    const a = await client();
    a.doc.getText("t").insert(0, "niezapisane");
    await waitFor(() => failures >= 2, 3000, "failing commits");
    // The commit queue is stuck retrying; a read must not wait for it (a write would: it waits to be durable).
    const read = collab.readDocument(documentId, (doc) => doc.getText("t").toString());
    const outcome = await Promise.race([read, new Promise((resolve) => setTimeout(() => resolve("still waiting"), 2000))]);
    expect(outcome).toBe("niezapisane");
    expect(a.stats().acked).toBeLessThan(a.stats().sent);
    expect(await updateRowIds()).toEqual(seeded);
    // A document nobody has open is read from the store; an unknown one is refused.
    await expect(collab.readDocument("00000000-0000-4000-8000-000000000000", () => "x")).rejects.toThrow(/No document/);
    // The database comes back: the edit is saved and acknowledged after all.
    failing = false;
    await waitFor(() => a.stats().acked >= a.stats().sent, 10_000, "saved once the database is back");
  }, 20_000);

  it("stores a server-side edit with the user it was made for", async () => {
    await start();
    const [coordinator] = await database.db.select().from(users).where(eq(users.email, COORDINATOR));
    const seeded = new Set(await updateRowIds());
    await collab.changeDocument(documentId, coordinator.id, (doc) => doc.getText("t").insert(0, "przywrócone"));
    const rows = await database.db.select().from(documentUpdates).where(eq(documentUpdates.documentId, documentId));
    // The demo strategy's seeded rows stay; the one new row is the server-side edit, stored with its user.
    expect(rows.filter((r) => !seeded.has(r.id)).map((r) => r.userId)).toEqual([coordinator.id]);
    expect(await collab.readDocument(documentId, (doc) => doc.getText("t").toString())).toBe("przywrócone");
  });

  it("calls onDocumentSettled once edits stop, and changeDocument edits durably and live", async () => {
    const settled: string[] = [];
    await start({
      settleMs: 100,
      onDocumentSettled: (id, doc) => {
        settled.push(`${id}:${doc.getText("t").toString()}`);
      },
    });
    const a = await client();
    a.doc.getText("t").insert(0, "abc");
    a.doc.getText("t").insert(3, "def");
    await waitFor(() => settled.length > 0, 2000, "settled");
    expect(settled).toEqual([`${documentId}:abcdef`]);
    await collab.changeDocument(documentId, null, (doc) => doc.getText("t").insert(0, ">"));
    await waitFor(() => a.doc.getText("t").toString() === ">abcdef", 2000, "server edit broadcast");
    const rows = await database.db.select().from(documentUpdates).where(eq(documentUpdates.documentId, documentId));
    expect(rows.some((r) => r.userId === null)).toBe(true);
  });

  it("caps the message rate, connections per document and awareness size, and closes malformed messages", async () => {
    const logged: string[] = [];
    await start({ maxMessagesPerSecond: 20, maxConnectionsPerDocument: 3, maxAwarenessBytes: 1024, log: (message) => logged.push(message) });
    const a = await client();
    const flood = await raw();
    const flooded = closeCodeOf(flood);
    const query = new Uint8Array([MessageType.QueryAwareness]);
    for (let i = 0; i < 100; i++) flood.send(query);
    expect(await flooded).toBe(CloseCode.RateLimited);
    // The refusal is logged with its reason, once, when the socket is gone (never the session token).
    await waitFor(() => logged.length > 0, 2000, "refusal logged");
    expect(logged).toEqual([expect.stringMatching(new RegExp(`^collab: closed a connection \\(4429 too many messages; document ${documentId}, user [0-9a-f-]{36}\\)$`))]);
    expect(logged.join("\n")).not.toContain(token);

    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await raw();
    const third = await raw();
    const fourth = await raw();
    expect(await closeCodeOf(fourth)).toBe(CloseCode.TooManyConnections);
    second.close();
    third.close();
    await new Promise((resolve) => setTimeout(resolve, 100));

    const big = await raw();
    const bigClosed = closeCodeOf(big);
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MessageType.Awareness);
    encoding.writeVarUint8Array(e, new Uint8Array(2048));
    big.send(encoding.toUint8Array(e));
    expect(await bigClosed).toBe(CloseCode.MessageTooBig);

    for (const garbage of [new Uint8Array([0, 7, 1, 2]), new Uint8Array([0, 2, 50, 1]), new Uint8Array([77]), new Uint8Array([1, 5, 1, 2, 3, 4, 5])]) {
      const bad = await raw();
      const closed = closeCodeOf(bad);
      bad.send(garbage);
      expect(await closed).toBe(CloseCode.BadMessage);
    }
    // The well-behaved client is still served.
    a.doc.getText("t").insert(0, "ok");
    await waitFor(() => a.saveState === "saved", 2000, "ack after abuse");
  });
});
