/**
 * Lines the slowest deliveries up with the server's probe spans: while those deliveries were under way (from the
 * edit's send to its receipt), which suspects held the server's event loop, and for how long.
 */
import type { ProbeSpan } from "../../server/collab/probes";

export interface Attribution {
  /** Total time covered by the slow deliveries' windows (ms, overlapping windows merged). */
  windowMs: number;
  /** Loop time per suspect inside those windows (ms), largest first. */
  suspects: { suspect: string; ms: number }[];
}

export function attribute(windows: { start: number; end: number }[], spans: readonly ProbeSpan[]): Attribution {
  const merged: { start: number; end: number }[] = [];
  for (const w of [...windows].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  const held = new Map<string, number>();
  for (const span of spans) {
    const end = span.start + span.ms;
    // Binary search: the first merged window that ends after the span starts.
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid].end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < merged.length && merged[i].start < end; i++) {
      const overlap = Math.min(end, merged[i].end) - Math.max(span.start, merged[i].start);
      if (overlap > 0) held.set(span.suspect, (held.get(span.suspect) ?? 0) + overlap);
    }
  }
  return {
    windowMs: merged.reduce((n, w) => n + (w.end - w.start), 0),
    suspects: [...held].map(([suspect, ms]) => ({ suspect, ms })).sort((a, b) => b.ms - a.ms),
  };
}

/** "pglite:commit 41 ms (23 %), gc 12 ms (7 %) …" for the top suspects. */
export function describeAttribution(a: Attribution, top = 4): string {
  if (a.suspects.length === 0) return "no probe span overlapped the slowest deliveries";
  const share = (ms: number) => (a.windowMs > 0 ? ` (${Math.round((ms / a.windowMs) * 100)} %)` : "");
  return a.suspects
    .slice(0, top)
    .map((s) => `${s.suspect} ${s.ms.toFixed(1)} ms${share(s.ms)}`)
    .join(", ");
}
