import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Database } from "./client";
import { partnerships } from "./schema";

/** PGlite in a worker thread (the default for a data directory) behind the same Database interface as in-process PGlite. */
describe("PGlite in a worker thread", () => {
  let dir: string;
  let database: Database;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "wsp-pglite-worker-"));
    database = await createDb({
      dataDir: dir,
      loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]),
      migrate: false,
      pgliteWorker: true,
    });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers queries through drizzle, with dates and the pg_trgm extension", async () => {
    const [first] = await database.db.select().from(partnerships).limit(1);
    expect(first.createdAt).toBeInstanceOf(Date);
    const result = (await database.db.execute(sql`select similarity('strategia', 'strategie') as s`)) as unknown as { rows: { s: number }[] };
    expect(result.rows[0].s).toBeGreaterThan(0.3);
  });

  it("commits a transaction, rolls back a failed one, and keeps PostgreSQL's error code", async () => {
    const [p] = await database.db.select().from(partnerships).limit(1);
    await database.db.transaction(async (tx) => {
      await tx.update(partnerships).set({ name: `${p.name} (1)` }).where(eq(partnerships.id, p.id));
    });
    await expect(
      database.db.transaction(async (tx) => {
        await tx.update(partnerships).set({ name: "nigdy" }).where(eq(partnerships.id, p.id));
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    const [after] = await database.db.select().from(partnerships).where(eq(partnerships.id, p.id));
    expect(after.name).toBe(`${p.name} (1)`);
    const failure = await database.db.execute(sql`insert into partnerships (id) values (${p.id})`).catch((e: unknown) => e);
    expect((failure as { cause?: { code?: string } }).cause?.code).toBe("23502");
  });

  it("isolates an open transaction: a statement outside it waits until it commits", async () => {
    const [p] = await database.db.select().from(partnerships).limit(1);
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tx = database.db.transaction(async (t) => {
      await t.update(partnerships).set({ name: "w transakcji" }).where(eq(partnerships.id, p.id));
      await held;
      await t.update(partnerships).set({ name: p.name }).where(eq(partnerships.id, p.id));
      order.push("commit");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = database.db
      .select()
      .from(partnerships)
      .where(eq(partnerships.id, p.id))
      .then(([row]) => {
        order.push("outside");
        return row.name;
      });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(order).toEqual([]);
    release();
    await tx;
    expect(await outside).toBe(p.name);
    expect(order).toEqual(["commit", "outside"]);
  });
});
