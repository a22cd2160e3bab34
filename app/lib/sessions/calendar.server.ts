/**
 * Calendars: an .ics file per session and a personal feed of every session a person may see, behind a secret,
 * revocable link. Times are written with TZID=Europe/Warsaw and the zone's VTIMEZONE (so a 10:00 session reads
 * 10:00 in the file on both sides of a daylight-saving change, and calendar programs place it at the right
 * instant); the UID is the session's id, stable across edits, and SEQUENCE is its revision, so calendars update
 * the event instead of adding another. Only the SHA-256 of a feed secret is stored.
 */
import { TZDate } from "@date-fns/tz";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import ical, { ICalEventStatus } from "ical-generator";
import type { Db } from "../../../db/client";
import { calendarFeeds, meetingAgendaItems, meetings, partnerships, users } from "../../../db/schema";
import { loadActor } from "../auth/session.server";
import type { AppConfig } from "../config.server";
import { can, rolesIn } from "../policy";
import { meetingResource } from "./meetings.server";
import { endOf, TIME_ZONE } from "./time";

export interface CalendarMeeting {
  id: string;
  partnershipId: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  revision: number;
  status: "planned" | "open" | "closed";
  videoUrl: string | null;
  partnershipName: string;
  /** Absolute address of the session's page. */
  url: string;
  agenda: string[];
}

/** The stable UID of a session's calendar event. */
export const meetingUid = (meetingId: string) => `${meetingId}@wspolnie`;

/** Where links in calendars and feeds point: the configured public origin, else the request's own. */
export function appOrigin(request: Request, config: Pick<AppConfig, "PUBLIC_ORIGIN">): string {
  return config.PUBLIC_ORIGIN ?? new URL(request.url).origin;
}

export function meetingsIcs(name: string, items: readonly CalendarMeeting[]): string {
  const calendar = ical({
    name,
    prodId: { company: "Wspólnie", product: "posiedzenia", language: "PL" },
    // No calendar-wide zone (DTSTAMP stays UTC); events carry TZID=Europe/Warsaw and get its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const m of items) {
    const description = [
      m.partnershipName,
      m.agenda.length > 0 ? `Porządek obrad:\n${m.agenda.map((title, i) => `${i + 1}. ${title}`).join("\n")}` : "",
      m.videoUrl ? `Połączenie wideo: ${m.videoUrl}` : "",
      m.url,
    ]
      .filter(Boolean)
      .join("\n\n");
    calendar.createEvent({
      id: meetingUid(m.id),
      sequence: m.revision,
      start: new TZDate(m.startsAt.getTime(), TIME_ZONE),
      end: new TZDate(endOf(m.startsAt, m.durationMinutes).getTime(), TIME_ZONE),
      timezone: TIME_ZONE,
      summary: m.title,
      description,
      location: m.videoUrl ?? undefined,
      url: m.url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** The calendar fields of sessions (with their agenda titles), for .ics files. */
export async function calendarMeetings(
  db: Db,
  where: { meetingId: string } | { partnershipIds: readonly string[]; since: Date },
  origin: string,
): Promise<CalendarMeeting[]> {
  if ("partnershipIds" in where && where.partnershipIds.length === 0) return [];
  const condition =
    "meetingId" in where
      ? eq(meetings.id, where.meetingId)
      : and(inArray(meetings.partnershipId, [...where.partnershipIds]), gt(meetings.startsAt, where.since));
  const rows = await db
    .select({ meeting: meetings, partnershipName: partnerships.name, slug: partnerships.slug })
    .from(meetings)
    .innerJoin(partnerships, eq(partnerships.id, meetings.partnershipId))
    .where(condition)
    .orderBy(asc(meetings.startsAt));
  const agenda = rows.length === 0 ? [] : await db
    .select({ meetingId: meetingAgendaItems.meetingId, title: meetingAgendaItems.title })
    .from(meetingAgendaItems)
    .where(inArray(meetingAgendaItems.meetingId, rows.map((r) => r.meeting.id)))
    .orderBy(asc(meetingAgendaItems.position));
  return rows.map(({ meeting, partnershipName, slug }) => ({
    id: meeting.id,
    partnershipId: meeting.partnershipId,
    title: meeting.title,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    revision: meeting.revision,
    status: meeting.status,
    videoUrl: meeting.videoUrl,
    partnershipName,
    url: `${origin}/w/${slug}/posiedzenia/${meeting.id}`,
    agenda: agenda.filter((a) => a.meetingId === meeting.id).map((a) => a.title),
  }));
}

// ——— the personal feed ———

const feedId = (secret: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));

/** A new secret feed link for the user; any earlier link stops working. Returns the secret (shown once). */
export async function createFeed(db: Db, userId: string): Promise<string> {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const secret = encodeBase32LowerCaseNoPadding(bytes);
  await db.transaction(async (tx) => {
    await tx.update(calendarFeeds).set({ revokedAt: new Date() }).where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ id: feedId(secret), userId });
  });
  return secret;
}

/** Revokes the user's feed link; returns whether there was one. */
export async function revokeFeed(db: Db, userId: string): Promise<boolean> {
  const rows = await db
    .update(calendarFeeds)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return rows.length > 0;
}

export async function activeFeed(db: Db, userId: string): Promise<{ createdAt: Date; lastUsedAt: Date | null } | null> {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
  return row ?? null;
}

/** How far back a feed reaches (past sessions stay in people's calendars for a while). */
const FEED_HISTORY_DAYS = 90;

/**
 * The feed behind a secret: the sessions its owner may read now (the policy is asked at every fetch, so a person
 * removed from a partnership stops seeing its sessions); null for an unknown or revoked secret.
 */
export async function feedCalendar(db: Db, secret: string, origin: string, now = new Date()): Promise<string | null> {
  if (!/^[a-z2-7]{32}$/.test(secret)) return null;
  const [row] = await db
    .select({ feed: calendarFeeds, user: users })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.id, feedId(secret)), isNull(calendarFeeds.revokedAt)));
  if (!row) return null;
  await db.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.id, row.feed.id));
  const actor = await loadActor(db, row.user);
  const partnershipIds = [...actor.roles.keys()].filter((id) => rolesIn(actor, id).length > 0);
  const since = new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000);
  const items = (await calendarMeetings(db, { partnershipIds, since }, origin)).filter((m) =>
    can(actor, "meeting.read", meetingResource(m, [])),
  );
  return meetingsIcs(`Wspólnie — ${row.user.name}`, items);
}
