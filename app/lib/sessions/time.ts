/**
 * Session times: a session is planned as a wall-clock date and time in Poland (Europe/Warsaw) and stored as
 * an instant. The offset comes from the time-zone database through `@date-fns/tz`, so a 10:00 session is at
 * 10:00 Polish time on either side of a daylight-saving change (08:00 UTC in summer, 09:00 UTC in winter),
 * whatever the zone of the server or of the browser. Pure: shared by the server and the browser.
 */
import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";

export const TIME_ZONE = "Europe/Warsaw";
const inWarsaw = tz(TIME_ZONE);
const DATE_LOCALES = { pl, en: enGB } as const;
export type TimeLocale = keyof typeof DATE_LOCALES;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A real calendar date written YYYY-MM-DD (no 30 February). */
export function isLocalDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const parsed = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
export const isLocalTime = (value: string) => TIME.test(value);

/**
 * The instant of a Warsaw wall-clock date and time, or null when the text is not a date and time or that time
 * does not exist in Poland (skipped when clocks go forward: 02:00–02:59 on the last Sunday of March). A time that
 * happens twice (02:00–02:59 on the last Sunday of October) is taken at its first occurrence (summer time).
 */
export function warsawInstant(date: string, time: string): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]) - 1, Number(d[3])];
  const [hours, minutes] = [Number(t[1]), Number(t[2])];
  const zoned = new TZDate(year, month, day, hours, minutes, TIME_ZONE);
  if (Number.isNaN(zoned.getTime())) return null;
  // A date like 31 February, or a wall-clock time the clock skips, comes back as another day or hour.
  if (zoned.getFullYear() !== year || zoned.getMonth() !== month || zoned.getDate() !== day) return null;
  if (zoned.getHours() !== hours || zoned.getMinutes() !== minutes) return null;
  const instant = new Date(zoned.getTime());
  // Of two instants with this wall-clock time (autumn), the earlier one.
  const hourEarlier = new Date(instant.getTime() - 3_600_000);
  const again = warsawParts(hourEarlier);
  return again.date === date && again.time === time ? hourEarlier : instant;
}

/** The Warsaw wall-clock date (YYYY-MM-DD) and time (HH:mm) of an instant. */
export function warsawParts(instant: Date | string | number): { date: string; time: string } {
  const value = new Date(instant);
  return { date: format(value, "yyyy-MM-dd", { in: inWarsaw }), time: format(value, "HH:mm", { in: inWarsaw }) };
}

/** The instant as ISO 8601 with Poland's offset at that moment: 2026-12-10T10:00:00+01:00. */
export function isoWithOffset(instant: Date | string | number): string {
  return format(new Date(instant), "yyyy-MM-dd'T'HH:mm:ssxxx", { in: inWarsaw });
}

/** "czwartek, 10 grudnia 2026" / "Thursday, 10 December 2026": the day in Poland. */
export function formatDayLong(instant: Date | string | number, locale: TimeLocale): string {
  return format(new Date(instant), "EEEE, d MMMM yyyy", { in: inWarsaw, locale: DATE_LOCALES[locale] });
}

/** "10:00": the wall-clock time in Poland. */
export function formatClock(instant: Date | string | number): string {
  return format(new Date(instant), "HH:mm", { in: inWarsaw });
}

/** "10 grudnia 2026, 10:00" in Poland. */
export function formatDateTimeWarsaw(instant: Date | string | number, locale: TimeLocale): string {
  return format(new Date(instant), "d MMMM yyyy, HH:mm", { in: inWarsaw, locale: DATE_LOCALES[locale] });
}

/** The end of a session that starts at `startsAt` and lasts `minutes`. */
export function endOf(startsAt: Date, minutes: number): Date {
  return new Date(startsAt.getTime() + minutes * 60_000);
}
