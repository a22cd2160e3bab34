/** Test fixtures of the voting tests: a partnership's council grown to N members, outsiders, three candidates. */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { memberships, partnerships, projects, users } from "../../../db/schema";
import type { PartnershipRole } from "../enums";
import type { PollFormInput } from "./forms";

export const SLUG = "ziemia-wysokomazowiecka";

export async function votingFixture(db: Db, options: { council: number; outsiders: number; tag: string }) {
  const [p] = await db.select().from(partnerships).where(eq(partnerships.slug, SLUG));
  const [coordinator] = await db.select().from(users).where(eq(users.email, `koordynator@${SLUG}.demo`));
  const make = async (prefix: string, n: number, role: PartnershipRole | null) => {
    if (n === 0) return [];
    const rows = await db
      .insert(users)
      .values(Array.from({ length: n }, (_, i) => ({ email: `${prefix}${i}-${options.tag}@test.demo`, name: `${prefix === "rada" ? "Radny" : "Osoba"} ${options.tag} ${i}` })))
      .returning({ id: users.id, name: users.name, email: users.email });
    if (role) await db.insert(memberships).values(rows.map((u) => ({ userId: u.id, partnershipId: p.id, role })));
    return rows;
  };
  const council = await make("rada", options.council, "council_member");
  // Outsiders: a working-group member of this partnership and people of no partnership at all.
  const outsiders = [...(await make("grupa", Math.min(5, options.outsiders), "working_group_member")), ...(await make("obcy", Math.max(0, options.outsiders - 5), null))];
  const candidates = await db
    .select({ id: projects.id, title: projects.title })
    .from(projects)
    .where(and(eq(projects.partnershipId, p.id)))
    .orderBy(asc(projects.title))
    .limit(3);
  return { partnership: p, coordinator, council, outsiders, candidates };
}

export function pollInput(candidates: { id: string }[], extra: Partial<PollFormInput> = {}): PollFormInput {
  return {
    title: "Wybór projektu flagowego",
    description: "Głosowanie testowe",
    method: "single",
    secret: false,
    liveResults: false,
    quorumPercent: 50,
    candidates: candidates.map((c) => c.id),
    ...extra,
  };
}
