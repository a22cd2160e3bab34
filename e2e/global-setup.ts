import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    e2eBuildDir: string;
  }
}

/** One production build per run, in a directory of its own, and the empty-database template `npm run build` makes. */
export default async function setup(project: TestProject) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    throw new Error(`No Chromium at ${chromium}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  // Inside the project, so the build resolves its packages from node_modules.
  const dir = path.resolve(".cache", `e2e-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const buildDir = path.join(dir, "build");
  execFileSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    env: { ...process.env, BUILD_DIR: buildDir, NODE_ENV: "production" },
    stdio: "pipe",
  });
  // As `npm start` runs: each app's new data directory starts from the initialised template (db/pglite-template.ts).
  const { ensureTemplate } = await import("../db/pglite-template");
  await ensureTemplate();
  project.provide("e2eBuildDir", buildDir);
  return () => rmSync(dir, { recursive: true, force: true });
}
