/**
 * Attendance from presence. The collaboration server writes one presence row per connection to the minutes
 * document (a tab, a reconnect); a person's attendance is those rows clipped to the time the session was open
 * and merged: overlapping intervals (two tabs) become one, and intervals separated by a short gap (a dropped
 * connection, a page reload) are joined. One record per person, never duplicated. Pure.
 */

export interface Interval {
  from: Date;
  to: Date;
}

/** Gaps up to this long are a reconnect, not leaving the session. */
export const RECONNECT_GAP_MS = 2 * 60_000;

/** Sorted, non-overlapping intervals; those closer than `gapMs` are joined; empty ones dropped. */
export function mergeIntervals(intervals: readonly Interval[], gapMs = RECONNECT_GAP_MS): Interval[] {
  const sorted = intervals
    .filter((i) => i.to.getTime() > i.from.getTime())
    .map((i) => ({ from: i.from, to: i.to }))
    .sort((a, b) => a.from.getTime() - b.from.getTime());
  const out: Interval[] = [];
  for (const next of sorted) {
    const last = out[out.length - 1];
    if (last && next.from.getTime() - last.to.getTime() <= gapMs) {
      if (next.to.getTime() > last.to.getTime()) last.to = next.to;
    } else {
      out.push({ ...next });
    }
  }
  return out;
}

/** The part of an interval inside [from, to]; null when they do not meet. */
export function clip(interval: Interval, window: Interval): Interval | null {
  const from = Math.max(interval.from.getTime(), window.from.getTime());
  const to = Math.min(interval.to.getTime(), window.to.getTime());
  return to > from ? { from: new Date(from), to: new Date(to) } : null;
}

export interface PresenceRow {
  userId: string;
  joinedAt: Date;
  /** null: the connection is still open (counted up to `now`). */
  leftAt: Date | null;
}

export interface PersonAttendance {
  userId: string;
  intervals: Interval[];
}

/**
 * One record per person present while the session was open (`window`: opened → closed, or → `now` while it is
 * open), with merged intervals, in order of first arrival.
 */
export function attendanceFromPresence(rows: readonly PresenceRow[], window: Interval, now: Date): PersonAttendance[] {
  const byUser = new Map<string, Interval[]>();
  for (const row of rows) {
    const clipped = clip({ from: row.joinedAt, to: row.leftAt ?? now }, window);
    if (!clipped) continue;
    const list = byUser.get(row.userId) ?? [];
    list.push(clipped);
    byUser.set(row.userId, list);
  }
  return [...byUser.entries()]
    .map(([userId, intervals]) => ({ userId, intervals: mergeIntervals(intervals) }))
    .filter((a) => a.intervals.length > 0)
    .sort((a, b) => a.intervals[0].from.getTime() - b.intervals[0].from.getTime());
}

/** Whole minutes present (rounded to the nearest minute). */
export function minutesPresent(intervals: readonly { from: Date | string; to: Date | string }[]): number {
  const ms = intervals.reduce((sum, i) => sum + (new Date(i.to).getTime() - new Date(i.from).getTime()), 0);
  return Math.round(ms / 60_000);
}

/** The stored form of intervals (ISO instants). */
export function serialiseIntervals(intervals: readonly Interval[]): { from: string; to: string }[] {
  return intervals.map((i) => ({ from: i.from.toISOString(), to: i.to.toISOString() }));
}
