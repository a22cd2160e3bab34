import { accessSync, constants, existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase } from "drizzle-orm/pg-core";
import type { PostgresJsDatabase, PostgresJsQueryResultHKT } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers expose the same query builder; we type against the postgres.js one. */
export type Db = PostgresJsDatabase<Schema>;
/** An open transaction (the argument of `db.transaction`'s callback). */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A connection or a transaction: what a query function takes when it may run inside its caller's transaction. */
export type Queryable = PgDatabase<PostgresJsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbKind = "pglite" | "postgres";

export interface Database {
  db: Db;
  kind: DbKind;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; "memory://" or undefined with `memory: true` for an in-memory database. */
  dataDir?: string;
  memory?: boolean;
  /** A PGlite data-dir dump (from dumpDataDir) to start from: fast test databases. */
  loadDataDir?: Blob | File;
  /** Run migrations after connecting (default true). */
  migrate?: boolean;
  /** Max postgres.js pool size. */
  poolSize?: number;
  /**
   * Run a file-backed PGlite in a worker thread (db/pglite-remote.ts), off the event loop that carries every
   * editor's keystrokes. Default: on (WSP_PGLITE_WORKER=0 keeps it in this thread). In-memory databases (tests)
   * always run in-process.
   */
  pgliteWorker?: boolean;
  /** Start a new data directory from the build's template (db/pglite-template.ts) when one matches (default true). */
  template?: boolean;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export class ConfigError extends Error {}

export async function createDb(options: CreateDbOptions = {}): Promise<Database> {
  const database = options.databaseUrl ? await connectPostgres(options) : await openPglite(options);
  if (options.migrate !== false) await migrateDb(database);
  return database;
}

async function connectPostgres(options: CreateDbOptions): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(options.databaseUrl!, {
    max: options.poolSize ?? 10,
    onnotice: () => {},
    connect_timeout: 10,
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new ConfigError(`Cannot reach PostgreSQL at ${redactUrl(options.databaseUrl!)}: ${describe(error)}`);
  }
  const db = drizzle(client, { schema });
  return {
    db,
    kind: "postgres",
    ping: async () => {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(options: CreateDbOptions): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { pgliteExtensions } = await import("./pglite-extensions");
  const inMemory = options.memory || !options.dataDir || options.dataDir.startsWith("memory://");
  if (!inMemory) {
    const dir = path.resolve(options.dataDir!);
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
    } catch (error) {
      throw new ConfigError(`The data directory ${dir} is not writable: ${describe(error)}`);
    }
  }
  const releaseLock = inMemory ? () => {} : lockDataDir(path.resolve(options.dataDir!));
  // A new directory starts as a copy of the build's initialised template when one matches this code (db/pglite-template.ts).
  if (!options.loadDataDir && !inMemory && options.template !== false && !existsSync(path.join(path.resolve(options.dataDir!), "PG_VERSION"))) {
    const { copyTemplate } = await import("./pglite-template");
    try {
      copyTemplate(migrationsFolder, path.resolve(options.dataDir!));
    } catch (error) {
      releaseLock();
      throw new ConfigError(`Cannot prepare the data directory ${options.dataDir}: ${describe(error)}`);
    }
  }
  const useWorker = !inMemory && (options.pgliteWorker ?? process.env.WSP_PGLITE_WORKER !== "0");
  let client: { query(sql: string): Promise<unknown>; close(): Promise<void> };
  try {
    if (useWorker) {
      const { RemotePglite } = await import("./pglite-remote");
      client = await RemotePglite.open({ dataDir: path.resolve(options.dataDir!), loadDataDir: options.loadDataDir });
    } else {
      const local = await PGlite.create({
        dataDir: inMemory ? undefined : path.resolve(options.dataDir!),
        loadDataDir: options.loadDataDir,
        extensions: pgliteExtensions,
      });
      if (process.env.WSP_PROBES === "1") {
        const { instrumentPglite } = await import("../server/collab/probes");
        instrumentPglite(local);
      }
      client = local;
    }
  } catch (error) {
    releaseLock();
    throw new ConfigError(`Cannot open the embedded database in ${options.dataDir}: ${describe(error)}`);
  }
  let closed = false;
  // The worker bridge implements the part of PGlite's interface drizzle's PGlite driver uses.
  const db = drizzle(client as InstanceType<typeof PGlite>, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    ping: async () => {
      if (closed) throw new Error("database closed");
      await client.query("select 1");
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
      releaseLock();
    },
  };
}

/**
 * PGlite is single-process: a second process on the same directory silently loses writes. A lock file with
 * the owner's pid refuses the second opener; a lock left by a dead process is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lockFile = path.join(dir, ".wspolnie.lock");
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(readFileSync(lockFile, "utf8"));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new ConfigError(`The data directory ${dir} is in use by another process (pid ${owner}).`);
    }
    writeFileSync(lockFile, String(process.pid));
  }
  return () => {
    try {
      if (readFileSync(lockFile, "utf8") === String(process.pid)) unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function migrateDb(database: Database): Promise<void> {
  if (database.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(database.db, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(database.db as any, { migrationsFolder });
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(invalid URL)";
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}
