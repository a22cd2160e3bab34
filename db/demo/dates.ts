/** Calendar helpers for the demo's sessions and polls, which are placed relative to the day the demo is seeded. */
import type { IsoDate, WarsawTime } from "./types";

export const TIME_ZONE = "Europe/Warsaw";

/** The calendar date in Warsaw at the given instant. */
export function warsawDate(instant: Date): IsoDate {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const utc = new Date(`${date}T12:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + days);
  return utc.toISOString().slice(0, 10);
}

/** The date itself when it is a weekday, otherwise the nearest weekday in the given direction. */
export function weekday(date: IsoDate, direction: 1 | -1): IsoDate {
  let day = date;
  while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, direction);
  return day;
}

function offsetMinutes(instant: number): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(new Date(instant))
    .find((part) => part.type === "timeZoneName")!.value; // "GMT+01:00"
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** A Warsaw wall-clock time as ISO 8601 with its offset (+01:00 in winter, +02:00 in summer). */
export function warsawInstant(date: IsoDate, time: WarsawTime): string {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const offset = offsetMinutes(asUtc - offsetMinutes(asUtc) * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(
    2,
    "0",
  )}`;
}
