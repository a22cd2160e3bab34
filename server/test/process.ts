import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createDb, type Db, type DbKind } from "../../db/client";
import { createTestDatabase } from "../../db/test/test-db";
import { freePort } from "../free-port";

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** True while the process runs. */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * The real entry point (`server/index.ts`, production build) in a process of its own, over a fresh copy of the
 * test template on the given driver. `prepare` runs against the database before the server opens it (PGlite is
 * single-process), e.g. to create sessions.
 */
export async function startServerProcess(options: {
  driver: DbKind;
  env?: Record<string, string | undefined>;
  prepare?: (db: Db) => Promise<void>;
}): Promise<ServerProcess> {
  const port = await freePort();
  const cleanups: (() => Promise<void> | void)[] = [];
  const env: Record<string, string> = {};
  if (options.driver === "pglite") {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "wspolnie-process-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const template = readFileSync(inject("pgliteTemplate"));
    const setup = await createDb({ dataDir, loadDataDir: new Blob([template]), migrate: false });
    try {
      await options.prepare?.(setup.db);
    } finally {
      await setup.close();
    }
    Object.assign(env, { DATA_DIR: dataDir, DATABASE_URL: "" });
  } else {
    const database = await createTestDatabase("postgres");
    cleanups.push(() => database.close());
    await options.prepare?.(database.db);
    Object.assign(env, { DATABASE_URL: database.url! });
  }
  const url = `http://127.0.0.1:${port}`;
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    PUBLIC_ORIGIN: url,
    SEED_DEMO: "false",
    BUILD_DIR: inject("buildDir"),
    ...env,
    ...options.env,
  };
  // A variable given as undefined is absent in the child, as on a machine where nobody set it.
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited: ${output}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    child,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop,
  };
}
