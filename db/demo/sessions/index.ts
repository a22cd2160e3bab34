/**
 * The demo sessions (shape: DemoSession in ../types.ts), placed around the day the demo is seeded. The sessions
 * are data, in data/<slug>.json: `day` is how many days from today (a closed session on the last weekday on or
 * before it, a planned one on the first weekday on or after it), people are `{ "account": local part }` or
 * `{ "named": name }` (db/demo/people.ts), approvals are days after the session at a Warsaw time, and minutes are
 * rich-text blocks as in the project fiches.
 */
import { addDays, warsawDate, warsawInstant, weekday } from "../dates";
import { person } from "../people";
import { doc, h3, p, ul } from "../pm";
import type { DemoAgendaItem, DemoSession, IsoDate, PersonRef, WarsawTime } from "../types";
import abpt from "./data/augustowsko-biebrzanski-park-turystyczny.json";
import wgjc from "./data/wiele-gmin-jeden-cel.json";
import zw from "./data/ziemia-wysokomazowiecka.json";

type Who = { account: string } | { named: string };
type Block = string | { h3: string } | { ul: string[] };
interface StoredSession extends Pick<DemoSession, "key" | "body" | "title" | "time" | "durationMinutes" | "videoUrl" | "status"> {
  day: number;
  agenda: { key: string; title: string; section?: string; project?: string }[];
  minutes: Block[] | null;
  attendance: { who: Who; intervals: [WarsawTime, WarsawTime][]; byPhone?: boolean }[];
  decisions: { agendaItem: string; text: string; by: Who }[];
  approvals: { who: Who; daysAfter: number; time: WarsawTime }[];
}

const agendaLink = (item: StoredSession["agenda"][number]): DemoAgendaItem["link"] =>
  item.section ? { kind: "strategy_section", section: item.section } : item.project ? { kind: "project", project: item.project } : null;

function sessionsOf(slug: string, stored: unknown, today: IsoDate): DemoSession[] {
  const ref = (who: Who): PersonRef => ("account" in who ? { email: `${who.account}@${slug}.demo` } : person(slug, who.named));
  return (stored as StoredSession[]).map(({ day, agenda, minutes, attendance, decisions, approvals, ...session }) => {
    const date = weekday(addDays(today, day), day < 0 ? -1 : 1);
    return {
      ...session,
      partnership: slug,
      date,
      startsAt: warsawInstant(date, session.time),
      agenda: agenda.map((item) => ({ key: item.key, title: item.title, link: agendaLink(item) })),
      minutes: minutes && doc(...minutes.map((b) => (typeof b === "string" ? p(b) : "h3" in b ? h3(b.h3) : ul(...b.ul)))),
      attendance: attendance.map((a) => ({ person: ref(a.who), intervals: a.intervals.map(([joined, left]) => ({ joined, left })), byPhone: a.byPhone ?? false })),
      decisions: decisions.map((d) => ({ agendaItem: d.agendaItem, text: d.text, recordedBy: ref(d.by) })),
      approvals: approvals.map((a) => ({ person: ref(a.who), at: warsawInstant(addDays(date, a.daysAfter), a.time) })),
    };
  });
}

/** For each pilot partnership: a closed working-group session in the past and a planned one ahead of `now`. */
export function demoSessions(now: Date = new Date()): DemoSession[] {
  const today = warsawDate(now);
  return [
    ...sessionsOf("ziemia-wysokomazowiecka", zw, today),
    ...sessionsOf("wiele-gmin-jeden-cel", wgjc, today),
    ...sessionsOf("augustowsko-biebrzanski-park-turystyczny", abpt, today),
  ];
}
