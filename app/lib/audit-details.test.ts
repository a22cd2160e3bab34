import { describe, expect, it } from "vitest";
import { describeAuditDetails } from "./audit-details";
import { createI18n } from "~/i18n";

describe("describeAuditDetails", () => {
  const i18n = createI18n("pl");
  const ready = Promise.resolve();

  it("says a role change in words, without ids or raw JSON", async () => {
    await ready;
    const t = i18n.getFixedT("pl", "auth");
    const lines = describeAuditDetails(
      {
        from: { role: "working_group_member", representedTeryt: null, isChair: false },
        to: { role: "council_member", representedTeryt: "2013011", isChair: true },
      },
      t,
    );
    expect(lines).toEqual([
      "było: rola: członek grupy roboczej",
      "jest: rola: członek rady partnerstwa, reprezentowana jednostka: 2013011, przewodniczący(-a) rady: tak",
    ]);
    expect(lines.join(" ")).not.toContain("{");
  });

  it("counts working groups instead of listing their ids, and translates simple keys", async () => {
    await ready;
    const t = i18n.getFixedT("pl", "auth");
    expect(describeAuditDetails({ groups: ["0b7c8a44-1f6e-4c55-9b7e-0a1d2c3b4e5f", "1b7c8a44-1f6e-4c55-9b7e-0a1d2c3b4e5f"] }, t)).toEqual([
      "grupy robocze: 2",
    ]);
    expect(describeAuditDetails({ endedSessions: 3, known: false }, t)).toEqual(["zakończone sesje: 3", "konto istnieje: nie"]);
    expect(describeAuditDetails({ renamed: "0b7c8a44-1f6e-4c55-9b7e-0a1d2c3b4e5f", name: "Gospodarka" }, t)).toEqual(["nazwa: Gospodarka"]);
  });
});
