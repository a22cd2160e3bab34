import { eq } from "drizzle-orm";
import WebSocket from "ws";
import * as Y from "yjs";
import type { Db } from "../../../db/client";
import { documents, partnerships, users } from "../../../db/schema";
import { createSession, generateSessionToken } from "../../../app/lib/auth/session.server";
import { createCollabClient, type CollabClient } from "../../../app/lib/collab/client";
import { MessageType } from "../../../app/lib/collab-protocol";
import * as encoding from "lib0/encoding";

process.setMaxListeners(0); // y-websocket adds one exit listener per provider in Node

/** A `ws` WebSocket class that authenticates with `Authorization: Bearer <token>` (non-browser clients). */
export function bearerWebSocket(token: string, extraHeaders: Record<string, string> = {}): typeof globalThis.WebSocket {
  class BearerWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { Authorization: `Bearer ${token}`, ...extraHeaders } });
    }
  }
  return BearerWebSocket as unknown as typeof globalThis.WebSocket;
}

export async function sessionTokenFor(db: Db, email: string): Promise<string> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  const token = generateSessionToken();
  await createSession(db, token, user.id);
  return token;
}

export async function strategyDocumentId(db: Db, slug: string): Promise<string> {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .where(eq(partnerships.slug, slug));
  if (!row) throw new Error(`no document for ${slug}`);
  return row.id;
}

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, "ws")}/collab`;
}

/** A real y-websocket client (our browser module) in Node. */
export function openClient(httpUrl: string, documentId: string, token: string, doc = new Y.Doc()): CollabClient {
  return createCollabClient({ documentId, doc, serverUrl: wsUrl(httpUrl), WebSocketPolyfill: bearerWebSocket(token) });
}

export function waitFor(condition: () => boolean, timeoutMs = 5000, what = "condition"): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (condition()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

export function synced(client: CollabClient, timeoutMs = 5000): Promise<void> {
  return waitFor(() => client.provider.synced, timeoutMs, "sync");
}

/** Opens a raw websocket; resolves with the HTTP status when the upgrade is refused, or the open socket. */
export function rawConnect(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; ws?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.binaryType = "nodebuffer";
    ws.once("open", () => resolve({ status: 101, ws }));
    ws.once("unexpected-response", (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      res.resume();
      ws.terminate();
    });
    ws.once("error", (error) => reject(error));
  });
}

export function closeCodeOf(ws: WebSocket, timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (ws.readyState === WebSocket.CLOSED) return reject(new Error("already closed"));
    const timer = setTimeout(() => reject(new Error("socket did not close")), timeoutMs);
    ws.once("close", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** A raw sync-step-2 frame carrying one Yjs update, as a hand-written client would send it. */
export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.Sync);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}
