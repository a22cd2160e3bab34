/** Applicants register themselves (the future coordinators): an account without a platform role. */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { users } from "../../../db/schema";
import { hashPassword } from "../auth/password.server";

export async function registerApplicant(db: Db, input: { name: string; email: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) return null;
  const [user] = await db.insert(users).values({ email, name: input.name, passwordHash }).onConflictDoNothing().returning();
  return user ?? null;
}
