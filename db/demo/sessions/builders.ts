import { warsawInstant } from "../dates";
import { person } from "../people";
import type { DemoAgendaItem, DemoAttendance, DemoDecision, DemoSession, IsoDate, PersonRef, WarsawTime } from "../types";

/* Builders of the demo sessions: one line per agenda item, attendee, decision and approval. */

/** The people of a demo partnership: an account by its e-mail's local part, or a person without one by name. */
export function peopleOf(slug: string) {
  return { account: (local: string): PersonRef => ({ email: `${local}@${slug}.demo` }), named: (name: string) => person(slug, name) };
}

/** Present in the room, in one or more intervals (a reconnect is a second one). */
export const present = (who: PersonRef, ...intervals: [WarsawTime, WarsawTime][]): DemoAttendance => ({
  person: who,
  intervals: intervals.map(([joined, left]) => ({ joined, left })),
  byPhone: false,
});

/** Joined by phone (recorded by the coordinator). */
export const byPhone = (who: PersonRef, joined: WarsawTime, left: WarsawTime): DemoAttendance => ({ ...present(who, [joined, left]), byPhone: true });

/** An agenda item, linked to nothing, a strategy section or a project fiche. */
export const item = (key: string, title: string): DemoAgendaItem => ({ key, title, link: null });
export const sectionItem = (key: string, title: string, section: string): DemoAgendaItem => ({ key, title, link: { kind: "strategy_section", section } });
export const projectItem = (key: string, title: string, project: string): DemoAgendaItem => ({ key, title, link: { kind: "project", project } });

export const decision = (agendaItem: string, text: string, recordedBy: PersonRef): DemoDecision => ({ agendaItem, text, recordedBy });

export const approval = (who: PersonRef, date: IsoDate, time: WarsawTime) => ({ person: who, at: warsawInstant(date, time) });

type Record = "minutes" | "attendance" | "decisions" | "approvals";

/** A session: its instant from the Warsaw date and time; what a planned session has not got yet is empty. */
export function session(fields: Omit<DemoSession, "startsAt" | Record> & Partial<Pick<DemoSession, Record>>): DemoSession {
  return { minutes: null, attendance: [], decisions: [], approvals: [], ...fields, startsAt: warsawInstant(fields.date, fields.time) };
}
