import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, migrationsFolder } from "./client";
import { ensureTemplate, templateDir, templateFile, templateKey } from "./pglite-template";
import { partnerships, territorialUnits } from "./schema";
import { readTerytRegister } from "./seed";

/**
 * The build's empty-database template (db/pglite-template.ts): made once, copied into new data directories only,
 * ignored when switched off, and replaced when the code it was made for changes. Real PGlite data directories.
 */
describe("the empty-database template", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "wsp-template-test-"));
  const previous = process.env.WSP_DB_TEMPLATE_DIR;
  const newDir = () => mkdtempSync(path.join(scratch, "data-"));

  beforeAll(() => {
    // This file's own template directory (forks: the variable is this process's alone).
    process.env.WSP_DB_TEMPLATE_DIR = path.join(scratch, "templates");
    delete process.env.WSP_DB_TEMPLATE;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.WSP_DB_TEMPLATE_DIR;
    else process.env.WSP_DB_TEMPLATE_DIR = previous;
    delete process.env.WSP_DB_TEMPLATE;
    rmSync(scratch, { recursive: true, force: true });
  });

  it("is made once under its key, without the process lock, and replaces a template of other code", async () => {
    const stale = path.join(templateDir(), "pglite-0000000000000000");
    mkdirSync(stale, { recursive: true });
    const made = await ensureTemplate();
    expect(made.created).toBe(true);
    expect(made.file).toBe(templateFile(migrationsFolder));
    expect(path.basename(made.file)).toBe(`pglite-${templateKey(migrationsFolder)}`);
    expect(existsSync(path.join(made.file, "PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(made.file, ".wspolnie.lock"))).toBe(false);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(templateDir())).toEqual([path.basename(made.file)]);
    expect(await ensureTemplate()).toEqual({ file: made.file, created: false });
  }, 120_000);

  it("gives a new data directory the migrated schema and the TERYT register before any seeding", async () => {
    await ensureTemplate();
    const database = await createDb({ dataDir: newDir(), migrate: false });
    try {
      const [{ n }] = await database.db.select({ n: count() }).from(territorialUnits);
      expect(n).toBe(readTerytRegister().length);
      const [{ p }] = await database.db.select({ p: count() }).from(partnerships);
      expect(p).toBe(0);
      // The migrations are recorded as applied: migrating again changes nothing.
      const applied = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const before = (applied as unknown as { rows: { n: number }[] }).rows[0].n;
      expect(before).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  }, 60_000);

  it("never touches an existing data directory, and is not used when switched off", async () => {
    await ensureTemplate();
    const dir = newDir();
    const first = await createDb({ dataDir: dir });
    await first.db.delete(territorialUnits);
    await first.close();
    const again = await createDb({ dataDir: dir });
    try {
      const [{ n }] = await again.db.select({ n: count() }).from(territorialUnits);
      expect(n).toBe(0);
    } finally {
      await again.close();
    }

    process.env.WSP_DB_TEMPLATE = "0";
    const bare = await createDb({ dataDir: newDir() });
    try {
      // initdb and the migrations ran here instead: the schema exists, the register does not (the seed loads it).
      const [{ n }] = await bare.db.select({ n: count() }).from(territorialUnits);
      expect(n).toBe(0);
    } finally {
      await bare.close();
      delete process.env.WSP_DB_TEMPLATE;
    }
  }, 120_000);
});
