/**
 * The phases of a selected partnership (DOMAIN.md): planned lengths counted from the announcement, one after
 * another — 4 / 9 / 3–4 / 2–3 months (the longer bound is planned; the coordinator or ministry may edit the
 * dates). Pure.
 */
import { PHASE_KEYS, type PhaseKey } from "./enums";

/** A phase of a partnership as stored (partnership_phases). */
export interface Phase {
  key: PhaseKey;
  position: number;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

export const PHASE_MONTHS: Record<PhaseKey, number> = { organisation: 4, strategic: 9, project: 4, summary: 3 };

/** Adds whole months to an ISO date (the day clamped to the month's last). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export interface PlannedPhase {
  key: PhaseKey;
  position: number;
  plannedStart: string;
  plannedEnd: string;
}

/** The planned phases from an announcement day: each starts where the previous one ends. */
export function planPhases(announcementDate: string): PlannedPhase[] {
  let start = announcementDate;
  return PHASE_KEYS.map((key, position) => {
    const end = addMonths(start, PHASE_MONTHS[key]);
    const phase = { key, position, plannedStart: start, plannedEnd: end };
    start = end;
    return phase;
  });
}

export interface PhaseDates {
  key: PhaseKey;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

/**
 * The phase a partnership is in on a day: one started (actually) and not ended; else the latest whose planned
 * range holds the day (phases may overlap); else null (before the first, after the last).
 */
export function phaseOn<T extends PhaseDates>(phases: readonly T[], day: string): T | null {
  const running = phases.filter((p) => p.actualStart && p.actualStart <= day && (!p.actualEnd || p.actualEnd >= day));
  if (running.length > 0) return running[running.length - 1];
  const planned = phases.filter((p) => p.plannedStart <= day && day < p.plannedEnd);
  return planned.length > 0 ? planned[planned.length - 1] : null;
}

/** A planned range is valid when it ends after it starts. */
export function validRange(start: string, end: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && start < end;
}

/** The calendar day in Warsaw at an instant (ISO yyyy-mm-dd). */
export function warsawDay(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}
