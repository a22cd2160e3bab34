import { DEMO_PARTNERSHIPS, readTerytRegister } from "../seed";

/** Member TERYT codes of each demo partnership, expanded as the seed does ("2013*" = every gmina of 2013). */
export function demoMembers(): Map<string, Set<string>> {
  const units = readTerytRegister();
  return new Map(
    DEMO_PARTNERSHIPS.map((p) => [
      p.slug,
      new Set(
        p.members.flatMap((code) =>
          code.endsWith("*") ? units.filter((u) => u.parentTeryt === code.slice(0, -1)).map((u) => u.teryt) : [code],
        ),
      ),
    ]),
  );
}
