import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { users } from "../../../db/schema";
import { createPartnership } from "../partnerships.server";

/**
 * A partnership of its own with a still empty strategy (the demo partnerships' strategies have content), and
 * the id of the demo person with the given e-mail (for authorship).
 */
export async function emptyStrategyPartnership(db: Db, email: string) {
  const created = await createPartnership(db, {
    slug: "partnerstwo-testowe",
    name: "Partnerstwo testowe",
    voivodeshipTeryt: "20",
    memberTeryts: ["2002013", "2002023"],
  });
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return { partnershipId: created.partnership.id, strategy: created.strategy, userId: user.id };
}
