/**
 * Latency probes (WSP_PROBES=1 only): the event-loop delay histogram and the time the server spends in each
 * suspect that could hold the loop — delivery of an update, group commit, compaction, the session/membership
 * re-check, derivation, document load, PGlite executing SQL in this thread, garbage collection. The bench reads
 * them from GET /__probes (server/app.ts registers the route only when probes are on).
 *
 * Two kinds of figure: a *span* is synchronous time (the loop was held for exactly that long, nothing else ran),
 * recorded with its start so the bench can line spans up with its slowest deliveries; a *wall* time is an async
 * operation from start to end (it includes waiting and other work) and only enters the totals. PGlite spans are
 * labelled with the suspect they ran for (`pglite:commit`, `pglite:recheck` …) through an AsyncLocalStorage
 * context set by `probeAsync`.
 *
 * Off (the default), `probes` is null and every helper is one null check around the call.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { monitorEventLoopDelay, PerformanceObserver, performance, type IntervalHistogram } from "node:perf_hooks";

export interface ProbeSpan {
  suspect: string;
  /** Wall clock (ms since the epoch) when the span began. */
  start: number;
  ms: number;
}

export interface ProbeTotals {
  count: number;
  ms: number;
  maxMs: number;
}

export interface ProbeSnapshot {
  /** Event-loop delay since the last reset (ms beyond the histogram's timer period: 0 = never late). */
  loop: { p50: number; p99: number; max: number; mean: number };
  /** Synchronous spans per suspect, and `<suspect> (wall)` for async operations. */
  totals: Record<string, ProbeTotals>;
  /** The synchronous spans since the last reset (at most MAX_SPANS, newest kept). */
  spans: ProbeSpan[];
  /** Resident memory now (bytes), and the main thread's JavaScript heap in use. */
  rss: number;
  heapUsed: number;
}

const MAX_SPANS = 100_000;
/**
 * The histogram's timer period. Node records the whole interval between two timer callbacks (an idle loop reads
 * the period itself), so the delay reported is the recorded value minus the period.
 */
const RESOLUTION_MS = 1;
const now = () => performance.timeOrigin + performance.now();

class Recorder {
  private readonly context = new AsyncLocalStorage<string>();
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private spans: ProbeSpan[] = [];
  private totals = new Map<string, ProbeTotals>();
  /**
   * Whether async operations carry their suspect in the AsyncLocalStorage context: only needed to label PGlite
   * running in this thread, and costly otherwise (on Node 20 it turns on a promise hook for every promise).
   */
  private labelled = false;

  constructor() {
    this.loop.enable();
    // A garbage-collection pause holds the loop like any other work.
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.record("gc", performance.timeOrigin + entry.startTime, entry.duration);
    });
    gc.observe({ entryTypes: ["gc"] });
  }

  /** The suspect the current async context works for (set by `async`), if any. */
  current(): string | undefined {
    return this.context.getStore();
  }

  record(suspect: string, start: number, ms: number, span = true): void {
    let totals = this.totals.get(suspect);
    if (!totals) this.totals.set(suspect, (totals = { count: 0, ms: 0, maxMs: 0 }));
    totals.count++;
    totals.ms += ms;
    if (ms > totals.maxMs) totals.maxMs = ms;
    if (!span) return;
    if (this.spans.length >= MAX_SPANS) this.spans.splice(0, MAX_SPANS / 10);
    this.spans.push({ suspect, start, ms });
  }

  sync<T>(suspect: string, fn: () => T): T {
    const start = now();
    try {
      return fn();
    } finally {
      this.record(suspect, start, now() - start);
    }
  }

  /** From now on async operations carry their suspect (for PGlite spans in this thread). */
  labelAsync(): void {
    this.labelled = true;
  }

  async async<T>(suspect: string, fn: () => Promise<T>): Promise<T> {
    const start = now();
    try {
      return await (this.labelled ? this.context.run(suspect, fn) : fn());
    } finally {
      this.record(`${suspect} (wall)`, start, now() - start, false);
    }
  }

  snapshot(reset: boolean): ProbeSnapshot {
    const ms = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
    const snapshot: ProbeSnapshot = {
      loop: {
        p50: ms(this.loop.percentile(50)),
        p99: ms(this.loop.percentile(99)),
        max: ms(this.loop.max),
        mean: ms(this.loop.mean),
      },
      totals: Object.fromEntries(this.totals),
      spans: this.spans,
      rss: process.memoryUsage.rss(),
      heapUsed: process.memoryUsage().heapUsed,
    };
    if (reset) {
      this.loop.reset();
      this.spans = [];
      this.totals = new Map();
    }
    return snapshot;
  }
}

/** The recorder when WSP_PROBES=1, else null. */
export const probes: Recorder | null = process.env.WSP_PROBES === "1" ? new Recorder() : null;

/** Times a synchronous section as a span of `suspect`. */
export function probeSync<T>(suspect: string, fn: () => T): T {
  return probes ? probes.sync(suspect, fn) : fn();
}

/** Runs an async operation as `suspect` (its PGlite calls are labelled with it) and records its wall time. */
export function probeAsync<T>(suspect: string, fn: () => Promise<T>): Promise<T> {
  return probes ? probes.async(suspect, fn) : fn();
}

/**
 * Wraps a PGlite instance's synchronous protocol execution (where the WASM Postgres runs, holding this thread)
 * and its file-system sync, recording each as a `pglite:<suspect>` span.
 */
export function instrumentPglite(client: object): void {
  if (!probes) return;
  const recorder = probes;
  recorder.labelAsync();
  const target = client as Record<string, unknown>;
  for (const method of ["execProtocolRawSync", "syncToFs"]) {
    const original = target[method];
    if (typeof original !== "function") continue;
    target[method] = function (this: unknown, ...args: unknown[]) {
      const start = now();
      const label = `pglite:${recorder.current() ?? "other"}`;
      const result: unknown = original.apply(this, args);
      if (result instanceof Promise) {
        return result.finally(() => recorder.record(`${label} (wall)`, start, now() - start, false));
      }
      recorder.record(label, start, now() - start);
      return result;
    };
  }
}
