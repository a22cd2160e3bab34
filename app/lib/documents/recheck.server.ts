/**
 * The state the collaboration core's periodic re-check needs for every open socket, read in ONE statement (one
 * round trip, one PGlite call): which sessions are still live, their users' current actors (global role and
 * memberships), and the documents' resources (partnership, kind, lock, editing rights).
 */
import { inArray, sql, type Column, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { documents, memberships, partnershipEditingRights, sessions, users } from "../../../db/schema";
import { actorOf } from "../auth/session.server";
import { isUuid } from "../ids";
import type { Actor, DocumentKind, DocumentResource, GlobalRole, PartnershipRole } from "../policy";
import { documentResource } from "./documents.server";

export interface RecheckState {
  live: Set<string>;
  actors: Map<string, Actor>;
  resources: Map<string, DocumentResource>;
}

interface Row {
  live: string[];
  users: { id: string; globalRole: GlobalRole | null; voivodeshipTeryt: string | null }[];
  roles: { userId: string; partnershipId: string; role: PartnershipRole }[];
  documents: { id: string; partnershipId: string; kind: DocumentKind; lockedAt: string | null; rights: unknown }[];
}

const among = (column: Column, ids: readonly string[]): SQL => (ids.length > 0 ? inArray(column, [...ids]) : sql`false`);

export async function loadRecheckState(
  db: Db,
  sessionIds: readonly string[],
  userIds: readonly string[],
  documentIds: readonly string[],
): Promise<RecheckState> {
  const sessionList = [...new Set(sessionIds)];
  const userList = [...new Set(userIds)];
  const documentList = [...new Set(documentIds.filter(isUuid))];
  const query = sql`select
    (select coalesce(json_agg(${sessions.id}), '[]'::json) from ${sessions}
      where ${among(sessions.id, sessionList)} and ${sessions.expiresAt} > now()) as live,
    (select coalesce(json_agg(json_build_object('id', ${users.id}, 'globalRole', ${users.globalRole},
      'voivodeshipTeryt', ${users.voivodeshipTeryt})), '[]'::json) from ${users} where ${among(users.id, userList)}) as users,
    (select coalesce(json_agg(json_build_object('userId', ${memberships.userId}, 'partnershipId', ${memberships.partnershipId},
      'role', ${memberships.role})), '[]'::json) from ${memberships} where ${among(memberships.userId, userList)}) as roles,
    (select coalesce(json_agg(json_build_object('id', ${documents.id}, 'partnershipId', ${documents.partnershipId},
      'kind', ${documents.kind}, 'lockedAt', ${documents.lockedAt}, 'rights', ${partnershipEditingRights.rights})), '[]'::json)
      from ${documents} left join ${partnershipEditingRights} on ${partnershipEditingRights.partnershipId} = ${documents.partnershipId}
      where ${among(documents.id, documentList)}) as documents`;
  const result = (await db.execute(query)) as unknown;
  const rows = (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? [])) as Row[];
  const row = rows[0];
  const parse = <T>(value: unknown): T => (typeof value === "string" ? (JSON.parse(value) as T) : (value as T));
  const live = parse<Row["live"]>(row.live);
  const userRows = parse<Row["users"]>(row.users);
  const roleRows = parse<Row["roles"]>(row.roles);
  const documentRows = parse<Row["documents"]>(row.documents);
  return {
    live: new Set(live),
    actors: new Map(
      userRows.map((user) => [
        user.id,
        actorOf(user as Parameters<typeof actorOf>[0], roleRows.filter((r) => r.userId === user.id)),
      ]),
    ),
    resources: new Map(
      documentRows.map((d) => [d.id, documentResource({ partnershipId: d.partnershipId, kind: d.kind, lockedAt: d.lockedAt ? new Date(d.lockedAt) : null }, d.rights)]),
    ),
  };
}
