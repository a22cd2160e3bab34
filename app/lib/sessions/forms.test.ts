import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { decisionSchema, isHttpUrl, meetingFormSchema, parseAgendaLink, phoneAttendeeSchema } from "./forms";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const valid = { title: "Posiedzenie grupy roboczej", body: "working_group", date: "2026-12-10", time: "10:00", durationMinutes: "90" };

describe("session forms", () => {
  it("accepts a complete session with an agenda linked to strategy sections", () => {
    const result = parseWithZod(
      form({ ...valid, videoUrl: "https://meet.jit.si/wspolnie-zw", "agenda[0].title": "Otwarcie", "agenda[1].title": "Cele", "agenda[1].link": "section:s04" }),
      { schema: meetingFormSchema },
    );
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect(result.value.durationMinutes).toBe(90);
    expect(result.value.agenda).toEqual([{ title: "Otwarcie" }, { title: "Cele", link: "section:s04" }]);
  });

  it("names each problem with a translatable key", () => {
    const result = parseWithZod(
      form({ title: "", body: "party", date: "2026-02-30", time: "25:00", durationMinutes: "5", videoUrl: "javascript:alert(1)", "agenda[0].title": "", "agenda[0].link": "section:s99" }),
      { schema: meetingFormSchema },
    );
    expect(result.status).toBe("error");
    const errors = result.reply().error!;
    expect(errors.title).toEqual(["sessions:validation.titleRequired"]);
    expect(errors.body).toEqual(["sessions:validation.bodyRequired"]);
    expect(errors.date).toEqual(["sessions:validation.dateInvalid"]);
    expect(errors.time).toEqual(["sessions:validation.timeInvalid"]);
    expect(errors.durationMinutes).toEqual(["sessions:validation.durationRange"]);
    expect(errors.videoUrl).toEqual(["sessions:validation.urlInvalid"]);
    expect(errors["agenda[0].title"]).toEqual(["sessions:validation.itemTitleRequired"]);
    expect(errors["agenda[0].link"]).toEqual(["sessions:validation.linkInvalid"]);
  });

  it("refuses a time the clock skips in spring", () => {
    const result = parseWithZod(form({ ...valid, date: "2026-03-29", time: "02:30" }), { schema: meetingFormSchema });
    expect(result.status === "error" && result.reply().error?.time).toEqual(["sessions:validation.timeSkipped"]);
  });

  it("takes video links over http and https only", () => {
    expect(isHttpUrl("https://teams.microsoft.com/l/meetup-join/19%3ameeting")).toBe(true);
    expect(isHttpUrl("http://192.168.1.20:8443/room")).toBe(true);
    for (const bad of ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>", "meet.jit.si/pokoj", "ftp://x.pl", "https://"]) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });

  it("reads agenda links", () => {
    expect(parseAgendaLink("")).toBeNull();
    expect(parseAgendaLink("section:s14")).toEqual({ kind: "strategy_section", sectionKey: "s14" });
    expect(parseAgendaLink("project:0B6E1A2C-1111-4111-8111-111111111111")).toEqual({
      kind: "project",
      projectId: "0b6e1a2c-1111-4111-8111-111111111111",
    });
    expect(parseAgendaLink("project:nope")).toBeUndefined();
    expect(parseAgendaLink("url:https://x")).toBeUndefined();
  });

  it("checks decisions and phone attendance", () => {
    expect(parseWithZod(form({ intent: "decision", text: "  " }), { schema: decisionSchema }).status).toBe("error");
    const phone = parseWithZod(form({ intent: "phone", name: "Paweł Olszewski", from: "10:40", to: "10:20" }), { schema: phoneAttendeeSchema });
    expect(phone.status === "error" && phone.reply().error?.to).toEqual(["sessions:validation.toBeforeFrom"]);
    const nobody = parseWithZod(form({ intent: "phone", from: "10:00", to: "10:20" }), { schema: phoneAttendeeSchema });
    expect(nobody.status === "error" && nobody.reply().error?.name).toEqual(["sessions:validation.personRequired"]);
  });
});
