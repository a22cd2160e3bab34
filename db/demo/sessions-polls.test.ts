import { Node as PmNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { documentSchema } from "../../app/lib/editor/extensions";
import { STRATEGY_SECTIONS } from "../../app/lib/strategy-sections";
import { DEMO_PARTNERSHIPS } from "../seed";
import { addDays, warsawDate, warsawInstant } from "./dates";
import { DEMO_PEOPLE, DEMO_PROJECTS, demoPolls, demoSessions } from "./index";
import { demoMembers } from "./members";
import type { PersonRef } from "./types";

const NOW = new Date("2026-12-01T08:00:00Z");
const TODAY = warsawDate(NOW);

/** Every person a partnership's demo may name: its demo accounts and its people without accounts. */
function known(slug: string): (ref: PersonRef) => boolean {
  const p = DEMO_PARTNERSHIPS.find((x) => x.slug === slug)!;
  const emails = new Set(p.people.map((person) => `${person.local}@${slug}.demo`));
  const names = new Set(DEMO_PEOPLE[slug].map((person) => person.name));
  return (ref) => ("email" in ref ? emails.has(ref.email) : names.has(ref.name));
}
const id = (ref: PersonRef) => ("email" in ref ? ref.email : ref.name);

describe("demo people", () => {
  it("seats exactly one council member per member JST (demo accounts included)", () => {
    const members = demoMembers();
    for (const slug of ["ziemia-wysokomazowiecka", "wiele-gmin-jeden-cel"]) {
      const accounts = DEMO_PARTNERSHIPS.find((p) => p.slug === slug)!
        .people.filter((p) => p.role === "council_member")
        .map((p) => p.represents!);
      const others = DEMO_PEOPLE[slug].filter((p) => p.role === "council_member").map((p) => p.teryt!);
      expect([...accounts, ...others].sort(), slug).toEqual([...members.get(slug)!].sort());
    }
  });
});

describe("demo sessions", () => {
  const sessions = demoSessions(NOW);

  it("gives each partnership a closed session in the past and a planned one ahead", () => {
    for (const slug of DEMO_PARTNERSHIPS.map((p) => p.slug)) {
      const own = sessions.filter((s) => s.partnership === slug);
      expect(own.map((s) => s.status).sort(), slug).toEqual(["closed", "planned"]);
      expect(own.find((s) => s.status === "closed")!.date < TODAY).toBe(true);
      expect(own.find((s) => s.status === "planned")!.date > TODAY).toBe(true);
    }
    expect(new Set(sessions.map((s) => s.key)).size).toBe(sessions.length);
  });

  it.each(sessions)("$key: agenda linked to its strategy and projects; start as a Warsaw instant", (session) => {
    expect(session.startsAt).toBe(warsawInstant(session.date, session.time));
    expect(
      new Date(session.startsAt).toLocaleTimeString("pl-PL", {
        timeZone: "Europe/Warsaw",
        hour: "2-digit",
        minute: "2-digit",
      }),
    ).toBe(session.time);
    expect(session.agenda.length).toBeGreaterThanOrEqual(3);
    const projects = new Set(DEMO_PROJECTS[session.partnership].map((p) => p.key));
    for (const item of session.agenda) {
      if (item.link?.kind === "project") expect(projects.has(item.link.project), item.key).toBe(true);
      if (item.link?.kind === "strategy_section")
        expect(STRATEGY_SECTIONS.map((s) => s.key)).toContain(item.link.section);
    }
    expect(new URL(session.videoUrl).protocol).toBe("https:");
  });

  it.each(sessions.filter((s) => s.status === "closed"))(
    "$key: minutes, attendance, decisions and approvals",
    (session) => {
      const isKnown = known(session.partnership);
      expect(() => PmNode.fromJSON(documentSchema(), session.minutes!).check()).not.toThrow();
      const [h, m] = session.time.split(":").map(Number);
      const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      const start = h * 60 + m;
      const people = session.attendance.map((a) => id(a.person));
      expect(new Set(people).size).toBe(people.length);
      for (const a of session.attendance) {
        expect(isKnown(a.person), id(a.person)).toBe(true);
        let previous = start - 15;
        for (const { joined, left } of a.intervals) {
          expect(minutes(joined) >= previous && minutes(left) > minutes(joined), id(a.person)).toBe(true);
          previous = minutes(left);
        }
        expect(previous).toBeLessThanOrEqual(start + session.durationMinutes + 15);
      }
      expect(session.attendance.some((a) => a.intervals.length > 1) || session.attendance.some((a) => a.byPhone)).toBe(
        true,
      );
      const agenda = new Set(session.agenda.map((i) => i.key));
      expect(session.decisions.length).toBeGreaterThan(0);
      for (const d of session.decisions) {
        expect(agenda.has(d.agendaItem)).toBe(true);
        expect(people).toContain(id(d.recordedBy));
      }
      for (const approval of session.approvals) {
        expect(people).toContain(id(approval.person));
        expect(approval.at > session.startsAt).toBe(true);
      }
    },
  );

  it("keeps 10:00 in Warsaw on both sides of a daylight-saving change", () => {
    expect(warsawInstant("2026-03-28", "10:00")).toBe("2026-03-28T10:00:00+01:00");
    expect(warsawInstant("2026-03-30", "10:00")).toBe("2026-03-30T10:00:00+02:00");
    expect(warsawInstant("2026-10-26", "10:00")).toBe("2026-10-26T10:00:00+01:00");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("demo polls", () => {
  const polls = demoPolls(NOW);

  it("opens Ziemia Wysokomazowiecka's secret single-choice flagship poll over three of its projects, closing in two weeks", () => {
    const poll = polls.find((p) => p.partnership === "ziemia-wysokomazowiecka")!;
    expect(poll).toMatchObject({
      title: "Wybór projektu flagowego",
      status: "open",
      method: "single",
      secret: true,
      outcome: null,
    });
    const projects = DEMO_PROJECTS["ziemia-wysokomazowiecka"].map((p) => p.key);
    expect(poll.candidates).toHaveLength(3);
    for (const c of poll.candidates) expect(projects).toContain(c);
    expect(poll.eligible).toHaveLength(11);
    expect(poll.eligible.every(known(poll.partnership))).toBe(true);
    expect(poll.opensAt < NOW.toISOString() || new Date(poll.opensAt) < NOW).toBe(true);
    expect(warsawDate(new Date(poll.closesAt))).toBe(addDays(TODAY, 14));
  });

  it("records another partnership's closed open-ballot poll whose outcome matches its ballots", () => {
    const poll = polls.find((p) => p.status === "closed")!;
    expect(poll.partnership).not.toBe("ziemia-wysokomazowiecka");
    expect(poll.secret).toBe(false);
    const voters = poll.ballots.map((b) => id(b.voter));
    expect(new Set(voters).size).toBe(voters.length);
    const eligible = new Set(poll.eligible.map(id));
    for (const ballot of poll.ballots) {
      expect(eligible.has(id(ballot.voter))).toBe(true);
      expect(poll.candidates).toContain(ballot.choice);
      expect(
        new Date(ballot.castAt) > new Date(poll.opensAt) && new Date(ballot.castAt) < new Date(poll.closesAt),
      ).toBe(true);
    }
    const outcome = poll.outcome!;
    expect(outcome.turnout).toBe(poll.ballots.length / poll.eligible.length);
    expect(outcome.quorumMet).toBe(outcome.turnout > poll.quorum);
    const counted = poll.candidates.map((c) => ({
      project: c,
      votes: poll.ballots.filter((b) => b.choice === c).length,
    }));
    expect([...outcome.votes].sort((a, b) => a.project.localeCompare(b.project))).toEqual(
      counted.sort((a, b) => a.project.localeCompare(b.project)),
    );
    const top = Math.max(...counted.map((c) => c.votes));
    expect(outcome.tie).toBe(counted.filter((c) => c.votes === top).length > 1);
    expect(outcome.adoptedFlagship).toBe(counted.find((c) => c.votes === top)!.project);
    expect(new Date(outcome.adoptedAt) > new Date(poll.closesAt)).toBe(true);
    expect(() => PmNode.fromJSON(documentSchema(), outcome.minutes).check()).not.toThrow();
  });
});
