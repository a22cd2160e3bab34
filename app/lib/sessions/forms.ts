/**
 * Input schemas of the session forms, shared by the browser (Conform) and the server. Messages are keys of the
 * "sessions" namespace. Pure.
 */
import { z } from "zod";
import { MEETING_BODIES } from "../enums";
import { isUuid } from "../ids";
import { STRATEGY_SECTIONS } from "../strategy-sections";
import { isLocalDate, isLocalTime, warsawInstant } from "./time";

/** Any http(s) address; everything else (javascript:, file:, data: …) is refused. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** An agenda item's link as one form value: "" (none), "section:s04", "project:<uuid>". */
export type AgendaLinkValue = { kind: "strategy_section"; sectionKey: string } | { kind: "project"; projectId: string } | null;

export function parseAgendaLink(value: string | undefined): AgendaLinkValue | undefined {
  if (!value) return null;
  const [kind, ref] = value.split(":", 2);
  if (kind === "section" && STRATEGY_SECTIONS.some((s) => s.key === ref)) return { kind: "strategy_section", sectionKey: ref };
  if (kind === "project" && isUuid(ref)) return { kind: "project", projectId: ref.toLowerCase() };
  return undefined;
}

export function agendaLinkValue(link: { linkKind: string | null; sectionKey: string | null; projectId: string | null }): string {
  if (link.linkKind === "strategy_section" && link.sectionKey) return `section:${link.sectionKey}`;
  if (link.linkKind === "project" && link.projectId) return `project:${link.projectId}`;
  return "";
}

export const MAX_AGENDA_ITEMS = 30;

export const meetingFormSchema = z
  .object({
    title: z
      .string({ required_error: "sessions:validation.titleRequired" })
      .trim()
      .min(1, "sessions:validation.titleRequired")
      .max(200, "sessions:validation.titleTooLong"),
    body: z.enum(MEETING_BODIES, { errorMap: () => ({ message: "sessions:validation.bodyRequired" }) }),
    date: z.string({ required_error: "sessions:validation.dateRequired" }).refine(isLocalDate, "sessions:validation.dateInvalid"),
    time: z.string({ required_error: "sessions:validation.timeRequired" }).refine(isLocalTime, "sessions:validation.timeInvalid"),
    durationMinutes: z
      .number({ required_error: "sessions:validation.durationRequired", invalid_type_error: "sessions:validation.durationInvalid" })
      .int("sessions:validation.durationInvalid")
      .min(15, "sessions:validation.durationRange")
      .max(720, "sessions:validation.durationRange"),
    videoUrl: z.string().trim().max(2000, "sessions:validation.urlInvalid").refine(isHttpUrl, "sessions:validation.urlInvalid").optional(),
    agenda: z
      .array(
        z.object({
          title: z
            .string({ required_error: "sessions:validation.itemTitleRequired" })
            .trim()
            .min(1, "sessions:validation.itemTitleRequired")
            .max(300, "sessions:validation.itemTitleTooLong"),
          link: z.string().optional().refine((v) => parseAgendaLink(v) !== undefined, "sessions:validation.linkInvalid"),
        }),
      )
      .max(MAX_AGENDA_ITEMS, "sessions:validation.tooManyItems")
      .optional(),
    /** The revision the form was loaded at (edits only): a stale save is refused. */
    revision: z.number().int().optional(),
  })
  .superRefine((value, ctx) => {
    if (isLocalDate(value.date) && isLocalTime(value.time) && !warsawInstant(value.date, value.time)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["time"], message: "sessions:validation.timeSkipped" });
    }
  });
export type MeetingFormInput = z.infer<typeof meetingFormSchema>;

export const decisionSchema = z.object({
  intent: z.literal("decision"),
  text: z
    .string({ required_error: "sessions:validation.decisionRequired" })
    .trim()
    .min(1, "sessions:validation.decisionRequired")
    .max(4000, "sessions:validation.decisionTooLong"),
  agendaItemId: z.string().refine(isUuid, "sessions:validation.itemUnknown").optional(),
});

/** A person who joined by phone, entered by the coordinator: a member (userId) or a name, and their times. */
export const phoneAttendeeSchema = z
  .object({
    intent: z.literal("phone"),
    attendeeId: z.string().refine(isUuid, "sessions:validation.attendeeUnknown").optional(),
    userId: z.string().refine(isUuid, "sessions:validation.personRequired").optional(),
    name: z.string().trim().max(200, "sessions:validation.nameTooLong").optional(),
    from: z.string({ required_error: "sessions:validation.timeRequired" }).refine(isLocalTime, "sessions:validation.timeInvalid"),
    to: z.string({ required_error: "sessions:validation.timeRequired" }).refine(isLocalTime, "sessions:validation.timeInvalid"),
  })
  .superRefine((value, ctx) => {
    if (!value.userId && !value.name) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["name"], message: "sessions:validation.personRequired" });
    if (isLocalTime(value.from) && isLocalTime(value.to) && value.to <= value.from) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["to"], message: "sessions:validation.toBeforeFrom" });
    }
  });
