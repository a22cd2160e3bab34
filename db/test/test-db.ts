import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { createDb, type Database, type DbKind } from "../client";

/** The drivers the database tests run on: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set. */
export const testDrivers: DbKind[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends Database {
  /** For postgres: the URL of this test's own database (a second process can connect to it). */
  url?: string;
}

let counter = 0;

/** A fresh database with the schema, the TERYT register and the demo data, on the given driver. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const template = readFileSync(inject("pgliteTemplate"));
    return createDb({ loadDataDir: new Blob([template]), migrate: false });
  }
  const baseUrl = process.env.TEST_DATABASE_URL!;
  const { default: postgres } = await import("postgres");
  const name = `wsp_t_${process.ppid}_${process.pid}_${Date.now()}_${counter++}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = await createDb({ databaseUrl: url.toString(), migrate: false });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const cleanup = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await cleanup.end();
    },
  };
}
