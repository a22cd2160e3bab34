import { describe, expect, it } from "vitest";
import { attendanceFromPresence, mergeIntervals, minutesPresent, RECONNECT_GAP_MS, type Interval } from "./attendance";

const at = (hhmmss: string) => new Date(`2026-12-10T${hhmmss}+01:00`);
const iv = (from: string, to: string): Interval => ({ from: at(from), to: at(to) });
const show = (intervals: Interval[]) =>
  intervals.map((i) => `${i.from.toISOString().slice(11, 19)}–${i.to.toISOString().slice(11, 19)}`);

describe("merging presence intervals", () => {
  it("joins overlapping intervals (two tabs open at once)", () => {
    expect(show(mergeIntervals([iv("10:00:00", "11:00:00"), iv("10:15:00", "10:45:00"), iv("10:50:00", "11:30:00")]))).toEqual([
      "09:00:00–10:30:00",
    ]);
  });

  it("joins a reconnect after a short gap and keeps a real absence apart", () => {
    const merged = mergeIntervals([
      iv("10:00:00", "10:20:00"),
      iv("10:20:40", "10:40:00"), // page reload: 40 s
      iv("10:41:59", "11:00:00"), // dropped Wi-Fi: just under two minutes
      iv("11:10:00", "11:30:00"), // left for ten minutes
    ]);
    expect(show(merged)).toEqual(["09:00:00–10:00:00", "10:10:00–10:30:00"]);
  });

  it("treats a gap of exactly the reconnect limit as a reconnect and one second more as leaving", () => {
    const limit = RECONNECT_GAP_MS / 1000;
    const end = new Date(at("10:10:00").getTime() + limit * 1000);
    expect(mergeIntervals([iv("10:00:00", "10:10:00"), { from: end, to: at("10:30:00") }])).toHaveLength(1);
    const later = new Date(end.getTime() + 1000);
    expect(mergeIntervals([iv("10:00:00", "10:10:00"), { from: later, to: at("10:30:00") }])).toHaveLength(2);
  });

  it("is independent of order, drops empty intervals and keeps a contained interval inside", () => {
    const merged = mergeIntervals([iv("10:30:00", "10:30:00"), iv("10:20:00", "10:25:00"), iv("10:00:00", "11:00:00")]);
    expect(show(merged)).toEqual(["09:00:00–10:00:00"]);
    expect(mergeIntervals([])).toEqual([]);
  });

  it("does not change its input", () => {
    const input = [iv("10:00:00", "10:30:00"), iv("10:10:00", "10:50:00")];
    mergeIntervals(input);
    expect(show(input)).toEqual(["09:00:00–09:30:00", "09:10:00–09:50:00"]);
  });
});

describe("attendance from the presence log", () => {
  const window = iv("10:00:00", "12:00:00");

  it("gives one record per person across reconnects and tabs, clipped to the open session", () => {
    const rows = [
      { userId: "anna", joinedAt: at("09:50:00"), leftAt: at("10:47:00") }, // waited in the room before it opened
      { userId: "anna", joinedAt: at("10:47:30"), leftAt: at("12:10:00") }, // reconnect; stayed after closing
      { userId: "anna", joinedAt: at("11:00:00"), leftAt: at("11:05:00") }, // a second tab
      { userId: "piotr", joinedAt: at("10:05:00"), leftAt: at("10:30:00") },
      { userId: "piotr", joinedAt: at("11:00:00"), leftAt: null }, // still connected
      { userId: "ewa", joinedAt: at("12:30:00"), leftAt: at("12:40:00") }, // only after the session
    ];
    const result = attendanceFromPresence(rows, window, at("12:45:00"));
    expect(result.map((r) => r.userId)).toEqual(["anna", "piotr"]);
    expect(show(result[0].intervals)).toEqual(["09:00:00–11:00:00"]);
    expect(show(result[1].intervals)).toEqual(["09:05:00–09:30:00", "10:00:00–11:00:00"]);
    expect(minutesPresent(result[0].intervals)).toBe(120);
    expect(minutesPresent(result[1].intervals)).toBe(85);
  });

  it("counts an open connection up to now while the session is open", () => {
    const result = attendanceFromPresence([{ userId: "anna", joinedAt: at("10:01:00"), leftAt: null }], iv("10:00:00", "10:31:00"), at("10:31:00"));
    expect(minutesPresent(result[0].intervals)).toBe(30);
  });
});
