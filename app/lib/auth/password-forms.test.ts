import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../i18n";
import { inviteSchema } from "./forms";
import { changePasswordSchema, isCommonPassword, resetPasswordSchema } from "./password-forms";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

function errorsOf(schema: Parameters<typeof parseWithZod>[1]["schema"], fields: Record<string, string>) {
  const submission = parseWithZod(form(fields), { schema });
  return submission.status === "success" ? {} : submission.error;
}

describe("password rules (one schema for browser and server)", () => {
  it("refuses passwords shorter than 12 characters", () => {
    expect(errorsOf(resetPasswordSchema, { password: "abcdefghijk", confirm: "abcdefghijk" })).toEqual({
      password: ["auth:validation.passwordTooShort"],
    });
  });

  it("refuses common passwords, whatever their case", () => {
    expect(isCommonPassword("qwerty123456")).toBe(true);
    expect(isCommonPassword("QWERTY123456")).toBe(true);
    expect(isCommonPassword("zielona-łąka-nad-narwią")).toBe(false);
    expect(errorsOf(resetPasswordSchema, { password: "1q2w3e4r5t6y", confirm: "1q2w3e4r5t6y" })).toEqual({
      password: ["auth:validation.passwordCommon"],
    });
  });

  it("requires the confirmation to match, and accepts a good password", () => {
    expect(errorsOf(resetPasswordSchema, { password: "zielona-łąka-nad-narwią", confirm: "x" })).toEqual({
      confirm: ["auth:validation.confirmMismatch"],
    });
    expect(errorsOf(resetPasswordSchema, { password: "zielona-łąka-nad-narwią", confirm: "zielona-łąka-nad-narwią" })).toEqual({});
    expect(
      errorsOf(changePasswordSchema, {
        intent: "password",
        current: "old",
        password: "zielona-łąka-nad-narwią",
        confirm: "zielona-łąka-nad-narwią",
      }),
    ).toEqual({});
  });

  it("requires the represented JST when inviting a council member", () => {
    expect(errorsOf(inviteSchema, { intent: "invite", email: "a@b.pl", role: "council_member" })).toEqual({
      representedTeryt: ["auth:validation.representedRequired"],
    });
    expect(errorsOf(inviteSchema, { intent: "invite", email: "a@b.pl", role: "expert" })).toEqual({});
  });

  it("has a Polish and an English text for every message key the schemas use", () => {
    const keys = [
      "emailRequired", "emailInvalid", "passwordRequired", "passwordTooShort", "passwordTooLong", "passwordCommon",
      "nameRequired", "nameTooLong", "confirmRequired", "confirmMismatch", "currentRequired", "currentWrong",
      "roleRequired", "representedRequired",
    ];
    for (const locale of ["pl", "en"] as const) {
      const { t } = createI18n(locale);
      for (const key of keys) expect(t(`auth:validation.${key}`)).not.toContain("validation.");
    }
  });
});
