import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { memberships, sessions, users } from "../../../db/schema";
import type { Actor, GlobalRole, PartnershipRole } from "../policy";

/** Sessions as the Lucia guide teaches: a random token in the cookie, only its SHA-256 in the database. */
export const SESSION_COOKIE = "wspolnie_session";
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;
const RENEW_WHEN_LEFT_MS = 15 * DAY;
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  voivodeshipTeryt: string | null;
}

export interface ValidSession {
  id: string;
  userId: string;
  expiresAt: Date;
  /** True when the expiry was just extended: the caller re-sends the cookie. */
  renewed: boolean;
}

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
  db: Db,
  token: string,
  userId: string,
  meta: { userAgent?: string; ip?: string } = {},
): Promise<ValidSession> {
  const session = {
    id: sessionIdFromToken(token),
    userId,
    expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
    userAgent: (meta.userAgent ?? "").slice(0, 300),
    ip: meta.ip ?? "",
  };
  await db.insert(sessions).values(session);
  return { id: session.id, userId, expiresAt: session.expiresAt, renewed: false };
}

export async function validateSessionToken(
  db: Db,
  token: string,
): Promise<{ session: ValidSession; user: SessionUser } | null> {
  if (!/^[a-z2-7]{16,64}$/.test(token)) return null;
  const sessionId = sessionIdFromToken(token);
  const rows = await db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      email: users.email,
      name: users.name,
      globalRole: users.globalRole,
      voivodeshipTeryt: users.voivodeshipTeryt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  const row = rows[0];
  if (!row) return null;
  const now = Date.now();
  if (row.expiresAt.getTime() <= now) {
    await db.delete(sessions).where(eq(sessions.id, sessionId));
    return null;
  }
  let expiresAt = row.expiresAt;
  let renewed = false;
  if (expiresAt.getTime() - now < RENEW_WHEN_LEFT_MS) {
    expiresAt = new Date(now + SESSION_LIFETIME_MS);
    renewed = true;
    await db.update(sessions).set({ expiresAt, lastSeenAt: new Date(now) }).where(eq(sessions.id, sessionId));
  } else if (now - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    // "Last seen" on the account page, at minute resolution rather than a write per request.
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, sessionId));
  }
  return {
    session: { id: row.id, userId: row.userId, expiresAt, renewed },
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      globalRole: row.globalRole,
      voivodeshipTeryt: row.voivodeshipTeryt,
    },
  };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** The actor the policy module reasons about: global role plus the roles held in each partnership. */
export async function loadActor(db: Db, user: SessionUser): Promise<Actor> {
  const rows = await db
    .select({ partnershipId: memberships.partnershipId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, user.id));
  return actorOf(user, rows);
}

/** The current actors of several users at once (the websockets' periodic re-check); unknown users are left out. */
export async function loadActors(db: Db, userIds: readonly string[]): Promise<Map<string, Actor>> {
  if (userIds.length === 0) return new Map();
  const ids = [...new Set(userIds)];
  const [userRows, roleRows] = await Promise.all([
    db
      .select({ id: users.id, globalRole: users.globalRole, voivodeshipTeryt: users.voivodeshipTeryt })
      .from(users)
      .where(inArray(users.id, ids)),
    db
      .select({ userId: memberships.userId, partnershipId: memberships.partnershipId, role: memberships.role })
      .from(memberships)
      .where(inArray(memberships.userId, ids)),
  ]);
  return new Map(userRows.map((user) => [user.id, actorOf(user, roleRows.filter((r) => r.userId === user.id))]));
}

export function actorOf(
  user: Pick<SessionUser, "id" | "globalRole" | "voivodeshipTeryt">,
  memberRows: readonly { partnershipId: string; role: PartnershipRole }[],
): Actor {
  const roles = new Map<string, PartnershipRole[]>();
  for (const row of memberRows) roles.set(row.partnershipId, [...(roles.get(row.partnershipId) ?? []), row.role]);
  return { userId: user.id, globalRole: user.globalRole, voivodeshipTeryt: user.voivodeshipTeryt, roles };
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "HttpOnly",
    "SameSite=Lax",
    "Path=/",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

export function blankSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=0", ...(secure ? ["Secure"] : [])].join(
    "; ",
  );
}

/** The cookie's value, or null when it is missing or does not percent-decode (treated as absent, never thrown). */
export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eqAt = part.indexOf("=");
    if (eqAt < 0) continue;
    if (part.slice(0, eqAt).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eqAt + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}
