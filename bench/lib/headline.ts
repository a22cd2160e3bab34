/**
 * The headline scenario on one database: a fresh server (start-up timed on an empty database), 1 document × 50
 * signed-in full Y.Doc clients × 1 edit/s, RUNS runs of SECONDS each interleaved with the reference on one
 * growing document, then the nothing-lost checks (a fresh full client syncs the document from each server; ours
 * is also loaded from the database) and a 1 MB document loaded cold and warm.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import pidusage from "pidusage";
import postgres from "postgres";
import * as Y from "yjs";
import { createSession, generateSessionToken } from "../../app/lib/auth/session.server";
import { createCollabClient } from "../../app/lib/collab/client";
import { createDbStore } from "../../app/lib/documents/store.server";
import { createDb, type Database } from "../../db/client";
import { documents, documentStates, partnerships, users } from "../../db/schema";
import { bearerWebSocket } from "../../server/collab/test/clients";
import { runScenario, type Run, type Scenario } from "./run";
import { startOurs, startReference, type ServerHandle } from "./servers";
import { sleep } from "./stats";

export const HEADLINE: Scenario = { name: "1 document × 50 clients × 1 edit/s", documents: 1, clientsPerDocument: 50, editsPerSecond: 1, apply: true };

export type DbKind = "pglite" | "postgres";

export interface Headline {
  kind: DbKind;
  /** Spawn → listening on an empty database (migrations and seed included), ms. */
  startupMs: number;
  /** PGlite only: the same without the build's initialised template (WSP_DB_TEMPLATE=0: initdb and migrations at start), ms. */
  startupWithoutTemplateMs?: number;
  /** RSS of each server idle after start-up (bytes). */
  idle: { ours: number; reference: number };
  runs: { ours: Run; reference: Run }[];
  /** Edits found by a fresh full client synced from each server, and in our database. */
  inServer: { ours: number; reference: number };
  stored: number;
  bigLoadMs: { cold: number; warm: number };
}

interface Target {
  /** How createDb / our server reach the database. */
  open: { dataDir: string } | { databaseUrl: string };
  dispose(): Promise<void>;
}

async function prepareTarget(kind: DbKind, adminUrl: string): Promise<Target> {
  if (kind === "pglite") {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "wsp-bench-pglite-"));
    return { open: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `wsp_bench_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    open: { databaseUrl: url.toString() },
    dispose: async () => {
      const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await again.end();
    },
  };
}

const openDb = (target: Target): Promise<Database> => createDb({ ...target.open, migrate: false });

/** Sessions for the clients, the measured document and a 1 MB one, written while no server holds the database. */
async function fixtures(target: Target): Promise<{ tokens: string[]; documentId: string; bigId: string; bigLength: number }> {
  const database = await openDb(target);
  try {
    const { db } = database;
    const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, "ziemia-wysokomazowiecka"));
    const [coordinator] = await db.select().from(users).where(eq(users.email, "koordynator@ziemia-wysokomazowiecka.demo"));
    const tokens: string[] = [];
    for (let i = 0; i < HEADLINE.clientsPerDocument; i++) {
      const token = generateSessionToken();
      await createSession(db, token, coordinator.id);
      tokens.push(token);
    }
    const [doc, big] = await db
      .insert(documents)
      .values(["bench", "1 MB"].map((title) => ({ partnershipId: partnership.id, kind: "minutes" as const, title })))
      .returning({ id: documents.id });
    const ydoc = new Y.Doc();
    const text = ydoc.getText("s01");
    const paragraph = "Wspólna strategia terytorialna partnerstwa: cele, działania, wskaźniki i projekty. ".repeat(12);
    while (Y.encodeStateAsUpdate(ydoc).byteLength < 1024 * 1024) text.insert(text.length, paragraph);
    await db.insert(documentStates).values({ documentId: big.id, state: Y.encodeStateAsUpdate(ydoc), lastUpdateId: 0 });
    return { tokens, documentId: doc.id, bigId: big.id, bigLength: text.length };
  } finally {
    await database.close();
  }
}

/** The `edits` array of a document as a fresh full y-websocket client (our CollabClient) syncs it. */
async function synced<T>(serverUrl: string, documentId: string, token: string, read: (doc: Y.Doc) => T): Promise<T> {
  const client = createCollabClient({ documentId, serverUrl, WebSocketPolyfill: bearerWebSocket(token) });
  const started = performance.now();
  try {
    while (!client.provider.synced) {
      if (performance.now() - started > 30_000) throw new Error(`a fresh client did not sync ${documentId} in 30 s`);
      await sleep(2);
    }
    return read(client.doc);
  } finally {
    client.destroy();
  }
}

const present = (edits: string[], made: string[]) => {
  const found = new Set(edits.map((e) => e.slice(3, -1)));
  return made.filter((m) => found.has(m)).length;
};

async function idleRss(server: ServerHandle): Promise<number> {
  await sleep(2000);
  return (await pidusage(server.child.pid!)).memory;
}

export async function runHeadline(
  kind: DbKind,
  options: { adminUrl: string; runs: number; seconds: number; log: (line: string) => void },
): Promise<Headline> {
  const target = await prepareTarget(kind, options.adminUrl);
  const servers: ServerHandle[] = [];
  try {
    // 1. A fresh start on an empty database: migrations, TERYT register and demo seed, listening.
    const first = await startOurs(target.open);
    const startupMs = first.startupMs;
    await first.stop();
    options.log(`  ${kind}: fresh start-up ${(startupMs / 1000).toFixed(2)} s`);
    let startupWithoutTemplateMs: number | undefined;
    if (kind === "pglite") {
      const bare = await prepareTarget(kind, options.adminUrl);
      try {
        const untemplated = await startOurs(bare.open, { WSP_DB_TEMPLATE: "0" });
        startupWithoutTemplateMs = untemplated.startupMs;
        await untemplated.stop();
      } finally {
        await bare.dispose();
      }
      options.log(`  ${kind}: fresh start-up without the build's template ${(startupWithoutTemplateMs / 1000).toFixed(2)} s`);
    }
    const { tokens, documentId, bigId, bigLength } = await fixtures(target);
    // 2. Fresh server processes for the measurement.
    const ours = await startOurs(target.open);
    const reference = await startReference();
    servers.push(ours, reference);
    const idle = { ours: await idleRss(ours), reference: await idleRss(reference) };
    const runs: Headline["runs"] = [];
    for (let round = 0; round < options.runs; round++) {
      // Interleaved, on one document per server that grows run after run.
      const ref = await runScenario(HEADLINE, reference, [`ref-${documentId}`], tokens, options.seconds, round);
      const our = await runScenario(HEADLINE, ours, [documentId], tokens, options.seconds, round);
      runs.push({ ours: our, reference: ref });
      options.log(`  ${kind} run ${round + 1}: p99 ours ${our.fanout.p99.toFixed(1)} ms, reference ${ref.fanout.p99.toFixed(1)} ms`);
    }
    const made = (pick: (r: Headline["runs"][number]) => Run) => runs.flatMap((r) => pick(r).markers[0]);
    const editsOf = (doc: Y.Doc) => doc.getArray<string>("edits").toArray();
    const inServer = {
      ours: present(await synced(ours.url, documentId, tokens[0], editsOf), made((r) => r.ours)),
      reference: present(await synced(reference.url, `ref-${documentId}`, tokens[0], editsOf), made((r) => r.reference)),
    };
    const bigLoadMs = { cold: NaN, warm: NaN };
    for (const key of ["cold", "warm"] as const) {
      const started = performance.now();
      const length = await synced(ours.url, bigId, tokens[0], (doc) => doc.getText("s01").length);
      bigLoadMs[key] = performance.now() - started;
      if (length !== bigLength) throw new Error("the 1 MB document did not load completely");
    }
    await ours.stop();
    await reference.stop();
    const database = await openDb(target);
    let stored = 0;
    try {
      const doc = new Y.Doc();
      for (const update of (await createDbStore(database).load(documentId)).updates) Y.applyUpdate(doc, update);
      stored = present(editsOf(doc), made((r) => r.ours));
    } finally {
      await database.close();
    }
    return { kind, startupMs, startupWithoutTemplateMs, idle, runs, inServer, stored, bigLoadMs };
  } finally {
    for (const server of servers) await server.stop();
    await target.dispose();
  }
}
