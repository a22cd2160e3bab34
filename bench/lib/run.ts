/**
 * One measured run: the simulated clients (bench/client-worker.ts) in a few child processes against one server,
 * the server's CPU and memory sampled here, its probes read before and after.
 */
import { fork } from "node:child_process";
import path from "node:path";
import pidusage from "pidusage";
import type { ProbeSnapshot } from "../../server/collab/probes";
import type { WorkerDone, WorkerInit } from "../client-worker";
import { attribute, type Attribution } from "./attribution";
import { ROOT, type ServerHandle } from "./servers";
import { percentile, sleep } from "./stats";

export interface Scenario {
  name: string;
  documents: number;
  clientsPerDocument: number;
  editsPerSecond: number;
  /** Full Y.Doc clients (apply every incoming update). */
  apply: boolean;
}

export interface Run {
  server: ServerHandle["label"];
  fanout: { p50: number; p95: number; p99: number; max: number };
  delivered: number;
  expected: number;
  duplicates: number;
  edits: number;
  acked: number;
  ack: { p50: number; p99: number };
  /** Markers of the edits made, per document. */
  markers: string[][];
  syncMs: { p50: number; max: number };
  cpuPercent: number;
  rssMax: number;
  clientCpuPercent: number;
  clientLoopP99: number;
  /** The server's own event-loop delay during the measured time (its probes). */
  loop: ProbeSnapshot["loop"];
  totals: ProbeSnapshot["totals"];
  /** Which suspects held the server's loop while the slowest 1 % of deliveries were under way. */
  tail: Attribution;
}

const WORKERS = Number(process.env.BENCH_CLIENT_PROCESSES ?? 2);
/**
 * Editing before each run's measured seconds, left out of every figure for both servers: in the first second of a
 * run the slowest 1 % of deliveries clustered on both (client processes and servers warming up to a new load),
 * so the p99 measured that transient rather than the steady state the issue is about.
 */
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);

export async function runScenario(
  scenario: Scenario,
  server: ServerHandle,
  documentIds: string[],
  tokens: string[],
  seconds: number,
  round: number,
): Promise<Run> {
  const total = scenario.documents * scenario.clientsPerDocument;
  const count = Math.min(WORKERS, total);
  const workers = Array.from({ length: count }, (_, w) => {
    const child = fork(path.join(ROOT, "bench/client-worker.ts"), [], { execArgv: ["--import", "tsx"], cwd: ROOT });
    const messages: { type: string }[] = [];
    const waiters: (() => void)[] = [];
    child.on("message", (message: { type: string }) => {
      messages.push(message);
      waiters.splice(0).forEach((resolve) => resolve());
    });
    // A client process that exits without the message awaited must not leave the bench waiting for ever.
    let closed = false;
    child.on("close", () => {
      closed = true;
      waiters.splice(0).forEach((resolve) => resolve());
    });
    const next = async <T>(type: string): Promise<T> => {
      for (;;) {
        const found = messages.find((m) => m.type === type);
        if (found) return found as T;
        if (closed) throw new Error(`a client process exited (${child.exitCode}) before sending "${type}"`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    };
    const init: WorkerInit = {
      type: "init",
      ...scenario,
      serverUrl: server.url,
      documentIds,
      tokens,
      from: Math.floor((w * total) / count),
      to: Math.floor(((w + 1) * total) / count),
      seconds,
      round,
      warmupSeconds: WARMUP_SECONDS,
    };
    child.send(init);
    return { child, next };
  });
  const synced = await Promise.all(workers.map((w) => w.next<{ syncTimes: number[] }>("synced")));
  await sleep(500);
  const pid = server.child.pid!;
  for (const w of workers) w.child.send({ type: "start" });
  await sleep(WARMUP_SECONDS * 1000);
  await server.probes(true);
  const samples: { cpu: number; memory: number }[] = [];
  const sampler = setInterval(() => {
    pidusage(pid).then(
      (s) => samples.push({ cpu: s.cpu, memory: s.memory }),
      () => {},
    );
  }, 500);
  const done = await Promise.all(workers.map((w) => w.next<WorkerDone>("done")));
  clearInterval(sampler);
  const probes = await server.probes(true);
  await Promise.all(workers.map((w) => new Promise((resolve) => (w.child.exitCode !== null ? resolve(null) : w.child.once("exit", resolve)))));

  const editsPerDoc = new Array<number>(scenario.documents).fill(0);
  for (const d of done) d.editsPerDoc.forEach((n, i) => (editsPerDoc[i] += n));
  const fanout = done.flatMap((d) => d.fanout);
  const sentAt = done.flatMap((d) => d.sentAt);
  const sorted = [...fanout].sort((a, b) => a - b);
  const ack = done.flatMap((d) => d.ackLatencies).sort((a, b) => a - b);
  const sync = synced.flatMap((s) => s.syncTimes).sort((a, b) => a - b);
  const sum = (pick: (d: WorkerDone) => number) => done.reduce((n, d) => n + pick(d), 0);
  const p99 = percentile(sorted, 99);
  const slow = fanout.flatMap((ms, i) => (ms >= p99 ? [{ start: sentAt[i], end: sentAt[i] + ms }] : []));
  if (process.env.BENCH_DEBUG) {
    const t0 = sentAt.reduce((min, t) => Math.min(min, t), Infinity);
    const bins = new Map<number, number>();
    for (const s of slow) bins.set(Math.floor((s.start - t0) / 1000), (bins.get(Math.floor((s.start - t0) / 1000)) ?? 0) + 1);
    console.log(`    [debug ${server.label}] slow deliveries per second:`, [...bins].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}s:${v}`).join(" "));
  }
  await sleep(300);
  return {
    server: server.label,
    fanout: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99, max: sorted[sorted.length - 1] ?? NaN },
    delivered: sum((d) => d.delivered),
    expected: editsPerDoc.reduce((n, edits) => n + edits * (scenario.clientsPerDocument - 1), 0),
    duplicates: sum((d) => d.duplicates),
    edits: sum((d) => d.edits),
    acked: sum((d) => d.acked),
    ack: { p50: percentile(ack, 50), p99: percentile(ack, 99) },
    markers: Array.from({ length: scenario.documents }, (_, i) => done.flatMap((d) => d.markers[i])),
    syncMs: { p50: percentile(sync, 50), max: sync[sync.length - 1] ?? NaN },
    cpuPercent: samples.length ? samples.reduce((n, s) => n + s.cpu, 0) / samples.length : NaN,
    rssMax: Math.max(probes.rss, ...samples.map((s) => s.memory)),
    clientCpuPercent: done.reduce((n, d) => n + d.cpuPercent, 0) / done.length,
    clientLoopP99: Math.max(...done.map((d) => d.loopDelay.p99)),
    loop: probes.loop,
    totals: probes.totals,
    tail: attribute(slow, probes.spans),
  };
}
