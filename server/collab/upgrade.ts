import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { DocumentResource } from "../../app/lib/policy";
import { accessLevel, type AccessLevel, type CollabAccess, type Principal } from "./access";

export type UpgradeDecision =
  | { ok: true; documentId: string; principal: Principal; resource: DocumentResource; level: Exclude<AccessLevel, "none"> }
  | { ok: false; status: 400 | 401 | 403 | 404; reason: string };

const PATH = /^\/collab\/([^/?#]+)\/?(?:[?#].*)?$/;

/**
 * Everything decided before the websocket exists: the path, the Origin, the session, the document and the
 * right to read it. Order matters: without a session nobody learns whether a document exists.
 */
export async function decideUpgrade(
  req: IncomingMessage,
  access: CollabAccess,
  isAllowedOrigin: (origin: string, req: IncomingMessage) => boolean,
): Promise<UpgradeDecision> {
  const match = PATH.exec(req.url ?? "");
  if (!match) return { ok: false, status: 404, reason: "Not a document path (expected /collab/:documentId)." };
  const origin = req.headers.origin;
  if (origin !== undefined && !isAllowedOrigin(origin, req)) {
    return { ok: false, status: 403, reason: "Cross-origin websocket refused." };
  }
  let documentId: string | null;
  try {
    documentId = decodeURIComponent(match[1]);
  } catch {
    documentId = null;
  }
  // Both lookups at once; the document's existence is revealed only to a signed-in user.
  const [principal, resource] = await Promise.all([
    access.authenticate(req),
    documentId === null ? null : access.findDocument(documentId),
  ]);
  if (!principal) return { ok: false, status: 401, reason: "Sign in first (session cookie or Authorization: Bearer)." };
  if (!resource || documentId === null) return { ok: false, status: 404, reason: "No such document." };
  const level = accessLevel(principal.actor, resource);
  if (level === "none") return { ok: false, status: 403, reason: "No right to read this document." };
  return { ok: true, documentId, principal, resource, level };
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
