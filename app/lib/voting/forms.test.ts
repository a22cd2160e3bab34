import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { ballotFormSchema, normaliseReceipt, pollFormSchema } from "./forms";

const A = "8c7c6f5e-1111-4222-8333-444455556666";
const B = "9c7c6f5e-1111-4222-8333-444455556666";
const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("voting forms", () => {
  it("reads a score ballot from one field per candidate, whole 0–5", () => {
    const ok = parseWithZod(form([["score." + A, "3"], ["score." + B, "0"]]), { schema: ballotFormSchema });
    expect(ok.status === "success" && ok.value.score).toEqual({ [A]: 3, [B]: 0 });
    expect(parseWithZod(form([["score." + A, "6"]]), { schema: ballotFormSchema }).status).toBe("error");
  });

  it("reads a poll with Warsaw times, refuses closing before opening, a live secret poll and one candidate", () => {
    const base: [string, string][] = [["title", "Wybór"], ["method", "single"], ["quorumPercent", "50"], ["candidates", A], ["candidates", B]];
    const ok = parseWithZod(form([...base, ["secret", "on"], ["opensDate", "2027-03-01"], ["opensTime", "10:00"]]), { schema: pollFormSchema });
    expect(ok.status === "success" && ok.value).toMatchObject({ secret: true, quorumPercent: 50, candidates: [A, B] });
    const bad = parseWithZod(
      form([...base.slice(0, 4), ["secret", "on"], ["liveResults", "on"], ["opensDate", "2027-03-02"], ["opensTime", "10:00"], ["closesDate", "2027-03-01"], ["closesTime", "10:00"]]),
      { schema: pollFormSchema },
    );
    expect(bad.status === "error" && bad.error).toMatchObject({
      liveResults: ["voting:validation.secretNotLive"],
      closesDate: ["voting:validation.closesBeforeOpens"],
      candidates: ["voting:validation.candidatesMin"],
    });
    // 02:30 on the last Sunday of March does not exist in Poland.
    const skipped = parseWithZod(form([...base, ["opensDate", "2027-03-28"], ["opensTime", "02:30"]]), { schema: pollFormSchema });
    expect(skipped.status === "error" && skipped.error?.opensTime).toEqual(["voting:validation.timeInvalid"]);
  });

  it("normalises receipts typed in any case, with or without the dash", () => {
    expect(normaliseReceipt("abcde-12345")).toBe("ABCDE-12345");
    expect(normaliseReceipt(" ABCDE12345 ")).toBe("ABCDE-12345");
    expect(normaliseReceipt("ABC")).toBeUndefined();
  });
});
