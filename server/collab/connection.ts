import * as encoding from "lib0/encoding";
import type { WebSocket } from "ws";
import { MessageType } from "../../app/lib/collab-protocol";
import type { AccessLevel, Grant, Principal } from "./access";

/** Above this much unsent data the peer is not reading: drop it rather than buffer without end. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/**
 * One websocket of one user: on one document (its grant, the awareness client ids it speaks for, the
 * acknowledgements it is owed) or, with `documentId` null, an events socket that only receives. Either way its
 * rate budget.
 */
export class Connection {
  /** Awareness client ids this connection has announced (removed from presence when it closes). */
  readonly awarenessIds = new Set<number>();
  closed = false;
  /** Why the server closed this connection, if it did (logged once the socket is gone). */
  closedWith: { code: number; reason: string } | null = null;
  /** Answered the last ping (keep-alive). */
  alive = true;
  /** Update-bearing sync messages (step 2 and update) received on this connection. */
  private received = 0;
  private acked = 0;
  /** Acks owed: message count → the room commit sequence that makes it durable. */
  private owed: { count: number; seq: number }[] = [];
  private tokens: number;
  private lastRefill = Date.now();
  /** Sync step 1 makes the server encode the whole document: a separate, small budget (5, one more per 2 s). */
  private stateVectorTokens = 5;
  private lastStateVectorRefill = Date.now();

  constructor(
    readonly ws: WebSocket,
    public principal: Principal,
    /** What this socket may do with its document; null for an events socket. */
    public grant: Grant | null,
    readonly documentId: string | null,
    private readonly maxMessagesPerSecond: number,
  ) {
    this.tokens = maxMessagesPerSecond;
  }

  get level(): AccessLevel | null {
    return this.grant?.level ?? null;
  }

  get userId(): string {
    return this.principal.userId;
  }

  get sessionId(): string {
    return this.principal.sessionId;
  }

  /** Token bucket: a burst of up to one second's budget, refilled continuously. */
  takeToken(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.maxMessagesPerSecond, this.tokens + ((now - this.lastRefill) / 1000) * this.maxMessagesPerSecond);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  takeStateVectorToken(): boolean {
    const now = Date.now();
    this.stateVectorTokens = Math.min(5, this.stateVectorTokens + (now - this.lastStateVectorRefill) / 2000);
    this.lastStateVectorRefill = now;
    if (this.stateVectorTokens < 1) return false;
    this.stateVectorTokens -= 1;
    return true;
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(1013, "too slow");
      return;
    }
    this.ws.send(message);
  }

  /** Counts an update-bearing message; it is acknowledged once the room has committed up to `seq`. */
  owe(seq: number, committedSeq: number): void {
    this.received++;
    this.owed.push({ count: this.received, seq });
    this.settleAcks(committedSeq);
  }

  /** Sends `Persisted` with the highest count whose updates are now durable. */
  settleAcks(committedSeq: number): void {
    let count = this.acked;
    while (this.owed.length > 0 && this.owed[0].seq <= committedSeq) count = this.owed.shift()!.count;
    if (count === this.acked) return;
    this.acked = count;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Persisted);
    encoding.writeVarUint(encoder, count);
    this.send(encoding.toUint8Array(encoder));
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.closedWith = { code, reason };
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
    // A peer that never answers the close handshake is cut off.
    setTimeout(() => this.ws.terminate(), 2000).unref();
  }
}
