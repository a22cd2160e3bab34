/**
 * The demo content of Wspólnie, for the seed and for the feature modules that seed their own tables.
 *
 * - Strategies: `DEMO_STRATEGY_HISTORY` in db/seed-strategy.ts (seeded today) over db/demo/strategy/*.
 * - `DEMO_PROJECTS` — each pilot partnership's project package (DemoProject, ./types.ts).
 * - `demoSessions(now)` — a closed and a planned session per partnership (DemoSession).
 * - `demoPolls(now)` — the open flagship poll of Ziemia Wysokomazowiecka and a closed one of Wiele gmin – jeden cel
 *   (DemoPoll).
 * - `DEMO_PEOPLE` — council members and others without accounts whom sessions and polls name (DemoPerson).
 *
 * Sessions and polls are placed relative to `now` (the day of seeding) so that "past" and "upcoming" stay true.
 */
export { DEMO_PROJECTS, demoProject } from "./projects";
export { demoSessions } from "./sessions";
export { demoPolls } from "./polls";
export { DEMO_PEOPLE } from "./people";
export { warsawInstant, warsawDate, TIME_ZONE } from "./dates";
export type * from "./types";
