/**
 * The two servers under test, each in a child process of its own. Ours is the real entry point (`server/index.ts`,
 * what `npm start` runs after its build) with a stub Remix build — the bench needs no pages — and WSP_PROBES=1, so
 * GET /__probes answers with the event-loop histogram and the time per suspect (server/collab/probes.ts). The
 * reference is @y/websocket-server 0.1.1 in memory (bench/servers/reference.ts) with the same probe route.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ProbeSnapshot } from "../../server/collab/probes";
import { freePort } from "../../server/free-port";
import { sleep } from "./stats";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ServerHandle {
  label: "ours" | "reference";
  child: ChildProcess;
  /** Websocket base URL: `${url}/<document>`. */
  url: string;
  /** Spawn → listening (ms). */
  startupMs: number;
  /** The probes since the previous reset (and reset them with `reset`). */
  probes(reset: boolean): Promise<ProbeSnapshot>;
  stop(): Promise<void>;
}

let stubBuild: string | null = null;
/** A Remix build with no routes: `server/start.ts` insists on one in production. */
function stubBuildDir(): string {
  if (stubBuild) return stubBuild;
  stubBuild = mkdtempSync(path.join(os.tmpdir(), "wsp-bench-build-"));
  mkdirSync(path.join(stubBuild, "server"), { recursive: true });
  mkdirSync(path.join(stubBuild, "client"), { recursive: true });
  writeFileSync(
    path.join(stubBuild, "server/index.js"),
    'export const routes = {};\nexport const assets = { routes: {}, entry: { module: "", imports: [] }, url: "", version: "bench" };\n' +
      'export const entry = { module: {} };\nexport const future = {};\nexport const publicPath = "/";\nexport const assetsBuildDirectory = "";\n',
  );
  return stubBuild;
}

async function launch(
  label: ServerHandle["label"],
  script: string,
  env: Record<string, string>,
  readyLine: RegExp,
): Promise<ServerHandle> {
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE === label ? ["--cpu-prof", "--cpu-prof-dir=/tmp/bench-prof"] : [];
  const started = performance.now();
  const child = spawn(process.execPath, [...profile, "--import", "tsx", script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), WSP_PROBES: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (readyLine.test(out)) {
        child.stdout!.off("data", onData);
        child.stdout!.resume();
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready:\n${out}`)));
  });
  const startupMs = performance.now() - started;
  const base = `http://127.0.0.1:${port}`;
  return {
    label,
    child,
    url: `ws://127.0.0.1:${port}/collab`,
    startupMs,
    async probes(reset) {
      const response = await fetch(`${base}/__probes${reset ? "?reset=1" : ""}`);
      if (!response.ok) throw new Error(`${label}: /__probes answered ${response.status}`);
      return (await response.json()) as ProbeSnapshot;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const done = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([done, sleep(15_000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** Our server as `npm start` runs it, on PGlite (`dataDir`) or PostgreSQL (`databaseUrl`). */
export function startOurs(database: { dataDir: string } | { databaseUrl: string }, extraEnv: Record<string, string> = {}): Promise<ServerHandle> {
  const env: Record<string, string> = {
    ...extraEnv,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PUBLIC_ORIGIN: "http://127.0.0.1",
    BUILD_DIR: stubBuildDir(),
    // The simulated clients all sign in as one coordinator: lift the per-user/per-session connection caps.
    COLLAB_MAX_CONNECTIONS_PER_USER: "100000",
    COLLAB_MAX_CONNECTIONS_PER_SESSION: "100000",
  };
  if ("databaseUrl" in database) env.DATABASE_URL = database.databaseUrl;
  else {
    env.DATABASE_URL = "";
    env.DATA_DIR = database.dataDir;
  }
  return launch("ours", "server/index.ts", env, /is running at/);
}

export function startReference(): Promise<ServerHandle> {
  return launch("reference", "bench/servers/reference.ts", {}, /READY/);
}
