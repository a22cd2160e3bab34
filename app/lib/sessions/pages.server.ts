/** Helpers the session routes share: link choices of the agenda form, form defaults, refusals as answers. */
import { data } from "@remix-run/node";
import type { Db } from "../../../db/client";
import type { Locale } from "../../i18n";
import { getServerT } from "../request.server";
import { STRATEGY_SECTIONS } from "../strategy-sections";
import { projectChoices } from "./agenda-projects.server";
import { MeetingError } from "./errors";
import type { AgendaItemView, MeetingRow } from "./meetings.server";
import { warsawParts } from "./time";

export async function linkChoices(db: Db, partnership: { id: string; slug: string }, locale: Locale) {
  const projects = await projectChoices(db, partnership.id, partnership.slug);
  return {
    sections: STRATEGY_SECTIONS.map((s) => ({ value: `section:${s.key}`, label: `${Number(s.key.slice(1))}. ${s[locale]}` })),
    projects: projects.map((p) => ({ value: `project:${p.id}`, label: p.title })),
  };
}

export function formDefaults(meeting: MeetingRow, agenda: readonly AgendaItemView[]) {
  const { date, time } = warsawParts(meeting.startsAt);
  return {
    title: meeting.title,
    body: meeting.body,
    date,
    time,
    durationMinutes: String(meeting.durationMinutes),
    videoUrl: meeting.videoUrl ?? "",
    agenda: agenda.map((a) => ({ title: a.title, link: a.linkValue })),
    revision: String(meeting.revision),
  };
}

/** A refused session command as the action's answer: its translated reason and status. Other errors propagate. */
export function refusedCommand(request: Request, error: unknown) {
  if (!(error instanceof MeetingError)) throw error;
  return data({ ok: false as const, error: getServerT(request)(`sessions:${error.key}`) }, { status: error.status });
}
