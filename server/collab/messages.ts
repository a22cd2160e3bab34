import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { CloseCode, MessageType, type CollabEvent } from "../../app/lib/collab-protocol";
import type { Connection } from "./connection";
import type { Room } from "./room";

/** One server message: its type, then whatever `write` adds. */
export function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Message 101: one event as JSON (read in the browser by `readEvent`, app/lib/collab/client.ts). */
export function eventMessage(event: CollabEvent): Uint8Array {
  return frame(MessageType.Event, (e) => encoding.writeVarString(e, JSON.stringify(event)));
}

export function sendEvent(conn: Connection, event: CollabEvent): void {
  conn.send(eventMessage(event));
}

export interface MessageLimits {
  maxMessageBytes: number;
  maxAwarenessBytes: number;
}

/**
 * Decodes one client message and hands it to the room. We decode sync messages ourselves rather than through
 * y-protocols' readSyncMessage, which applies updates unchecked and swallows errors.
 */
export function handleMessage(room: Room, conn: Connection, data: Uint8Array, limits: MessageLimits): void {
  if (conn.closed) return;
  if (data.byteLength > limits.maxMessageBytes) {
    conn.close(CloseCode.MessageTooBig, "message too big");
    return;
  }
  if (!conn.takeToken()) {
    conn.close(CloseCode.RateLimited, "too many messages");
    return;
  }
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync: {
        const step = decoding.readVarUint(decoder);
        if (step === syncProtocol.messageYjsSyncStep1) {
          if (!conn.takeStateVectorToken()) {
            conn.close(CloseCode.RateLimited, "too many sync requests");
            return;
          }
          room.answerStateVector(conn, decoding.readVarUint8Array(decoder));
        } else if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
          room.receiveUpdate(conn, decoding.readVarUint8Array(decoder));
        } else {
          conn.close(CloseCode.BadMessage, "unknown sync step");
        }
        return;
      }
      case MessageType.Awareness: {
        const update = decoding.readVarUint8Array(decoder);
        if (update.byteLength > limits.maxAwarenessBytes) {
          conn.close(CloseCode.MessageTooBig, "awareness update too big");
          return;
        }
        room.receiveAwareness(conn, update);
        return;
      }
      case MessageType.QueryAwareness:
        room.answerAwarenessQuery(conn);
        return;
      case MessageType.Auth:
        // Authentication happens on the upgrade; the y-protocols auth message carries nothing for us.
        return;
      default:
        conn.close(CloseCode.BadMessage, "unknown message type");
    }
  } catch {
    conn.close(CloseCode.BadMessage, "malformed message");
  }
}
