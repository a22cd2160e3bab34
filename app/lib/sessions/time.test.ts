import { describe, expect, it } from "vitest";
import { endOf, formatClock, formatDayLong, isoWithOffset, warsawInstant, warsawParts } from "./time";

describe("session times in Europe/Warsaw across daylight-saving changes", () => {
  // Clocks go back on Sunday 25 October 2026 (03:00 CEST → 02:00 CET) and forward on 29 March 2026.
  it("puts a 10:00 session before the autumn change at 08:00 UTC and after it at 09:00 UTC", () => {
    const before = warsawInstant("2026-10-23", "10:00")!;
    const after = warsawInstant("2026-10-26", "10:00")!;
    expect(before.toISOString()).toBe("2026-10-23T08:00:00.000Z");
    expect(after.toISOString()).toBe("2026-10-26T09:00:00.000Z");
    expect(formatClock(before)).toBe("10:00");
    expect(formatClock(after)).toBe("10:00");
    expect(isoWithOffset(before)).toBe("2026-10-23T10:00:00+02:00");
    expect(isoWithOffset(after)).toBe("2026-10-26T10:00:00+01:00");
  });

  it("does the same around the spring change", () => {
    const before = warsawInstant("2026-03-27", "10:00")!;
    const after = warsawInstant("2026-03-30", "10:00")!;
    expect(before.toISOString()).toBe("2026-03-27T09:00:00.000Z");
    expect(after.toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(warsawParts(before)).toEqual({ date: "2026-03-27", time: "10:00" });
    expect(warsawParts(after)).toEqual({ date: "2026-03-30", time: "10:00" });
  });

  it("refuses a time the clock skips and takes the first of a time that happens twice", () => {
    expect(warsawInstant("2026-03-29", "02:30")).toBeNull();
    expect(warsawInstant("2026-10-25", "02:30")!.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(warsawInstant("2026-10-25", "03:30")!.toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });

  it("refuses dates and times that do not exist", () => {
    expect(warsawInstant("2026-02-30", "10:00")).toBeNull();
    expect(warsawInstant("2026-13-01", "10:00")).toBeNull();
    expect(warsawInstant("2026-12-10", "24:00")).toBeNull();
    expect(warsawInstant("10.12.2026", "10:00")).toBeNull();
    expect(warsawInstant("2026-12-10", "9:00")).toBeNull();
  });

  it("does not depend on the zone of the machine", () => {
    // The instant is fixed; only its rendering is zoned, and that always in Warsaw.
    const instant = new Date("2026-12-09T23:30:00Z");
    expect(warsawParts(instant)).toEqual({ date: "2026-12-10", time: "00:30" });
    expect(formatDayLong(instant, "pl")).toBe("czwartek, 10 grudnia 2026");
    expect(formatDayLong(instant, "en")).toBe("Thursday, 10 December 2026");
  });

  it("ends a session across the change by elapsed time", () => {
    const start = warsawInstant("2026-10-25", "01:30")!;
    expect(formatClock(endOf(start, 120))).toBe("02:30");
  });
});
