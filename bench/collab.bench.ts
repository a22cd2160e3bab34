/**
 * npm run bench — issue #11's headline, as a new user would run it: a fresh server (`server/index.ts`, what
 * `npm start` runs), 1 document × 50 signed-in full Y.Doc clients × 1 edit/s, three runs of 20 s interleaved with
 * the in-memory reference @y/websocket-server 0.1.1 on one growing document, on PGlite and on PostgreSQL. Per
 * database: medians of p50/p99 per server, their ratio, the servers' event-loop delay (their probes), the
 * nothing-lost checks, idle memory, the fresh start-up time (from the build's empty-database template, as `npm start`
 * runs it, and once without it), and which suspect held our loop around the p99
 * deliveries (server/collab/probes.ts, WSP_PROBES=1).
 *
 * Environment:
 * - BENCH_SHORT=1: development mode (1 run of 5 s per server; bench/RESULTS.md left alone);
 * - BENCH_SECONDS, BENCH_RUNS: length and number of runs (default 20 s × 3);
 * - BENCH_WARMUP_SECONDS: editing before each run's measured time, in no figure (default 3 s; bench/lib/run.ts says why);
 * - BENCH_DATABASES=pglite,postgres: which databases (default both);
 * - BENCH_DATABASE_URL: the PostgreSQL server to create the bench database on (default postgres://postgres@127.0.0.1:5432/test);
 * - BENCH_CLIENT_PROCESSES: client processes (default 2); BENCH_PROFILE=ours|reference: CPU profile in /tmp/bench-prof;
 * - BENCH_DEBUG=1: per run, in which second of it the slowest 1 % of deliveries were sent.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { HEADLINE, runHeadline, type DbKind } from "./lib/headline";
import { consoleLines, markdown, summarize, type Summary } from "./lib/report";
import { WARMUP_SECONDS } from "./lib/run";
import { ROOT } from "./lib/servers";
import { ensureTemplate } from "../db/pglite-template";

process.setMaxListeners(0);
const SHORT = process.env.BENCH_SHORT === "1";
const SECONDS = Number(process.env.BENCH_SECONDS ?? (SHORT ? 5 : 20));
const RUNS = Number(process.env.BENCH_RUNS ?? (SHORT ? 1 : 3));
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const DATABASES = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",").map((d) => d.trim()) as DbKind[];

async function main() {
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  console.log(
    `${HEADLINE.name}: ${RUNS} run(s) × ${SECONDS} s per server, interleaved with the reference, on ${DATABASES.join(" and ")}` +
      ` (load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, ${os.cpus().length} cores)`,
  );
  // What `npm run build` (and so `npm start`) prepares: the initialised empty database new data directories copy.
  const template = await ensureTemplate();
  console.log(`Empty-database template (npm run build): ${template.created ? "made now" : "present"}, ${path.relative(ROOT, template.file)}`);
  const summaries: Summary[] = [];
  for (const kind of DATABASES) {
    console.log(`\n${kind}`);
    const headline = await runHeadline(kind, { adminUrl: ADMIN_URL, runs: RUNS, seconds: SECONDS, log: (line) => console.log(line) });
    const summary = summarize(headline);
    summaries.push(summary);
    for (const line of consoleLines(summary)) console.log(line);
  }
  const loadAfter = os.loadavg();
  console.log(`\nLoad average at end ${loadAfter.map((l) => l.toFixed(2)).join(" ")}`);
  if (SHORT || process.env.BENCH_SECONDS || process.env.BENCH_RUNS || process.env.BENCH_DATABASES || process.env.BENCH_WARMUP_SECONDS) {
    console.log("Not the full bench (BENCH_SHORT / BENCH_SECONDS / BENCH_RUNS / BENCH_DATABASES / BENCH_WARMUP_SECONDS set): bench/RESULTS.md left as it was");
    return;
  }
  const lines = [
    "# Collaboration bench: figures of the last run",
    "",
    `Run ${startedAt.toISOString()} with \`npm run bench\` on this machine (${os.cpus().length} cores; load average ` +
      `${loadBefore.map((l) => l.toFixed(2)).join(" ")} at start, ${loadAfter.map((l) => l.toFixed(2)).join(" ")} at end).`,
    "",
    `Scenario (issue #11): ${HEADLINE.name} for ${SECONDS} s (after ${WARMUP_SECONDS} s of warm-up editing that no figure counts), ` +
      `${RUNS} runs per server interleaved (reference, ours, reference, ours …) ` +
      "on one document per server that grows from run to run. Ours: a fresh `server/index.ts` process (what `npm start` runs; " +
      "a stub Remix build), signed-in clients, every edit durable before its acknowledgement, WSP_PROBES=1. Reference: " +
      "`@y/websocket-server` 0.1.1 in memory, no authentication, no persistence. Each server in a child process of its own, " +
      "the clients in two more.",
    "",
    "Method. Every simulated client is a full Y.Doc client speaking the y-websocket protocol over its own websocket " +
      "(sync step 1/2, its awareness state, every edit as a sync update, every incoming update applied to its Y.Doc). " +
      "Each edit carries a unique marker with its send time; fan-out = receipt time − send time (same machine's clock). " +
      "Nothing lost = every edit delivered exactly once to each other client, every edit of ours acknowledged as durable, " +
      "every edit in the document a fresh client syncs from each server and in ours' database after the server stopped. " +
      "Event-loop delay: each server's own `monitorEventLoopDelay` over the measured time. Idle RSS: 2 s after start-up, " +
      "before any client. Fresh start-up: spawn → listening on an empty data directory (demo seed included; on PGlite the data directory starts as a copy of the initialised, migrated template `npm run build` makes — db/pglite-template.ts — and the figure without it, initdb and migrations at start, is given beside).",
    "",
    ...markdown(summaries),
    "",
  ];
  writeFileSync(path.join(ROOT, "bench/RESULTS.md"), lines.join("\n"));
  console.log("Wrote bench/RESULTS.md");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
