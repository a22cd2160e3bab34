import { CloseCode } from "../../app/lib/collab-protocol";

export interface ConnectionCaps {
  perDocument: number;
  perUser: number;
  perSession: number;
}

/**
 * Why a new connection of this user and session to a document is refused, or null. The caps per session and per
 * user come first, so one person opening hundreds of sockets is told so (4431) long before the document-wide cap
 * (4430) could shut anyone else out. Never per IP address: a municipal office puts everybody behind one.
 */
export function connectionRefusal(
  open: Iterable<{ userId: string; sessionId: string; closed: boolean }>,
  who: { userId: string; sessionId: string },
  caps: ConnectionCaps,
): { code: number; reason: string } | null {
  let total = 0;
  let ofUser = 0;
  let ofSession = 0;
  for (const conn of open) {
    if (conn.closed) continue;
    total++;
    if (conn.userId !== who.userId) continue;
    ofUser++;
    if (conn.sessionId === who.sessionId) ofSession++;
  }
  if (ofSession >= caps.perSession) {
    return { code: CloseCode.TooManyOwnConnections, reason: "too many connections of this session to this document" };
  }
  if (ofUser >= caps.perUser) {
    return { code: CloseCode.TooManyOwnConnections, reason: "too many connections of this user to this document" };
  }
  if (total >= caps.perDocument) return { code: CloseCode.TooManyConnections, reason: "too many connections to this document" };
  return null;
}
