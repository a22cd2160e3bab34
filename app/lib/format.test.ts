import { describe, expect, it } from "vitest";
import { createI18n } from "../i18n";
import { formatDateTime, formatNumber } from "./format";

describe("Polish formatting", () => {
  it("formats dates with Polish month names in the genitive", () => {
    expect(formatDateTime(new Date(2026, 10, 27, 14, 5), "pl")).toBe("27 listopada 2026, 14:05");
    expect(formatDateTime(new Date(2026, 10, 27, 14, 5), "en")).toBe("27 November 2026, 14:05");
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
