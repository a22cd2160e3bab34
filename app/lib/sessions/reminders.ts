/**
 * Which reminder of a coming session is due: the day before (from 24 hours to 1 hour ahead) and an hour before
 * (the last hour). A server that was down when a window opened still reminds within it; a window that has
 * passed is not caught up (no "tomorrow" reminder an hour before). Pure.
 */
import type { ReminderKind } from "../enums";

const HOUR = 3_600_000;

export const REMINDER_WINDOWS: readonly { kind: ReminderKind; from: number; to: number }[] = [
  { kind: "day_before", from: 24 * HOUR, to: HOUR },
  { kind: "hour_before", from: HOUR, to: 0 },
];

export function dueReminder(startsAt: Date, now: Date): ReminderKind | null {
  const ahead = startsAt.getTime() - now.getTime();
  return REMINDER_WINDOWS.find((w) => ahead <= w.from && ahead > w.to)?.kind ?? null;
}
