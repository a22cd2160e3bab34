/** The demo sessions (shape: DemoSession in ../types.ts), placed around the day the demo is seeded. */
import { warsawDate } from "../dates";
import type { DemoSession } from "../types";
import { abptSessions, wgjcSessions } from "./others";
import { zwSessions } from "./ziemia-wysokomazowiecka";

/** For each pilot partnership: a closed working-group session in the past and a planned one ahead of `now`. */
export function demoSessions(now: Date = new Date()): DemoSession[] {
  const today = warsawDate(now);
  return [...zwSessions(today), ...wgjcSessions(today), ...abptSessions(today)];
}
