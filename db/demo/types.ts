/**
 * Shapes of the demo content for the project package, working-group sessions and council polls. These are plain
 * data for the feature modules to seed once their tables exist; nothing here touches the database.
 *
 * Conventions: dates are ISO `YYYY-MM-DD`; local times are `HH:mm` in Europe/Warsaw on the session's date;
 * instants are ISO 8601 with the Warsaw offset (`2026-12-10T10:00:00+01:00`); money is PLN as a number (złote,
 * two decimals at most); JSTs are identified by their TERYT TERC code (4 digits: powiat, 7: gmina); people are
 * either a demo account (`{ email }`, see db/seed.ts) or a named person without an account (`{ name, … }`).
 */
import type { PmJson } from "./pm";

export type IsoDate = string;
export type WarsawTime = string;

/** A demo account by e-mail, or a person without an account (a council member, an official, a guest). */
export type PersonRef = { email: string } | { name: string; institution: string; teryt?: string };

/** People the demo needs beyond the demo accounts: council members of every member JST, working-group members. */
export interface DemoPerson {
  name: string;
  role: "council_member" | "working_group_member" | "expert" | "guest";
  /** The JST a council member represents (one per JST) or an official works for. */
  teryt?: string;
  institution: string;
  /** Function in the JST, e.g. "wójt gminy Klukowo". */
  position: string;
}

// ————————————————————————————————— projects ——————————————————————————————————

export type ProjectType = "strategic" | "complementary";
export type ProjectArea = "economic" | "social" | "environmental" | "institutional";
/** idea → preparation (documents in progress) → ready (ready to apply) → submitted → implementation. */
export type ProjectStatus = "idea" | "preparation" | "ready" | "submitted" | "implementation";
export type MaturityLevel = 0 | 1 | 2 | 3 | 4 | 5;
export type FeasibilitySection = "technical" | "legal" | "institutional" | "financial" | "risks" | "conclusion";

export interface DemoIndicator {
  kind: "output" | "result";
  name: string;
  unit: string;
  baseline: number;
  target: number;
  /** The year the target is to be reached. */
  year: number;
  source: string;
}

export interface DemoCosts {
  total: number;
  /** Eligible cost, at most the total. */
  eligible: number;
  /** Own contribution of each JST; their sum is the own share (total minus the external funding). */
  ownContributions: { teryt: string; amount: number }[];
}

export interface DemoFunding {
  /** Programme, e.g. "FEP 2021–2027" (Fundusze Europejskie dla Podlaskiego), "KPO", "NFOŚiGW". */
  source: string;
  /** Priority, measure or call, when known. */
  measure: string;
  amount: number;
}

export interface DemoRisk {
  risk: string;
  probability: "low" | "medium" | "high";
  impact: "low" | "medium" | "high";
  mitigation: string;
}

/** Evidence that a maturity level was reached. */
export interface DemoEvidence {
  level: Exclude<MaturityLevel, 0>;
  what: string;
  date: IsoDate;
  /** A public link: a BIP resolution, an announcement, a register entry. */
  url: string;
}

/** A schedule task; a milestone has start = end. A task starts on or after the end of every task it depends on. */
export interface DemoTask {
  key: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
  milestone: boolean;
  responsibleTeryt: string;
  dependsOn: string[];
}

export interface DemoProject {
  /** Stable key, unique across the demo (polls and sessions refer to it). */
  key: string;
  partnership: string;
  title: string;
  type: ProjectType;
  area: ProjectArea;
  /** The strategic goal and direction of action of the partnership's strategy the project carries out. */
  goal: { code: string; title: string };
  direction: { code: string; title: string };
  leadTeryt: string;
  /** Other member JSTs taking part (never the lead; members of the partnership only). */
  partnerTeryts: string[];
  otherPartners: string[];
  location: string;
  problem: string;
  targetGroups: string[];
  /** The pilot's integration test. */
  integration: {
    beyondOneGmina: boolean;
    severalProblems: boolean;
    severalGroups: boolean;
    severalPotentials: boolean;
  };
  scope: string[];
  indicators: DemoIndicator[];
  costs: DemoCosts;
  funding: DemoFunding[];
  start: IsoDate;
  end: IsoDate;
  risks: DemoRisk[];
  status: ProjectStatus;
  /** The level reached and evidence for each level from 1 up to it. */
  maturity: { level: MaturityLevel; evidence: DemoEvidence[] };
  schedule: DemoTask[];
  /** The co-edited description (one field, ProseMirror JSON of the shared schema). */
  description: PmJson;
  /** The feasibility analysis template's sections; null = not written yet. */
  feasibility: Record<FeasibilitySection, PmJson | null>;
}

// ————————————————————————————————— sessions ——————————————————————————————————

export type AgendaLink = { kind: "strategy_section"; section: string } | { kind: "project"; project: string };

export interface DemoAgendaItem {
  key: string;
  title: string;
  link: AgendaLink | null;
}

export interface DemoAttendance {
  person: PersonRef;
  /** Presence in the room; a reconnect is a second interval (to be merged into one record per person). */
  intervals: { joined: WarsawTime; left: WarsawTime }[];
  /** Joined by phone: recorded by the coordinator, not from presence. */
  byPhone: boolean;
}

export interface DemoDecision {
  agendaItem: string;
  text: string;
  recordedBy: PersonRef;
}

export interface DemoSession {
  key: string;
  partnership: string;
  body: "working_group" | "council";
  title: string;
  /** Local date and time in Europe/Warsaw, and the same instant as ISO 8601 with its offset. */
  date: IsoDate;
  time: WarsawTime;
  startsAt: string;
  durationMinutes: number;
  videoUrl: string;
  status: "planned" | "closed";
  agenda: DemoAgendaItem[];
  /** Minutes of a closed session (null for a planned one). */
  minutes: PmJson | null;
  attendance: DemoAttendance[];
  decisions: DemoDecision[];
  /** Approvals of the closed minutes by attendees. */
  approvals: { person: PersonRef; at: string }[];
}

// ————————————————————————————————— polls ——————————————————————————————————

export interface DemoBallot {
  voter: PersonRef;
  /** The chosen project key (single choice). */
  choice: string;
  castAt: string;
}

export interface DemoPoll {
  key: string;
  partnership: string;
  title: string;
  description: PmJson;
  method: "single" | "score";
  secret: boolean;
  status: "draft" | "open" | "closed";
  /** Instants (ISO 8601 with offset). */
  opensAt: string;
  closesAt: string;
  /** Share of eligible voters who must vote for the result to count (0.5 = more than half). */
  quorum: number;
  /** Project keys. */
  candidates: string[];
  /** Council members at the moment the poll opened. */
  eligible: PersonRef[];
  /** Ballots of a closed open-ballot poll (an open secret poll in the demo has none yet). */
  ballots: DemoBallot[];
  /** The adopted outcome of a closed poll. */
  outcome: {
    turnout: number;
    quorumMet: boolean;
    tie: boolean;
    votes: { project: string; votes: number }[];
    adoptedFlagship: string | null;
    adoptedBy: PersonRef;
    adoptedAt: string;
    minutes: PmJson;
  } | null;
}
