import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { createDb } from "../client";
import { seedIfEmpty } from "../seed";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
    /** A Remix build made for this test run ("" when WSP_TEST_BUILD=0). */
    buildDir: string;
  }
}

/**
 * Builds one migrated and seeded template per driver, so each test database starts in ~1 s instead of
 * running initdb, migrations and the TERYT load again.
 */
export default async function setup(project: TestProject) {
  const dir = path.join(os.tmpdir(), `wspolnie-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });

  const pglite = await createDb({ memory: true });
  await seedIfEmpty(pglite.db);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const client = (pglite.db as any).$client as PGlite;
  const dump = await client.dumpDataDir("none");
  const templatePath = path.join(dir, "pglite-template.tar");
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide("pgliteTemplate", templatePath);

  const url = process.env.TEST_DATABASE_URL;
  let templateName = "";
  if (url) {
    const { default: postgres } = await import("postgres");
    templateName = `wsp_template_${process.pid}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.unsafe(`CREATE DATABASE ${templateName}`);
    const templateUrl = withDatabase(url, templateName);
    const pg = await createDb({ databaseUrl: templateUrl, poolSize: 1 });
    await seedIfEmpty(pg.db);
    await pg.close();
    await admin.end();
  }
  project.provide("postgresTemplate", templateName);

  // Page tests use a build of their own, so parallel runs never share build/.
  let buildDir = "";
  if (process.env.WSP_TEST_BUILD !== "0") {
    // Inside the project, so the build resolves its packages from node_modules.
    buildDir = path.resolve(".cache", `test-${process.pid}`, "build");
    const { execFileSync } = await import("node:child_process");
    execFileSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
      env: { ...process.env, BUILD_DIR: buildDir, NODE_ENV: "production" },
      stdio: "pipe",
    });
  }
  project.provide("buildDir", buildDir);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (buildDir) rmSync(path.dirname(buildDir), { recursive: true, force: true });
    if (url && templateName) {
      const { default: postgres } = await import("postgres");
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      const leftovers = await admin`select datname from pg_database where datname like ${`wsp_t_${process.pid}_%`} or datname = ${templateName}`;
      for (const row of leftovers) {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`).catch(() => {});
      }
      await admin.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
