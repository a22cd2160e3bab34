/**
 * One process of simulated y-websocket clients for the bench (the parent forks a few). Protocol over IPC:
 * init → "synced" → start → "done" with the raw measurements.
 *
 * Each simulated client speaks the real y-websocket protocol over its own websocket: on open it sends sync step 1
 * and its awareness state, answers the server's step 1 with step 2, waits for the server's step 2 (= synced), and
 * sends every local edit as a sync update — exactly what y-websocket's `WebsocketProvider` sends. Its edits are
 * real Yjs updates made on its own `Y.Doc` (which holds the document as synced at connect time).
 *
 * With `apply` (the headline scenario: 50 clients) each client also applies every incoming update to its
 * `Y.Doc`, as an editor does. Without it (many clients) it does not: with 200 clients on one document every
 * client process would otherwise integrate 200 × 40 updates per second, and the bench measured its own event
 * loops (seconds of delay) rather than the servers. Either way each edit inserts a unique marker
 * `~e:<client>:<seq>:<sent at>~` (a Yjs update carries an inserted string verbatim), and a receiver finds the
 * markers in the raw bytes of every incoming update to record delivery and latency. That the edits really
 * merged into the document is checked by the parent after the run with full Yjs clients (every marker made
 * must be in the document synced from the server and, for ours, loaded from the database).
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MessageType } from "../app/lib/collab-protocol";

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
  /** Distinguishes rounds in the markers. */
  round: number;
  /** Full Y.Doc clients: apply every incoming update to the client's document, as an editor does. */
  apply: boolean;
  /** Seconds of editing before the measured `seconds` (not in the figures; both servers alike). */
  warmupSeconds: number;
}

export interface WorkerDone {
  type: "done";
  fanout: number[];
  /** Send time (wall clock, ms) of each delivery in `fanout`, same order: lines deliveries up with server probes. */
  sentAt: number[];
  ackLatencies: number[];
  delivered: number;
  /** Deliveries of a marker a receiver had already seen (must be 0). */
  duplicates: number;
  acked: number;
  edits: number;
  editsPerDoc: number[];
  /** Every marker made, per document. */
  markers: string[][];
  /** This client process during the measured time: CPU (% of one core) and event-loop delay (ms). */
  cpuPercent: number;
  loopDelay: { p50: number; p99: number; max: number };
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MARKER_START = Buffer.from("~e:");
const MARKER_END = "~".charCodeAt(0);
const MARKER = /^\d+:\d+\.\d+:\d+(\.\d+)?$/;

function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

interface SimClient {
  index: number;
  doc: number;
  ydoc: Y.Doc;
  ws: WebSocket;
  synced: boolean;
  /** Update-bearing messages sent on this connection (what `Persisted(n)` counts). */
  sent: number;
  pending: { sent: number; at: number }[];
  /** Markers of other clients this client has received. */
  seen: Set<string>;
}

async function run(init: WorkerInit, started: Promise<void>): Promise<void> {
  const clients: SimClient[] = [];
  const syncTimes: number[] = [];
  const fanout: number[] = [];
  const sentAts: number[] = [];
  const ackLatencies: number[] = [];
  let delivered = 0;
  let duplicates = 0;
  let lastDelivery = now();
  let acked = 0;
  let edits = 0;
  let measuring = false;
  /** Edits sent before this wall-clock time (ms) are warm-up: delivered and checked, not in the latency figures. */
  let measureFrom = Infinity;
  let counting = false;
  let closing = false;
  const editsPerDoc = new Array<number>(init.documents).fill(0);
  const markers: string[][] = Array.from({ length: init.documents }, () => []);

  /** Finds the markers in one incoming update (raw bytes; never applied). */
  const receive = (client: SimClient, update: Buffer) => {
    if (!counting) return;
    const at = now();
    for (let start = update.indexOf(MARKER_START); start >= 0; start = update.indexOf(MARKER_START, start + 1)) {
      const end = update.indexOf(MARKER_END, start + MARKER_START.length);
      if (end < 0) break;
      const marker = update.toString("latin1", start + MARKER_START.length, end);
      // The three bytes "~e:" could occur by chance in binary parts of an update: accept well-formed markers only.
      if (!MARKER.test(marker)) continue;
      const [from, , sentAt] = marker.split(":");
      if (Number(from) === client.index) continue;
      if (client.seen.has(marker)) {
        duplicates++;
        continue;
      }
      client.seen.add(marker);
      if (measuring && Number(sentAt) >= measureFrom) {
        fanout.push(at - Number(sentAt));
        sentAts.push(Number(sentAt));
      }
      delivered++;
      lastDelivery = at;
    }
  };

  const connect = (index: number) => {
    const doc = Math.floor(index / init.clientsPerDocument);
    const t0 = now();
    const ydoc = new Y.Doc();
    const ws = new WebSocket(`${init.serverUrl}/${init.documentIds[doc]}`, {
      headers: { Authorization: `Bearer ${init.tokens[index % init.tokens.length]}` },
    });
    const client: SimClient = { index, doc, ydoc, ws, synced: false, sent: 0, pending: [], seen: new Set() };
    ydoc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "server") return;
      ws.send(message(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, update)));
      client.sent++;
    });
    ws.on("open", () => {
      ws.send(message(MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, ydoc)));
      // What WebsocketProvider sends on open: its local awareness state (an empty object by default).
      const awareness = new awarenessProtocol.Awareness(ydoc);
      ws.send(
        message(MessageType.Awareness, (e) =>
          encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [ydoc.clientID])),
        ),
      );
      awareness.destroy();
    });
    ws.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === MessageType.Sync) {
        const step = decoding.readVarUint(decoder);
        if (step === syncProtocol.messageYjsSyncStep1) {
          const stateVector = decoding.readVarUint8Array(decoder);
          ws.send(message(MessageType.Sync, (e) => syncProtocol.writeSyncStep2(e, ydoc, stateVector)));
          client.sent++;
        } else if (step === syncProtocol.messageYjsSyncStep2) {
          // The document as it was at connect time: applied once, so this client's edits append at the end.
          Y.applyUpdate(ydoc, decoding.readVarUint8Array(decoder), "server");
          if (!client.synced) {
            client.synced = true;
            syncTimes.push(now() - t0);
          }
        } else if (step === syncProtocol.messageYjsUpdate) {
          const update = decoding.readVarUint8Array(decoder);
          receive(client, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
          if (init.apply) Y.applyUpdate(ydoc, update, "server");
        }
      } else if (type === MessageType.Persisted) {
        const count = decoding.readVarUint(decoder);
        const at = now();
        while (client.pending.length > 0 && client.pending[0].sent <= count) {
          const sentAt = client.pending.shift()!.at;
          if (sentAt >= measureFrom) ackLatencies.push(at - sentAt);
          acked++;
        }
      }
      // Awareness (1) and events (101): not needed for the measurement.
    });
    ws.on("close", (code) => {
      if (!closing) console.error(`bench client ${index}: connection closed (${code})`);
    });
    ws.on("error", (error) => console.error(`bench client ${index}: ${error.message}`));
    clients.push(client);
  };

  for (let index = init.from; index < init.to; index++) {
    connect(index);
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
  measureFrom = now() + init.warmupSeconds * 1000;
  const timers = clients.map((client) => {
    const edit = () => {
      if (!measuring) return;
      const marker = `${client.index}:${init.round}.${sequence++}:${now()}`;
      client.ydoc.getArray<string>("edits").push([`~e:${marker}~`]);
      client.pending.push({ sent: client.sent, at: now() });
      edits++;
      editsPerDoc[client.doc]++;
      markers[client.doc].push(marker);
    };
    const timer: { first: NodeJS.Timeout; interval?: NodeJS.Timeout } = {
      first: setTimeout(() => {
        edit();
        timer.interval = setInterval(edit, period);
      }, Math.random() * period),
    };
    return timer;
  });
  await sleep(init.warmupSeconds * 1000);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpuStart = process.cpuUsage();
  const wallStart = now();
  await sleep(init.seconds * 1000);
  measuring = false;
  loop.disable();
  const cpu = process.cpuUsage(cpuStart);
  const cpuPercent = ((cpu.user + cpu.system) / 1000 / (now() - wallStart)) * 100;
  const loopDelay = { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
  for (const timer of timers) {
    clearTimeout(timer.first);
    if (timer.interval) clearInterval(timer.interval);
  }
  // Stragglers: until nothing has arrived for 2 s and every own edit is acknowledged (at most 15 s).
  const stopped = now();
  while (now() - stopped < 15_000) {
    await sleep(50);
    const quiet = now() - lastDelivery >= 2000;
    // The reference server never acknowledges: do not wait for acks there.
    if (quiet && (acked >= edits || ackLatencies.length === 0)) break;
  }
  const done: WorkerDone = {
    type: "done",
    fanout,
    sentAt: sentAts,
    ackLatencies,
    delivered,
    duplicates,
    acked,
    edits,
    editsPerDoc,
    markers,
    cpuPercent,
    loopDelay,
  };
  // A large message: exit only once it has been handed to the parent (an exit right after send could lose it).
  await new Promise<void>((resolve) => process.send!(done, undefined, {}, () => resolve()));
  closing = true;
  for (const client of clients) {
    client.ws.close();
    client.ydoc.destroy();
  }
}

let startSignal: () => void = () => {};
const started = new Promise<void>((resolve) => {
  startSignal = resolve;
});
process.on("message", (msg: { type: string }) => {
  if (msg.type === "init") {
    run(msg as WorkerInit, started).then(
      () => setTimeout(() => process.exit(0), 200),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else if (msg.type === "start") {
    startSignal();
  }
});
