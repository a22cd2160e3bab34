/**
 * One process of simulated y-websocket clients for the bench (the parent forks a few, so the clients are not
 * the bottleneck). Protocol over IPC: init → "synced" → start → "done" with the raw measurements.
 */
import { createCollabClient, type CollabClient } from "../app/lib/collab/client";
import { bearerWebSocket } from "../server/collab/test/clients";

process.setMaxListeners(0);

export interface WorkerInit {
  type: "init";
  documents: number;
  clientsPerDocument: number;
  editsPerSecond: number;
  serverUrl: string;
  documentIds: string[];
  tokens: string[];
  /** Global client indices [from, to): client i edits document floor(i / clientsPerDocument). */
  from: number;
  to: number;
  seconds: number;
}

export interface WorkerDone {
  type: "done";
  fanout: number[];
  ackLatencies: number[];
  delivered: number;
  acked: number;
  edits: number;
  editsPerDoc: number[];
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(init: WorkerInit, started: Promise<void>): Promise<void> {
  const clients: { client: CollabClient; doc: number; index: number; pending: { sent: number; generation: number; at: number }[] }[] = [];
  const syncTimes: number[] = [];
  const fanout: number[] = [];
  const ackLatencies: number[] = [];
  let delivered = 0;
  let lastDelivery = now();
  let acked = 0;
  let edits = 0;
  let measuring = false;
  let counting = false;
  const editsPerDoc = new Array<number>(init.documents).fill(0);

  for (let index = init.from; index < init.to; index++) {
    const doc = Math.floor(index / init.clientsPerDocument);
    const t0 = now();
    const client = createCollabClient({
      documentId: init.documentIds[doc],
      serverUrl: init.serverUrl,
      WebSocketPolyfill: bearerWebSocket(init.tokens[index % init.tokens.length]),
    });
    const entry = { client, doc, index, pending: [] as { sent: number; generation: number; at: number }[] };
    client.doc.getArray<string>("edits").observe((event, transaction) => {
      if (transaction.local || !counting) return;
      const at = now();
      for (const item of event.changes.added) {
        for (const value of item.content.getContent() as string[]) {
          const [from, , sentAt] = value.split(":");
          if (Number(from) === index) continue;
          if (measuring) fanout.push(at - Number(sentAt));
          delivered++;
          lastDelivery = at;
        }
      }
    });
    client.onPersisted((count, generation) => {
      const at = now();
      while (entry.pending.length > 0 && entry.pending[0].generation === generation && entry.pending[0].sent <= count) {
        ackLatencies.push(at - entry.pending.shift()!.at);
        acked++;
      }
    });
    clients.push(entry);
    void (async () => {
      while (!client.provider.synced) await sleep(2);
      syncTimes.push(now() - t0);
    })();
    if (clients.length % 10 === 0) await sleep(5);
  }
  const connectStarted = now();
  while (syncTimes.length < clients.length) {
    if (now() - connectStarted > 60_000) throw new Error("clients did not sync in 60 s");
    await sleep(10);
  }
  process.send!({ type: "synced", syncTimes });
  await started;

  const period = 1000 / init.editsPerSecond;
  let sequence = 0;
  measuring = true;
  counting = true;
  const timers = clients.map((entry) => {
    const edit = () => {
      if (!measuring) return;
      const { generation } = entry.client.stats();
      entry.client.doc.getArray<string>("edits").push([`${entry.index}:${sequence++}:${now()}`]);
      entry.pending.push({ sent: entry.client.stats().sent, generation, at: now() });
      edits++;
      editsPerDoc[entry.doc]++;
    };
    const timer: { first: NodeJS.Timeout; interval?: NodeJS.Timeout } = {
      first: setTimeout(() => {
        edit();
        timer.interval = setInterval(edit, period);
      }, Math.random() * period),
    };
    return timer;
  });
  await sleep(init.seconds * 1000);
  measuring = false;
  for (const timer of timers) {
    clearTimeout(timer.first);
    if (timer.interval) clearInterval(timer.interval);
  }
  // Stragglers: until nothing has arrived for 2 s and every own edit is acknowledged (at most 15 s).
  const stopped = now();
  while (now() - stopped < 15_000 && (now() - lastDelivery < 2000 || acked < edits)) {
    await sleep(50);
    if (acked >= edits && now() - lastDelivery >= 2000) break;
    // The reference server never acknowledges: do not wait for acks there.
    if (ackLatencies.length === 0 && now() - lastDelivery >= 2000) break;
  }
  const done: WorkerDone = { type: "done", fanout, ackLatencies, delivered, acked, edits, editsPerDoc };
  process.send!(done);
  for (const { client } of clients) client.destroy();
}

let startSignal: () => void = () => {};
const started = new Promise<void>((resolve) => {
  startSignal = resolve;
});
process.on("message", (message: { type: string }) => {
  if (message.type === "init") {
    run(message as WorkerInit, started).then(
      () => setTimeout(() => process.exit(0), 200),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else if (message.type === "start") {
    startSignal();
  }
});
