/**
 * The empty database a new embedded data directory starts from: PostgreSQL's initdb and our migrations, done
 * once by `npm run build` (scripts in package.json) instead of at every first start, kept as a closed data directory
 * that a new one is copied from.
 *
 * Why: initdb inside PGlite takes 4–6 s of CPU on a 2-core machine, and it is the same work every time — the
 * result depends only on the PGlite version, the extensions it loads, the migrations and the TERYT register
 * (reference data every installation loads; it is in the template too). Copying that result into a new directory
 * and opening it takes under a second (PGlite's own `loadDataDir` tar took two). A template whose key (those four
 * things) does not match is never used: the server then runs initdb and the migrations as before, so a missing or
 * stale template costs time, never correctness. The demo data is not in it: its dates follow the day the server
 * first starts.
 */
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pgliteExtensions } from "./pglite-extensions";
import { seedTeryt, TERYT_FILE } from "./seed";

/** db/client.ts's single-process lock: never part of a template. */
const LOCK_FILE = ".wspolnie.lock";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Where templates live (git-ignored; WSP_DB_TEMPLATE_DIR moves it, e.g. to a read-only image layer). */
export function templateDir(): string {
  return path.resolve(process.env.WSP_DB_TEMPLATE_DIR ?? path.join(ROOT, ".cache", "db-template"));
}

/** What the template's content depends on: PGlite's version, the extensions, every migration file and the TERYT register. */
export function templateKey(migrationsFolder: string): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(TERYT_FILE));
  const pglite = JSON.parse(readFileSync(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string };
  hash.update(`pglite ${pglite.version}\nextensions ${Object.keys(pgliteExtensions).sort().join(",")}\n`);
  const files = readdirSync(migrationsFolder, { recursive: true, encoding: "utf8" }).sort();
  for (const file of files) {
    const full = path.join(migrationsFolder, file);
    if (!file.endsWith(".sql") && !file.endsWith(".json")) continue;
    hash.update(`${file}\n`).update(readFileSync(full));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The template: a cleanly closed data directory, named by its key. */
export function templateFile(migrationsFolder: string): string {
  return path.join(templateDir(), `pglite-${templateKey(migrationsFolder)}`);
}

/**
 * Fills a new data directory from the template matching this code; false when there is none (WSP_DB_TEMPLATE=0
 * ignores it). Copying a closed PostgreSQL data directory is a cold backup: the copy opens as that database.
 */
export function copyTemplate(migrationsFolder: string, dataDir: string): boolean {
  if (process.env.WSP_DB_TEMPLATE === "0") return false;
  const template = templateFile(migrationsFolder);
  if (!existsSync(path.join(template, "PG_VERSION"))) return false;
  // PG_VERSION last: a copy cut short (a full disk) is not mistaken for a database at the next start.
  const marker = path.join(template, "PG_VERSION");
  cpSync(template, dataDir, { recursive: true, filter: (source) => source !== marker && !source.endsWith(LOCK_FILE) });
  copyFileSync(marker, path.join(dataDir, "PG_VERSION"));
  return true;
}

/**
 * Makes the template for this code unless it exists: initdb and the migrations in a temporary directory, closed,
 * then renamed into place, so a reader never sees half a template, and one made meanwhile by another build is never
 * replaced under a reader. Older templates are removed.
 */
export async function ensureTemplate(): Promise<{ file: string; created: boolean }> {
  const { createDb, migrationsFolder } = await import("./client");
  const file = templateFile(migrationsFolder);
  if (existsSync(path.join(file, "PG_VERSION"))) return { file, created: false };
  mkdirSync(templateDir(), { recursive: true });
  const temporary = mkdtempSync(path.join(templateDir(), "tmp-"));
  try {
    const database = await createDb({ dataDir: temporary, pgliteWorker: false, template: false });
    try {
      // Reference data every installation loads first (db/seed.ts): the same rows each time.
      await seedTeryt(database.db);
    } finally {
      await database.close();
    }
    rmSync(path.join(temporary, LOCK_FILE), { force: true });
    try {
      renameSync(temporary, file);
    } catch (error) {
      // Another build made the same template meanwhile: keep theirs (a server may be copying it), drop ours.
      if (!existsSync(path.join(file, "PG_VERSION"))) throw error;
      return { file, created: false };
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  for (const name of readdirSync(templateDir())) {
    const other = path.join(templateDir(), name);
    if (name.startsWith("pglite-") && other !== file) rmSync(other, { recursive: true, force: true });
  }
  return { file, created: true };
}
