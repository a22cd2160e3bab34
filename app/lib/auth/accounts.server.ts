import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { and, desc, eq, gt, inArray, isNull, ne } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { authTokens, memberships, sessions, users, workingGroupMembers, workingGroups } from "../../../db/schema";
import type { PartnershipRole, TokenKind } from "../enums";
import { hashPassword, verifyPassword } from "./password.server";

export type { TokenKind } from "../enums";
export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
};

// A real argon2id hash of a random string: unknown e-mails cost the same time as wrong passwords.
let dummyHash: Promise<string> | null = null;

/** The user when the e-mail and password match; null otherwise, taking about the same time either way. */
export async function authenticate(db: Db, email: string, password: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword(encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(16))));
    await verifyPassword(await dummyHash, password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? user : null;
}

export function tokenId(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export interface NewToken {
  kind: TokenKind;
  email: string;
  userId?: string | null;
  partnershipId?: string | null;
  role?: PartnershipRole | null;
  representedTeryt?: string | null;
  workingGroupIds?: string[];
  createdBy?: string | null;
}

/** Creates a single-use link token; only its SHA-256 is stored. Returns the token for the link. */
export async function createAuthToken(db: Queryable, input: NewToken, now = Date.now()): Promise<string> {
  const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(25)));
  await db.insert(authTokens).values({
    id: tokenId(token),
    kind: input.kind,
    email: input.email.toLowerCase(),
    userId: input.userId ?? null,
    partnershipId: input.partnershipId ?? null,
    role: input.role ?? null,
    representedTeryt: input.representedTeryt ?? null,
    workingGroupIds: input.workingGroupIds ?? [],
    createdBy: input.createdBy ?? null,
    expiresAt: new Date(now + TOKEN_LIFETIME_MS[input.kind]),
  });
  return token;
}

export type AuthTokenRow = typeof authTokens.$inferSelect;

/** The token's row when it is of this kind, unused and unexpired. */
export async function findValidToken(db: Db, token: string, kind: TokenKind): Promise<AuthTokenRow | null> {
  if (!/^[a-z2-7]{20,80}$/.test(token)) return null;
  const [row] = await db
    .select()
    .from(authTokens)
    .where(
      and(
        eq(authTokens.id, tokenId(token)),
        eq(authTokens.kind, kind),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}

/** Marks the token used, atomically: of two concurrent uses only one gets the row. */
export async function consumeToken(db: Queryable, token: string, kind: TokenKind): Promise<AuthTokenRow | null> {
  if (!/^[a-z2-7]{20,80}$/.test(token)) return null;
  const rows = await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(authTokens.id, tokenId(token)),
        eq(authTokens.kind, kind),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

/**
 * A new reset link for the user; earlier unused ones stop working (marked used), so only the latest mail's link
 * opens — a link leaked from an older mail is dead once the user asks again.
 */
export async function createPasswordResetToken(db: Db, user: { id: string; email: string }): Promise<string> {
  return db.transaction(async (tx) => {
    await invalidateResetTokens(tx as unknown as Db, user.id);
    return createAuthToken(tx as unknown as Db, { kind: "password_reset", email: user.email, userId: user.id });
  });
}

async function invalidateResetTokens(db: Db, userId: string): Promise<void> {
  await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.kind, "password_reset"), isNull(authTokens.usedAt)));
}

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user ?? null;
}

export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, userId));
}

/**
 * Uses a reset token: new password, every session ended, every other reset link of the user dead. Returns the
 * user, or null for a bad link.
 */
export async function resetPasswordWithToken(db: Db, token: string, password: string) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, "password_reset");
    if (!row?.userId) return null;
    await invalidateResetTokens(tx as unknown as Db, row.userId);
    const ended = await tx.delete(sessions).where(eq(sessions.userId, row.userId)).returning({ id: sessions.id });
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, row.userId)).returning();
    return { user, endedSessionIds: ended.map((s) => s.id) };
  });
}

/** Gives the invited person the invited role (and working groups) in the partnership. */
async function grantInvitation(tx: Queryable, row: AuthTokenRow, userId: string): Promise<void> {
  if (!row.partnershipId || !row.role) return;
  await tx
    .insert(memberships)
    .values({
      userId,
      partnershipId: row.partnershipId,
      role: row.role,
      representedTeryt: row.role === "council_member" ? row.representedTeryt : null,
    })
    .onConflictDoNothing();
  if (row.role === "working_group_member" && row.workingGroupIds.length > 0) {
    const groups = await tx
      .select({ id: workingGroups.id })
      .from(workingGroups)
      .where(and(inArray(workingGroups.id, row.workingGroupIds), eq(workingGroups.partnershipId, row.partnershipId)));
    if (groups.length > 0) {
      await tx
        .insert(workingGroupMembers)
        .values(groups.map((g) => ({ workingGroupId: g.id, userId })))
        .onConflictDoNothing();
    }
  }
}

/** A new person accepts: the account is created with their name and password. Null for a bad or used link. */
export async function acceptInvitationAsNewUser(db: Db, token: string, name: string, password: string) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, "invitation");
    if (!row) return null;
    const [existing] = await tx.select().from(users).where(eq(users.email, row.email));
    if (existing) throw new AccountExistsError();
    const [user] = await tx.insert(users).values({ email: row.email, name, passwordHash }).returning();
    await grantInvitation(tx, row, user.id);
    return { user, invitation: row };
  });
}

/** A signed-in person whose e-mail the invitation names accepts it. */
export async function acceptInvitationAsUser(db: Db, token: string, user: { id: string; email: string }) {
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, "invitation");
    if (!row) return null;
    if (row.email !== user.email.toLowerCase()) throw new WrongAccountError();
    await grantInvitation(tx, row, user.id);
    return { invitation: row };
  });
}

export class AccountExistsError extends Error {}
export class WrongAccountError extends Error {}

export interface SessionListItem {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string;
  ip: string;
}

export async function listSessions(db: Db, userId: string): Promise<SessionListItem[]> {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends one of this user's sessions; returns the ids actually ended (none when it is not theirs). */
export async function revokeUserSession(db: Db, userId: string, sessionId: string): Promise<string[]> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

/** Ends every session of the user (except one, when given); returns the ids ended. */
export async function revokeAllUserSessions(db: Db, userId: string, except?: string): Promise<string[]> {
  const rows = await db
    .delete(sessions)
    .where(except ? and(eq(sessions.userId, userId), ne(sessions.id, except)) : eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}
