import { describe, expect, it } from "vitest";
import { dueReminder } from "./reminders";

const start = new Date("2026-12-10T09:00:00Z"); // 10:00 in Warsaw
const before = (minutes: number) => new Date(start.getTime() - minutes * 60_000);

describe("which reminder is due", () => {
  it("reminds the day before from 24 hours until the last hour, then an hour before", () => {
    expect(dueReminder(start, before(24 * 60 + 1))).toBeNull();
    expect(dueReminder(start, before(24 * 60))).toBe("day_before");
    expect(dueReminder(start, before(61))).toBe("day_before");
    expect(dueReminder(start, before(60))).toBe("hour_before");
    expect(dueReminder(start, before(1))).toBe("hour_before");
    expect(dueReminder(start, before(0))).toBeNull();
    expect(dueReminder(start, before(-30))).toBeNull();
  });
});
