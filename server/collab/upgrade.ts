import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { CollabAccess, Grant, Principal } from "./access";

export type UpgradeDecision =
  | { ok: true; documentId: string; principal: Principal; grant: Grant }
  | { ok: true; documentId: null; principal: Principal; grant: null }
  | { ok: false; status: 401 | 403 | 404; reason: string };

/** `/collab/:documentId`: a document's sync socket. */
const DOCUMENT_PATH = /^\/collab\/([^/?#]+)\/?(?:[?#].*)?$/;
/** `/events`: a signed-in page's events socket (partnership and user events). */
const EVENTS_PATH = /^\/events\/?(?:[?#].*)?$/;

/** Upgrades the collaboration server answers (anything under /collab/, and /events). */
export function isCollabPath(url: string): boolean {
  return /^\/(?:collab\/|events(?:[/?#]|$))/.test(url);
}

/**
 * Everything decided before the websocket exists: the path, the Origin, the session, the document and the
 * right to read it, with the guard's answers (app/lib/guard.server.ts): no session 401; a document that does
 * not exist, has a malformed id or may not be known to this user 404; known but not readable 403.
 */
export async function decideUpgrade(
  req: IncomingMessage,
  access: CollabAccess,
  isAllowedOrigin: (origin: string, req: IncomingMessage) => boolean,
): Promise<UpgradeDecision> {
  const url = req.url ?? "";
  const match = DOCUMENT_PATH.exec(url);
  if (!match && !EVENTS_PATH.test(url)) {
    return { ok: false, status: 404, reason: "Not a collaboration path (expected /collab/:documentId or /events)." };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !isAllowedOrigin(origin, req)) {
    return { ok: false, status: 403, reason: "Cross-origin websocket refused." };
  }
  // The session first: without one nobody learns whether a document exists.
  const principal = await access.authenticate(req);
  if (!principal) return { ok: false, status: 401, reason: "Sign in first (session cookie or Authorization: Bearer)." };
  if (!match) return { ok: true, documentId: null, principal, grant: null };
  let documentId: string | null;
  try {
    documentId = decodeURIComponent(match[1]);
  } catch {
    documentId = null;
  }
  if (documentId === null) return { ok: false, status: 404, reason: "No such document." };
  const grant = await access.open(principal, documentId);
  if ("refused" in grant) {
    return { ok: false, status: grant.refused, reason: grant.refused === 404 ? "No such document." : "No right to read this document." };
  }
  return { ok: true, documentId, principal, grant };
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** Answers the upgrade request with a plain HTTP error and closes the socket. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  const body = Buffer.from(reason, "utf8");
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? "Error"}\r\n` +
      "Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n" +
      `Content-Length: ${body.byteLength}\r\n\r\n${reason}`,
  );
  setTimeout(() => socket.destroy(), 1000).unref();
}
