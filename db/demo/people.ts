/**
 * People the demo sessions and polls need beyond the demo accounts (db/seed.ts): the other council members —
 * one per member JST, as the programme requires — and working-group members and experts. They have no
 * accounts; a feature that needs them to sign in (e.g. to vote) creates accounts from this list.
 */
import people from "./people.json";
import type { DemoPerson } from "./types";

/** By partnership slug (data in people.json): name, role, member JST (TERYT) when they represent one, institution, position. */
export const DEMO_PEOPLE = people as Record<string, readonly DemoPerson[]>;

/** A named person of the demo as a PersonRef. */
export function person(slug: string, name: string) {
  const found = DEMO_PEOPLE[slug].find((p) => p.name === name);
  if (!found) throw new Error(`no demo person ${name} in ${slug}`);
  return { name: found.name, institution: found.institution, ...(found.teryt ? { teryt: found.teryt } : {}) };
}
