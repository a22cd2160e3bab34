/**
 * npm run bench — simulated y-websocket clients against our collaboration server (signed in, PostgreSQL) and,
 * in the same run and on the same workload, against the in-memory reference server @y/websocket-server 0.1.1.
 * Each server runs in a child process (pidusage samples its CPU and memory); the clients run here.
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) names the server to create a fresh
 * database on; BENCH_SECONDS (default 20) the measured time per scenario.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../server/free-port";
import { fileURLToPath } from "node:url";
import pidusage from "pidusage";
import postgres from "postgres";
import * as Y from "yjs";
import { createDb, type Database } from "../db/client";
import { documents, documentStates, partnerships, users } from "../db/schema";
import { seedIfEmpty } from "../db/seed";
import { createSession, generateSessionToken } from "../app/lib/auth/session.server";
import { createCollabClient } from "../app/lib/collab/client";
import { createDbStore } from "../app/lib/documents/store.server";
import type { WorkerDone, WorkerInit } from "./client-worker";
import { bearerWebSocket } from "../server/collab/test/clients";
import { eq } from "drizzle-orm";

process.setMaxListeners(0); // one exit listener per simulated provider
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ROUNDS = 4;

interface Scenario {
  name: string;
  documents: number;
  clientsPerDocument: number;
  editsPerSecond: number;
}
const SCENARIOS: Scenario[] = [
  { name: "1 doc × 50 clients × 1 edit/s", documents: 1, clientsPerDocument: 50, editsPerSecond: 1 },
  { name: "10 docs × 5 clients × 2 edits/s", documents: 10, clientsPerDocument: 5, editsPerSecond: 2 },
  { name: "1 doc × 200 clients × 0.2 edits/s", documents: 1, clientsPerDocument: 200, editsPerSecond: 0.2 },
];

interface Raw {
  syncTimes: number[];
  fanout: number[];
  ackLatencies: number[];
  delivered: number;
  expected: number;
  acked: number;
  edits: number;
  duplicates: number;
  /** Markers of the edits made, per document. */
  markers: string[][];
  cpu: number[];
  memory: number[];
  durable: boolean;
  /** CPU of each client process (% of one core) during the measured time. */
  clientCpu: number[];
  /** Worst event-loop delay p99 (ms) of the client processes, and the server's, during the measured time. */
  clientLoopP99: number;
  serverLoopP99: number;
  /** Our server: p99 of one group-commit write (append call → committed), ms (worst round). */
  commitP99: number | null;
}

interface Result {
  syncMs: { p50: number; max: number };
  fanout: { p50: number; p95: number; p99: number };
  delivered: number;
  expected: number;
  acked: number;
  edits: number;
  ack: { p50: number; p99: number } | null;
  duplicates: number;
  /** Edits made whose marker a fresh full Yjs client found in the document synced from the server / made. */
  inServer: number;
  /** The same in the document loaded from the database (ours only). */
  stored: number | null;
  cpuPercent: number;
  memoryMb: number;
  clientCpuPercent: number;
  clientLoopP99: number;
  serverLoopP99: number;
  /** Our server: p99 of one group-commit write (append call → committed), ms (worst round). */
  commitP99: number | null;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


interface Lag {
  p50: number;
  p99: number;
  max: number;
  /** Our server only: one group-commit write (append call → committed), ms, and how many. */
  commit: { p50: number; p99: number; count: number } | null;
}

interface ServerHandle {
  child: ChildProcess;
  url: string;
  /** Event-loop delay (ms) since the previous call (SIGUSR2 → `LAG p50 p99 max` on stdout). */
  lag(): Promise<Lag>;
}

async function startServer(script: string, env: Record<string, string>): Promise<ServerHandle> {
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE && script.includes(process.env.BENCH_PROFILE) ? ["--cpu-prof", "--cpu-prof-dir=/tmp/bench-prof"] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lagWaiters: ((lag: Lag) => void)[] = [];
  let commit: Lag["commit"] = null;
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("READY")) resolve();
      for (let nl = out.indexOf("\n"); nl >= 0; nl = out.indexOf("\n")) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        const c = /^COMMIT (\S+) (\S+) (\S+)/.exec(line);
        if (c) commit = { p50: Number(c[1]), p99: Number(c[2]), count: Number(c[3]) };
        const m = /^LAG (\S+) (\S+) (\S+)/.exec(line);
        if (m) {
          lagWaiters.shift()?.({ p50: Number(m[1]), p99: Number(m[2]), max: Number(m[3]), commit });
          commit = null;
        }
      }
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const lag = () =>
    new Promise<Lag>((resolve) => {
      lagWaiters.push(resolve);
      child.kill("SIGUSR2");
    });
  return { child, url: `ws://127.0.0.1:${port}/collab`, lag };
}

async function stopServer(child: ChildProcess): Promise<void> {
  const done = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([done, sleep(15_000)]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

const WORKERS = Number(process.env.BENCH_CLIENT_PROCESSES ?? 2);

/** One measured round: the clients run in WORKERS child processes; CPU and memory of the server are sampled here. */
async function runScenario(
  scenario: Scenario,
  server: ServerHandle,
  documentIds: string[],
  tokens: string[],
  database: Database | null,
  seconds: number,
  round: number,
): Promise<Raw> {
  const total = scenario.documents * scenario.clientsPerDocument;
  const workers = Array.from({ length: Math.min(WORKERS, total) }, (_, w) => {
    const child = fork(path.join(ROOT, "bench/client-worker.ts"), [], { execArgv: ["--import", "tsx"], cwd: ROOT });
    const from = Math.floor((w * total) / WORKERS);
    const to = Math.floor(((w + 1) * total) / WORKERS);
    const messages: { type: string }[] = [];
    const waiters: (() => void)[] = [];
    child.on("message", (message: { type: string }) => {
      messages.push(message);
      waiters.splice(0).forEach((resolve) => resolve());
    });
    const next = async <T>(type: string): Promise<T> => {
      for (;;) {
        const found = messages.find((m) => m.type === type);
        if (found) return found as T;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    };
    const init: WorkerInit = { type: "init", ...scenario, serverUrl: server.url, documentIds, tokens, from, to, seconds, round };
    child.send(init);
    return { child, next };
  });
  const synced = await Promise.all(workers.map((w) => w.next<{ syncTimes: number[] }>("synced")));
  await sleep(500);
  const pid = server.child.pid!;
  const baseline = await pidusage(pid);
  await server.lag();
  const samples: { cpu: number; memory: number }[] = [];
  const sampler = setInterval(() => {
    pidusage(pid).then(
      (s) => samples.push({ cpu: s.cpu, memory: s.memory }),
      () => {},
    );
  }, 500);
  for (const w of workers) w.child.send({ type: "start" });
  const done = await Promise.all(workers.map((w) => w.next<WorkerDone>("done")));
  clearInterval(sampler);
  const serverLag = await server.lag();
  await Promise.all(workers.map((w) => new Promise((resolve) => (w.child.exitCode !== null ? resolve(null) : w.child.once("exit", resolve)))));

  const editsPerDoc = new Array<number>(scenario.documents).fill(0);
  for (const d of done) d.editsPerDoc.forEach((n, i) => (editsPerDoc[i] += n));
  const expected = editsPerDoc.reduce((sum, n) => sum + n * (scenario.clientsPerDocument - 1), 0);

  await sleep(300);
  return {
    syncTimes: synced.flatMap((s) => s.syncTimes),
    fanout: done.flatMap((d) => d.fanout),
    ackLatencies: done.flatMap((d) => d.ackLatencies),
    delivered: done.reduce((sum, d) => sum + d.delivered, 0),
    expected,
    acked: done.reduce((sum, d) => sum + d.acked, 0),
    edits: done.reduce((sum, d) => sum + d.edits, 0),
    duplicates: done.reduce((sum, d) => sum + d.duplicates, 0),
    markers: Array.from({ length: scenario.documents }, (_, i) => done.flatMap((d) => d.markers[i])),
    cpu: samples.length ? samples.map((x) => x.cpu) : [baseline.cpu],
    memory: [baseline.memory, ...samples.map((x) => x.memory)],
    durable: database !== null,
    clientCpu: done.map((d) => d.cpuPercent),
    clientLoopP99: Math.max(...done.map((d) => d.loopDelay.p99)),
    serverLoopP99: serverLag.p99,
    commitP99: serverLag.commit?.p99 ?? null,
  };
}

/** The edits array of a document as a fresh full y-websocket client (our CollabClient) syncs it from a server. */
async function syncedEdits(serverUrl: string, documentId: string, token: string): Promise<string[]> {
  const client = createCollabClient({ documentId, serverUrl, WebSocketPolyfill: bearerWebSocket(token) });
  const started = performance.now();
  while (!client.provider.synced) {
    if (performance.now() - started > 30_000) throw new Error(`a fresh client did not sync ${documentId} in 30 s`);
    await sleep(5);
  }
  const edits = client.doc.getArray<string>("edits").toArray();
  client.destroy();
  return edits;
}

/** How many of the markers made are among the edits (each edit is `~e:<marker>~`). */
function countPresent(edits: string[], made: string[]): number {
  const present = new Set(edits.map((e) => e.slice(3, -1)));
  return made.filter((m) => present.has(m)).length;
}

function summarize(rounds: Raw[]): Result {
  const all = (pick: (r: Raw) => number[]) => rounds.flatMap(pick).sort((a, b) => a - b);
  const sum = (pick: (r: Raw) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  const sync = all((r) => r.syncTimes);
  const fanout = all((r) => r.fanout);
  const ack = all((r) => r.ackLatencies);
  const cpu = rounds.flatMap((r) => r.cpu);
  const durable = rounds[0].durable;
  return {
    syncMs: { p50: percentile(sync, 50), max: sync[sync.length - 1] },
    fanout: { p50: percentile(fanout, 50), p95: percentile(fanout, 95), p99: percentile(fanout, 99) },
    delivered: sum((r) => r.delivered),
    expected: sum((r) => r.expected),
    acked: sum((r) => r.acked),
    edits: sum((r) => r.edits),
    ack: durable ? { p50: percentile(ack, 50), p99: percentile(ack, 99) } : null,
    duplicates: sum((r) => r.duplicates),
    inServer: 0,
    stored: null,
    cpuPercent: cpu.reduce((a, b) => a + b, 0) / cpu.length,
    memoryMb: Math.max(...rounds.flatMap((r) => r.memory)) / 1024 / 1024,
    // Mean per client process; the worst round's event-loop delays.
    clientCpuPercent: rounds.flatMap((r) => r.clientCpu).reduce((a, b) => a + b, 0) / rounds.flatMap((r) => r.clientCpu).length,
    clientLoopP99: Math.max(...rounds.map((r) => r.clientLoopP99)),
    serverLoopP99: Math.max(...rounds.map((r) => r.serverLoopP99)),
    commitP99: rounds[0].commitP99 === null ? null : Math.max(...rounds.map((r) => r.commitP99 ?? 0)),
  };
}

async function prepareDatabase(): Promise<{ database: Database; url: string; name: string }> {
  const name = `wsp_bench_${Date.now()}`;
  const admin = postgres(BASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  const database = await createDb({ databaseUrl: url.toString(), poolSize: 4 });
  await seedIfEmpty(database.db);
  return { database, url: url.toString(), name };
}

async function dropDatabase(name: string): Promise<void> {
  const admin = postgres(BASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  await admin.end();
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

async function main() {
  const startedAt = new Date();
  const loadBefore = os.loadavg()[0];
  console.log(`Preparing a fresh PostgreSQL database on ${BASE_URL.replace(/\/\/[^@]*@/, "//")} …`);
  const { database, url, name } = await prepareDatabase();
  const lines: string[] = [];
  try {
    const db = database.db;
    const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, "ziemia-wysokomazowiecka"));
    const [coordinator] = await db.select().from(users).where(eq(users.email, "koordynator@ziemia-wysokomazowiecka.demo"));
    const tokens: string[] = [];
    for (let i = 0; i < 50; i++) {
      const token = generateSessionToken();
      await createSession(db, token, coordinator.id);
      tokens.push(token);
    }
    const newDocuments = async (count: number, title: string) => {
      const rows = await db
        .insert(documents)
        .values(Array.from({ length: count }, (_, i) => ({ partnershipId: partnership.id, kind: "minutes" as const, title: `${title} ${i + 1}` })))
        .returning({ id: documents.id });
      return rows.map((r) => r.id);
    };

    const results: { scenario: Scenario; ours: Result; reference: Result }[] = [];
    // BENCH_ONLY=1,3 runs some scenarios only (and leaves RESULTS.md alone).
    const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",").map(Number) : null;
    for (const scenario of SCENARIOS.filter((_, i) => !only || only.includes(i + 1))) {
      const ids = await newDocuments(scenario.documents, scenario.name);
      console.log(`\n${scenario.name}: ${SECONDS} s per server`);
      // Both servers run side by side; rounds alternate so that other load on the machine hits both alike.
      const ref = await startServer("bench/servers/reference.ts", {});
      const our = await startServer("bench/servers/ours.ts", { DATABASE_URL: url });
      const refRounds: Raw[] = [];
      const ourRounds: Raw[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const seconds = SECONDS / ROUNDS;
        refRounds.push(await runScenario(scenario, ref, ids.map((id) => `ref-${id}`), tokens, null, seconds, round));
        ourRounds.push(await runScenario(scenario, our, ids, tokens, database, seconds, round));
      }
      const reference = summarize(refRounds);
      const ours = summarize(ourRounds);
      // Zero lost edits, checked with full Yjs clients: every marker made in every round must be in the document
      // synced from the server by a fresh client and, for ours, in the document loaded from the database.
      const madeIn = (rounds: Raw[], d: number) => rounds.flatMap((r) => r.markers[d]);
      for (let d = 0; d < scenario.documents; d++) {
        reference.inServer += countPresent(await syncedEdits(ref.url, `ref-${ids[d]}`, tokens[0]), madeIn(refRounds, d));
        ours.inServer += countPresent(await syncedEdits(our.url, ids[d], tokens[0]), madeIn(ourRounds, d));
      }
      await stopServer(ref.child);
      await stopServer(our.child);
      ours.stored = 0;
      const store = createDbStore(database);
      for (let d = 0; d < scenario.documents; d++) {
        const doc = new Y.Doc();
        for (const update of (await store.load(ids[d])).updates) Y.applyUpdate(doc, update);
        ours.stored += countPresent(doc.getArray<string>("edits").toArray(), madeIn(ourRounds, d));
      }
      results.push({ scenario, ours, reference });
      printScenario(scenario, ours, reference);
    }

    // A fresh client loading a ~1 MB document from the database (cold: the server has not loaded it yet).
    const [bigId] = await newDocuments(1, "1 MB");
    const big = new Y.Doc();
    const text = big.getText("s01");
    const paragraph = "Wspólna strategia terytorialna partnerstwa: cele, działania, wskaźniki i projekty. ".repeat(12);
    while (Y.encodeStateAsUpdate(big).byteLength < 1024 * 1024) text.insert(text.length, paragraph);
    const state = Y.encodeStateAsUpdate(big);
    await db.insert(documentStates).values({ documentId: bigId, state, lastUpdateId: 0 });
    const our = await startServer("bench/servers/ours.ts", { DATABASE_URL: url });
    const loadTimes: number[] = [];
    for (let round = 0; round < 2; round++) {
      const started = performance.now();
      const client = createCollabClient({ documentId: bigId, serverUrl: our.url, WebSocketPolyfill: bearerWebSocket(tokens[0]) });
      while (!client.provider.synced) await sleep(2);
      loadTimes.push(performance.now() - started);
      if (client.doc.getText("s01").length !== text.length) throw new Error("the 1 MB document did not load completely");
      client.destroy();
    }
    await stopServer(our.child);
    console.log(
      `\n1 MB document (${(state.byteLength / 1024 / 1024).toFixed(2)} MB state): fresh client synced in ${fmt(loadTimes[0])} ms from the database (cold), ${fmt(loadTimes[1])} ms when already loaded`,
    );

    lines.push(
      "# Collaboration bench: figures of the last run",
      "",
      `Run ${startedAt.toISOString()} with \`npm run bench\` (${SECONDS} s per scenario and server) on this machine ` +
        `(2 cores shared with other work; clients in ${WORKERS} child processes, each server in a child process of its own). ` +
        "Ours: signed-in clients, PostgreSQL 15 on 127.0.0.1, durable acknowledgement after group commit. " +
        "Reference: `@y/websocket-server` 0.1.1, in memory, no authentication, no persistence. " +
        "Per scenario both servers run side by side and the measurement alternates between them in 4 rounds, so " +
        `load from other work hits both alike. Load average (1 min) at start ${loadBefore.toFixed(1)}, at end ${os.loadavg()[0].toFixed(1)} ` +
        `on ${os.cpus().length} cores: latencies above a few ms mostly measure waiting for a CPU.`,
      "",
      "Method. Every simulated client speaks the y-websocket protocol over its own websocket (sync step 1/2 on " +
        "connect, its awareness state, every edit as a sync update, like y-websocket's `WebsocketProvider`); each " +
        "edit is a real Yjs update (an insert into the `edits` array of the client's own `Y.Doc`) carrying a unique " +
        "marker with its send time. Clients do not apply the other clients' updates to their `Y.Doc` (with 200 " +
        "clients that alone saturated the client processes); they find the markers in the raw bytes of each " +
        "incoming update. Fan-out = receipt time − send time of a marker (wall clock, same machine). " +
        "Delivered/expected counts distinct (receiver, edit) pairs (each edit must reach every other client of its " +
        "document exactly once). After each scenario a fresh full Yjs client syncs every document from each server " +
        "and our documents are also loaded from the database; \"edits in synced doc / in DB\" count the edits made " +
        "whose marker is there. Durable ack = edit → our `Persisted` acknowledgement covering it.",
      "",
      "| scenario | server | sync p50 / max (ms) | fan-out p50 / p95 / p99 (ms) | delivered / expected | durable ack p50 / p99 (ms) | edits in synced doc / in DB / made | server CPU avg | RSS max |",
      "|---|---|---|---|---|---|---|---|---|",
    );
    for (const { scenario, ours, reference } of results) {
      for (const [label, r] of [
        ["ours", ours],
        ["reference", reference],
      ] as const) {
        lines.push(
          `| ${scenario.name} | ${label} | ${fmt(r.syncMs.p50)} / ${fmt(r.syncMs.max)} | ${fmt(r.fanout.p50)} / ${fmt(r.fanout.p95)} / ${fmt(r.fanout.p99)} | ${r.delivered} / ${r.expected} | ${r.ack ? `${fmt(r.ack.p50)} / ${fmt(r.ack.p99)}` : "– (in memory)"} | ${r.inServer} / ${r.stored === null ? "–" : r.stored} / ${r.edits} | ${fmt(r.cpuPercent, 0)} % | ${fmt(r.memoryMb, 0)} MB |`,
        );
      }
      lines.push(
        `| ${scenario.name} | **ours / reference** | ${ratio(ours.syncMs.p50, reference.syncMs.p50)} | ${ratio(ours.fanout.p50, reference.fanout.p50)} / ${ratio(ours.fanout.p95, reference.fanout.p95)} / ${ratio(ours.fanout.p99, reference.fanout.p99)} | | | | ${ratio(ours.cpuPercent, reference.cpuPercent)} | ${ratio(ours.memoryMb, reference.memoryMb)} |`,
      );
    }
    lines.push(
      "",
      "Where the time goes (measured time only; client CPU is the mean per client process, % of one core; event-loop delay is the worst round):",
      "",
      "| scenario | server | server event-loop delay p99 (ms) | group-commit write p99 (ms) | client processes CPU | client event-loop delay p99 (ms) |",
      "|---|---|---|---|---|---|",
      ...results.flatMap(({ scenario, ours, reference }) =>
        ([["ours", ours], ["reference", reference]] as const).map(
          ([label, r]) => `| ${scenario.name} | ${label} | ${fmt(r.serverLoopP99)} | ${r.commitP99 === null ? "–" : fmt(r.commitP99)} | ${fmt(r.clientCpuPercent, 0)} % | ${fmt(r.clientLoopP99)} |`,
        ),
      ),
      "",
      `Fresh client loading a 1 MB document (${(state.byteLength / 1024 / 1024).toFixed(2)} MB Yjs state) from the database: ` +
        `${fmt(loadTimes[0])} ms cold (server loads it from PostgreSQL), ${fmt(loadTimes[1])} ms warm.`,
      "",
      "Targets: zero lost edits (delivered = expected, no duplicates, every edit acknowledged, edits in synced doc = in DB = made); durable ack p99 < 100 ms; fan-out p99 ≤ 1.25× the reference on the first two scenarios and < 300 ms on the third.",
      "",
    );
    const verdicts = results.map(({ scenario, ours, reference }, i) => {
      const lost =
        ours.delivered !== ours.expected ||
        ours.duplicates > 0 ||
        ours.inServer < ours.edits ||
        (ours.stored ?? 0) < ours.edits ||
        ours.acked < ours.edits;
      const ackOk = ours.ack !== null && ours.ack.p99 < 100;
      const fanoutOk = i < 2 ? ours.fanout.p99 <= 1.25 * reference.fanout.p99 : ours.fanout.p99 < 300;
      return `- ${scenario.name}: ${lost ? "LOST EDITS" : "no lost edits"}; durable ack p99 ${ackOk ? "met" : "MISSED"}; fan-out p99 target ${fanoutOk ? "met" : "MISSED"}.`;
    });
    lines.push(...verdicts, "");
    console.log(`\n${verdicts.join("\n")}`);
    if (process.env.BENCH_ONLY) {
      console.log("\nBENCH_ONLY run: bench/RESULTS.md left as it was");
    } else {
      writeFileSync(path.join(ROOT, "bench/RESULTS.md"), lines.join("\n"));
      console.log("\nWrote bench/RESULTS.md");
    }
  } finally {
    await database.close();
    await dropDatabase(name);
  }
}

function printScenario(scenario: Scenario, ours: Result, reference: Result) {
  for (const [label, r] of [
    ["ours", ours],
    ["reference", reference],
  ] as const) {
    console.log(
      `  ${label.padEnd(9)} sync p50 ${fmt(r.syncMs.p50)} ms (max ${fmt(r.syncMs.max)}) · fan-out p50/p95/p99 ${fmt(r.fanout.p50)}/${fmt(r.fanout.p95)}/${fmt(r.fanout.p99)} ms · delivered ${r.delivered}/${r.expected}` +
        (r.ack ? ` · durable ack p50/p99 ${fmt(r.ack.p50)}/${fmt(r.ack.p99)} ms (${r.acked}/${r.edits} acked) · in DB ${r.stored}/${r.edits}` : "") +
        ` · in synced doc ${r.inServer}/${r.edits}${r.duplicates ? ` · ${r.duplicates} DUPLICATE deliveries` : ""}` +
        ` · CPU ${fmt(r.cpuPercent, 0)} % · RSS ${fmt(r.memoryMb, 0)} MB · server loop delay p99 ${fmt(r.serverLoopP99)} ms` +
        (r.commitP99 === null ? "" : ` · group-commit write p99 ${fmt(r.commitP99)} ms`) +
        ` · client processes CPU ${fmt(r.clientCpuPercent, 0)} % each, loop delay p99 ${fmt(r.clientLoopP99)} ms`,
    );
  }
  console.log(
    `  ours/ref  fan-out p99 ${ratio(ours.fanout.p99, reference.fanout.p99)} · CPU ${ratio(ours.cpuPercent, reference.cpuPercent)} · RSS ${ratio(ours.memoryMb, reference.memoryMb)}`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
