import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../free-port";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type * as Y from "yjs";
import { createDb, type Database, type DbKind } from "../../db/client";
import { createTestDatabase, testDrivers } from "../../db/test/test-db";
import type { CollabClient } from "../../app/lib/collab/client";
import { openClient, sessionTokenFor, strategyDocumentId, synced, waitFor } from "./test/clients";

const ZW = "ziemia-wysokomazowiecka";
const EDITORS = [`koordynator@${ZW}.demo`, `grupa@${ZW}.demo`, `koordynator@${ZW}.demo`, `grupa@${ZW}.demo`, `koordynator@${ZW}.demo`];


function startChild(env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/collab/test/child-server.ts"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`child did not start: ${output}`)), 30_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("READY")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code}): ${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

const editsOf = (doc: Y.Doc) => new Set(doc.getArray<string>("edits").toArray());

describe.each(testDrivers)("crash safety on %s", (driver: DbKind) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("keeps every acknowledged edit through a SIGKILL mid-burst, and every edit once clients reconnect", { timeout: 120_000 }, async () => {
    // A database the child process owns: a PGlite data directory, or a PostgreSQL database of its own.
    let setup: Database;
    let env: Record<string, string>;
    if (driver === "pglite") {
      const dir = mkdtempSync(path.join(os.tmpdir(), "wsp-crash-"));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      setup = await createDb({ dataDir: dir, loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]), migrate: false });
      env = { DATA_DIR: dir, DATABASE_URL: "" };
    } else {
      const database = await createTestDatabase("postgres");
      cleanups.push(() => database.close());
      setup = database;
      env = { DATABASE_URL: database.url! };
    }
    const documentId = await strategyDocumentId(setup.db, ZW);
    const tokens = await Promise.all(EDITORS.map((email) => sessionTokenFor(setup.db, email)));
    const readerToken = await sessionTokenFor(setup.db, EDITORS[0]);
    // PGlite is single-process: the child opens the directory only after we let go of it.
    if (driver === "pglite") await setup.close();

    const port = await freePort();
    env = { ...env, PORT: String(port) };
    const url = `http://127.0.0.1:${port}`;
    let child = await startChild(env);
    cleanups.push(() => {
      child.kill("SIGKILL");
    });

    const clients: CollabClient[] = [];
    cleanups.push(() => clients.forEach((c) => c.destroy()));
    const made: string[][] = EDITORS.map(() => []);
    const acknowledged = new Set<string>();
    const awaitingAck: { id: string; generation: number; sent: number }[][] = EDITORS.map(() => []);
    for (let i = 0; i < EDITORS.length; i++) {
      const client = openClient(url, documentId, tokens[i]);
      client.onPersisted((count, generation) => {
        awaitingAck[i] = awaitingAck[i].filter((edit) => {
          if (edit.generation !== generation || edit.sent > count) return true;
          acknowledged.add(edit.id);
          return false;
        });
      });
      clients.push(client);
    }
    await Promise.all(clients.map((c) => synced(c, 10_000)));

    // Burst: every client appends an edit every few milliseconds.
    let bursting = true;
    const bursts = clients.map(async (client, i) => {
      let n = 0;
      while (bursting) {
        const id = `c${i}-${n++}`;
        client.doc.getArray<string>("edits").push([id]);
        made[i].push(id);
        const { generation, sent } = client.stats();
        if (client.provider.wsconnected) awaitingAck[i].push({ id, generation, sent });
        await new Promise((resolve) => setTimeout(resolve, 4 + i));
      }
    });
    await waitFor(() => acknowledged.size >= 200, 20_000, "acknowledgements before the kill");
    child.kill("SIGKILL");
    await exited(child);
    const acknowledgedAtKill = new Set(acknowledged);
    // Keep editing offline for a moment, then stop; the clients must not reconnect yet.
    await new Promise((resolve) => setTimeout(resolve, 300));
    bursting = false;
    await Promise.all(bursts);
    for (const client of clients) client.provider.disconnect();
    const unacknowledged = made.flat().filter((id) => !acknowledgedAtKill.has(id)).length;
    expect(acknowledgedAtKill.size).toBeGreaterThan(0);
    expect(unacknowledged).toBeGreaterThan(0);

    // Restart on the same data: a fresh client sees exactly what the database holds.
    child = await startChild(env);
    const fresh = openClient(url, documentId, readerToken);
    clients.push(fresh);
    await synced(fresh, 10_000);
    const loaded = editsOf(fresh.doc);
    const missing = [...acknowledgedAtKill].filter((id) => !loaded.has(id));
    expect(missing).toEqual([]);

    // The clients reconnect and the sync protocol hands the server whatever it lacks.
    for (const client of clients.slice(0, EDITORS.length)) client.provider.connect();
    const everything = made.flat();
    await waitFor(() => everything.every((id) => editsOf(fresh.doc).has(id)), 20_000, "every edit after reconnect");
    await waitFor(() => clients.every((c) => c.saveState === "saved" && !c.hasUnsavedChanges), 10_000, "all saved");

    // A graceful stop drains the writes: after another restart the database has every edit.
    for (const client of clients) client.provider.disconnect();
    child.kill("SIGTERM");
    await exited(child);
    expect(child.exitCode).toBe(0);
    child = await startChild(env);
    const last = openClient(url, documentId, readerToken);
    clients.push(last);
    await synced(last, 10_000);
    const final = editsOf(last.doc);
    expect(everything.filter((id) => !final.has(id))).toEqual([]);
    expect(final.size).toBe(everything.length);
  });
});
