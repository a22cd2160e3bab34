import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { documents, partnerships } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { openClient, sessionTokenFor, synced, waitFor } from "./collab/test/clients";
import { httpRequests, websocketFrames, type FuzzTargets } from "./test/fuzz-arbitraries";
import { startServerProcess, type ServerProcess } from "./test/process";
import { rawRequest } from "./test/raw";

/**
 * Generated malformed requests and websocket frames against the real server process. Reproduce a failure with
 * FUZZ_SEED=<seed printed in the failure>; FUZZ_HTTP_RUNS / FUZZ_WS_RUNS make a longer run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
// One budget for the whole run, shared by the drivers (PGlite alone, or PGlite and PostgreSQL).
const HTTP_RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? Math.round(3000 / testDrivers.length));
const WS_RUNS = Number(process.env.FUZZ_WS_RUNS ?? Math.round(400 / testDrivers.length));
const SLUG = "ziemia-wysokomazowiecka";

async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Opens a websocket, sends the frames, then asks for presence: resolves with the server's close code, or null when still open. */
function sendFrames(url: string, token: string, frames: (Uint8Array | string)[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { Authorization: `Bearer ${token}` } });
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error("websocket did not answer in 5 s"));
    }, 5000);
    const done = (code: number | null) => {
      clearTimeout(timer);
      ws.removeAllListeners();
      ws.on("error", () => {});
      ws.terminate();
      resolve(code);
    };
    ws.on("unexpected-response", (_req, res) => {
      res.resume();
      done(-(res.statusCode ?? 0));
    });
    ws.on("error", () => {});
    ws.on("close", (code) => done(code));
    ws.on("open", () => {
      for (const frame of frames) ws.send(frame, { binary: typeof frame !== "string" });
      // QueryAwareness: every message before it has been handled once its answer (an awareness message) arrives.
      ws.send(new Uint8Array([3]));
      ws.on("message", (data: Buffer) => {
        if (data[0] === 1) done(null);
      });
    });
  });
}

describe.each(testDrivers)("fuzzing the running server on %s", (driver) => {
  let server: ServerProcess;
  let targets: FuzzTargets;
  const wsTokens: { editor: string; reader: string; check: string[] } = { editor: "", reader: "", check: [] };

  beforeAll(async () => {
    const prepared: Partial<FuzzTargets> = { slug: SLUG };
    server = await startServerProcess({
      driver,
      prepare: async (db) => {
        const [row] = await db
          .select({ id: documents.id })
          .from(documents)
          .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
          .where(and(eq(partnerships.slug, SLUG), eq(documents.kind, "strategy")));
        prepared.documentId = row.id;
        prepared.editorToken = await sessionTokenFor(db, `koordynator@${SLUG}.demo`);
        prepared.readerToken = await sessionTokenFor(db, `rada1@${SLUG}.demo`);
        // Sessions the HTTP fuzz never sees (it may sign its own out).
        wsTokens.editor = await sessionTokenFor(db, `grupa@${SLUG}.demo`);
        wsTokens.reader = await sessionTokenFor(db, `rada2@${SLUG}.demo`);
        wsTokens.check = [await sessionTokenFor(db, `grupa@${SLUG}.demo`), await sessionTokenFor(db, `grupa@${SLUG}.demo`)];
      },
    });
    targets = { ...(prepared as FuzzTargets), origin: server.url };
  }, 120_000);
  afterAll(() => server?.stop());

  const healthy = async () => {
    expect(server.alive(), server.output().slice(-2000)).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // Every failure was handled where it happened, not by the process-wide last resort.
    expect(server.output()).not.toMatch(/unhandled rejection|uncaught exception/i);
  };

  it("survives the request of finding 1 (a session cookie that does not decode)", async () => {
    const status = await rawRequest(server.port, "GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: wspolnie_session=%E0%A4%A\r\nConnection: close\r\n\r\n");
    expect(status).toBe(200);
    await healthy();
  });

  it(`answers ${HTTP_RUNS} generated malformed requests without a 5xx and keeps running (seed ${SEED})`, { timeout: 90_000 }, async () => {
    const requests = fc.sample(httpRequests(targets), { numRuns: HTTP_RUNS, seed: SEED });
    const failures: string[] = [];
    await inPool(requests, 6, async (request) => {
      let status: number;
      try {
        status = await rawRequest(server.port, request.bytes, 15_000);
      } catch (error) {
        failures.push(`${request.summary}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      if (status >= 500 || status === 0) failures.push(`${status} ← ${JSON.stringify(request.bytes.toString("latin1").slice(0, 600))}`);
    });
    expect(failures.slice(0, 10), `seed ${SEED}; ${failures.length} failures`).toEqual([]);
    await healthy();
  });

  it(`closes only the sender of ${WS_RUNS} generated malformed websocket message groups; editing goes on (seed ${SEED})`, { timeout: 90_000 }, async () => {
    const url = `${server.url.replace(/^http/, "ws")}/collab/${targets.documentId}`;
    const groups = fc.sample(fc.array(websocketFrames(), { minLength: 1, maxLength: 6 }), { numRuns: WS_RUNS, seed: SEED });
    const codes = new Map<number | null, number>();
    await inPool(
      groups.map((frames, i) => ({ frames, token: i % 3 === 2 ? wsTokens.reader : wsTokens.editor })),
      4,
      async ({ frames, token }) => {
        const code = await sendFrames(url, token, frames);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      },
    );
    // 4000: a generated update that starts beyond what the server has of its client (docs/collaboration.md).
    const allowed = new Set([null, 4000, 4400, 4413, 4429, 1009, 1007, 1002]);
    expect([...codes.keys()].filter((code) => !allowed.has(code)), JSON.stringify([...codes])).toEqual([]);
    await healthy();

    // Two people still edit together, and the edit is durably acknowledged.
    const a = openClient(server.url, targets.documentId, wsTokens.check[0]);
    const b = openClient(server.url, targets.documentId, wsTokens.check[1]);
    try {
      await Promise.all([synced(a), synced(b)]);
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText("Po burzy: edycja działa.")]);
      a.doc.getXmlFragment("s05").insert(0, [paragraph]);
      await waitFor(() => a.stats().acked > 0 && !a.hasUnsavedChanges, 10_000, "durable acknowledgement");
      await waitFor(() => b.doc.getXmlFragment("s05").toString().includes("Po burzy: edycja działa."), 10_000, "the edit at the other client");
    } finally {
      a.destroy();
      b.destroy();
    }
    await healthy();
  });
});
