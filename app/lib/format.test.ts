import { describe, expect, it } from "vitest";
import { createI18n } from "../i18n";
import { formatDateTime, formatDateTimeUnlabelled, formatDay, formatNumber, formatTime, isoInPolishTime, timeZoneOffset } from "./format";

/** Runs `fn` as if the machine (server or browser) were in another zone. */
function inMachineZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe("Polish formatting", () => {
  it("formats dates with Polish month names in the genitive", () => {
    // 13:05 UTC in November is 14:05 in Poland (CET, UTC+1).
    const instant = new Date("2026-11-27T13:05:00Z");
    expect(formatDateTime(instant, "pl")).toBe("27 listopada 2026, 14:05 (czas polski)");
    expect(formatDateTime(instant, "en")).toBe("27 November 2026, 14:05 (Polish time)");
    expect(formatDateTimeUnlabelled(instant, "pl")).toBe("27 listopada 2026, 14:05");
  });

  it("groups thousands the Polish way", () => {
    expect(formatNumber(1234567.5, "pl").replace(/\s/g, " ")).toBe("1 234 567,5");
  });

  it("uses the three Polish plural forms", () => {
    const t = createI18n("pl").t;
    expect(t("partnerships.count", { count: 1 })).toBe("1 partnerstwo");
    expect(t("partnerships.count", { count: 3 })).toBe("3 partnerstwa");
    expect(t("partnerships.count", { count: 5 })).toBe("5 partnerstw");
    expect(t("partnerships.count", { count: 22 })).toBe("22 partnerstwa");
    expect(t("partnerships.count", { count: 12 })).toBe("12 partnerstw");
    expect(createI18n("en").t("partnerships.count", { count: 1 })).toBe("1 partnership");
  });
});

describe("times in Polish time, labelled", () => {
  it("shows a UTC instant as Warsaw time on both sides of the spring change (29 March 2026, 02:00 CET → 03:00 CEST)", () => {
    expect(formatTime("2026-03-29T00:30:00Z", "pl")).toBe("01:30 (czas polski)");
    expect(formatTime("2026-03-29T01:30:00Z", "pl")).toBe("03:30 (czas polski)");
    expect(timeZoneOffset("2026-03-29T00:30:00Z")).toBe("UTC+01:00");
    expect(timeZoneOffset("2026-03-29T01:30:00Z")).toBe("UTC+02:00");
    expect(isoInPolishTime("2026-03-29T01:30:00Z")).toBe("2026-03-29T03:30:00+02:00");
  });

  it("shows a UTC instant as Warsaw time on both sides of the autumn change (25 October 2026, 03:00 CEST → 02:00 CET)", () => {
    // The same wall-clock hour twice: the offset tells them apart.
    expect(formatDateTime("2026-10-25T00:30:00Z", "pl")).toBe("25 października 2026, 02:30 (czas polski)");
    expect(formatDateTime("2026-10-25T01:30:00Z", "pl")).toBe("25 października 2026, 02:30 (czas polski)");
    expect(isoInPolishTime("2026-10-25T00:30:00Z")).toBe("2026-10-25T02:30:00+02:00");
    expect(isoInPolishTime("2026-10-25T01:30:00Z")).toBe("2026-10-25T02:30:00+01:00");
    expect(formatTime("2026-10-26T06:07:00Z", "en")).toBe("07:07 (Polish time)");
    expect(formatTime("2026-07-01T06:07:00Z", "en")).toBe("08:07 (Polish time)");
  });

  it("takes the day in Poland, not on the machine: 23:30 UTC on New Year's Eve is already 1 January", () => {
    expect(formatDay("2026-12-31T23:30:00Z", "pl")).toBe("1 stycznia 2027");
  });

  it("renders the same text whatever the machine's zone, so the server's HTML is what the browser hydrates", () => {
    const instant = "2026-12-01T06:07:00Z";
    const rendered = ["UTC", "Europe/Warsaw", "America/New_York", "Asia/Tokyo"].map((zone) =>
      inMachineZone(zone, () => [formatDateTime(instant, "pl"), formatTime(instant, "en"), formatDay(instant, "pl"), isoInPolishTime(instant)].join(" | ")),
    );
    // The machine zone really changed under the test (otherwise it would prove nothing).
    expect(inMachineZone("Asia/Tokyo", () => new Date(instant).getHours())).toBe(15);
    expect(new Set(rendered).size).toBe(1);
    expect(rendered[0]).toBe("1 grudnia 2026, 07:07 (czas polski) | 07:07 (Polish time) | 1 grudnia 2026 | 2026-12-01T07:07:00+01:00");
  });
});
