/**
 * PGlite in a worker thread (db/pglite-worker.js) behind the part of PGlite's interface that drizzle's PGlite
 * driver uses — `query`, `exec`, `transaction` — so `drizzle-orm/pglite` runs on it unchanged. Every call is one
 * message; a transaction is opened in the worker and kept open until its callback here settles.
 *
 * Limits of the bridge: query parsers must be identity functions (drizzle's are: they keep dates as strings),
 * as functions cannot cross threads; only PGlite errors' plain fields (code, detail, constraint …) come back.
 */
import { Worker } from "node:worker_threads";
import type { Reply, Request, WireOptions, WorkerInit } from "./pglite-wire";

interface QueryOptions {
  rowMode?: "array" | "object";
  parsers?: Record<number, (value: string, typeId: number) => unknown>;
}

type Call = Request extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

function wire(options: QueryOptions | undefined): WireOptions | undefined {
  if (!options) return undefined;
  const oids = options.parsers ? Object.keys(options.parsers).map(Number) : undefined;
  for (const oid of oids ?? []) {
    if (options.parsers![oid]("probe", oid) !== "probe") throw new Error(`PGlite worker: parser for type ${oid} is not the identity`);
  }
  return { rowMode: options.rowMode, rawOids: oids };
}

export interface RemoteTransaction {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<unknown>;
  exec(sql: string, options?: QueryOptions): Promise<unknown>;
  rollback(): Promise<void>;
  readonly closed: boolean;
}

export class RemotePglite {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private dead: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiter) return;
      if (reply.error) waiter.reject(Object.assign(new Error(reply.error.message), reply.error.fields));
      else waiter.resolve(reply.result);
    });
    const fail = (error: Error) => {
      this.dead = error;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the PGlite worker exited (${code})`)));
  }

  static async open(init: { dataDir?: string; loadDataDir?: Blob }): Promise<RemotePglite> {
    const data: WorkerInit = { dataDir: init.dataDir, loadDataDir: init.loadDataDir ? await init.loadDataDir.arrayBuffer() : undefined };
    const worker = new Worker(new URL("./pglite-worker.js", import.meta.url), { workerData: data });
    const remote = new RemotePglite(worker);
    await remote.call({ op: "query", sql: "select 1" });
    return remote;
  }

  private call(request: Call): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...request, id } as Request);
    });
  }

  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<unknown> {
    return this.call({ op: "query", sql, params, options: wire(options) });
  }

  exec(sql: string, options?: QueryOptions): Promise<unknown> {
    return this.call({ op: "exec", sql, options: wire(options) });
  }

  async transaction<T>(callback: (tx: RemoteTransaction) => Promise<T>): Promise<T> {
    const txId = (await this.call({ op: "begin" })) as number;
    let closed = false;
    const tx: RemoteTransaction = {
      query: (sql, params, options) => this.call({ op: "query", sql, params, options: wire(options), txId }),
      exec: (sql, options) => this.call({ op: "exec", sql, options: wire(options), txId }),
      rollback: async () => {
        if (closed) return;
        closed = true;
        await this.call({ op: "rollback", txId });
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      if (!closed) {
        closed = true;
        await this.call({ op: "rollback", txId }).catch(() => {});
      }
      throw error;
    }
    if (!closed) {
      closed = true;
      await this.call({ op: "commit", txId });
    }
    return result;
  }

  async close(): Promise<void> {
    if (this.dead) return;
    await this.call({ op: "close" });
    await this.worker.terminate();
  }
}
