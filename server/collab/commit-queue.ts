import type { PendingUpdate } from "./store";

export interface CommitQueueOptions {
  write(batch: readonly PendingUpdate[]): Promise<void>;
  /** Called after each successful commit with the sequence number of the last committed update. */
  onCommitted(committedSeq: number): void;
  onError?(error: unknown, attempt: number): void;
  /** Back-off after a failed write: 50 ms doubling to this cap. */
  maxRetryDelayMs?: number;
}

/**
 * Group commit for one document: whatever arrived while the previous write was in flight goes out as the next
 * batch, with no fixed debounce. A failed write is retried (with back-off) before anything newer is written, so
 * the log keeps arrival order. Sequence numbers count enqueued updates; `committedSeq` trails `enqueuedSeq`.
 */
export class CommitQueue {
  enqueuedSeq = 0;
  committedSeq = 0;
  private pending: PendingUpdate[] = [];
  private inFlight: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private drainWaiters: (() => void)[] = [];

  constructor(private readonly options: CommitQueueOptions) {}

  /** Adds an update and starts a write if none is in flight; returns the update's sequence number. */
  push(entry: PendingUpdate): number {
    this.pending.push(entry);
    this.enqueuedSeq++;
    // Start the write after the current I/O phase: messages that arrived together (and their fan-out) go first
    // and land in the same batch.
    if (!this.kickScheduled) {
      this.kickScheduled = true;
      setImmediate(() => {
        this.kickScheduled = false;
        this.kick();
      });
    }
    return this.enqueuedSeq;
  }

  private kickScheduled = false;

  get unsaved(): boolean {
    return this.committedSeq < this.enqueuedSeq;
  }

  /** Resolves once everything enqueued so far is committed (retrying as long as it takes). */
  drain(): Promise<void> {
    if (!this.unsaved) return Promise.resolve();
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.kick();
    }
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  private kick(): void {
    if (this.inFlight || this.retryTimer || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const lastSeq = this.committedSeq + batch.length;
    this.inFlight = this.options.write(batch).then(
      () => {
        this.inFlight = null;
        this.attempt = 0;
        this.committedSeq = lastSeq;
        this.options.onCommitted(lastSeq);
        if (!this.unsaved) {
          const waiters = this.drainWaiters;
          this.drainWaiters = [];
          for (const resolve of waiters) resolve();
        }
        this.kick();
      },
      (error: unknown) => {
        this.inFlight = null;
        this.attempt++;
        this.options.onError?.(error, this.attempt);
        // Put the batch back in front of anything newer and try again later.
        this.pending = batch.concat(this.pending);
        const delay = Math.min(50 * 2 ** (this.attempt - 1), this.options.maxRetryDelayMs ?? 5000);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.kick();
        }, delay);
      },
    );
  }
}
