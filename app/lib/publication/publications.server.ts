/**
 * Publishing and unpublishing (the coordinator), and the reads of the public pages. A publication is frozen at
 * publishing (kinds.server.ts renders it); publishing the same series again adds the next number; unpublishing
 * hides one version from the public and is written to the audit log. The public reads only rows with
 * `unpublishedAt` null; everything else answers 404 (the guard's rule via `loadPublication`).
 */
import { and, asc, desc, eq, isNull, max } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { partnerships, publications } from "../../../db/schema";
import { audit } from "../audit.server";
import type { PublicationKind } from "../enums";
import { isUuid } from "../ids";
import type { PublicationResource } from "../policy";
import { PUBLICATION_KIND_DEFS } from "./kinds.server";
import { invalidatePublicPages } from "./page-cache.server";

export type PublicationRow = typeof publications.$inferSelect;
type PartnershipRow = typeof partnerships.$inferSelect;

export interface PublishInput {
  partnership: Pick<PartnershipRow, "id" | "slug">;
  kind: PublicationKind;
  subjectId: string | null;
  sourceId: string | null;
  userId: string;
  ip?: string;
  now?: Date;
}

/** Freezes and publishes the next version of a series; null when the subject or source is not publishable. */
export async function publish(db: Db, input: PublishInput): Promise<PublicationRow | null> {
  if ((input.subjectId && !isUuid(input.subjectId)) || (input.sourceId && !isUuid(input.sourceId))) return null;
  const def = PUBLICATION_KIND_DEFS[input.kind];
  const frozen = await def.freeze(db, input.partnership, input.subjectId, input.sourceId);
  if (!frozen) return null;
  const series = def.series(input.subjectId);
  const row = await db.transaction(async (tx) => {
    const [{ last }] = await tx
      .select({ last: max(publications.number) })
      .from(publications)
      .where(and(eq(publications.partnershipId, input.partnership.id), eq(publications.series, series)));
    const [inserted] = await tx
      .insert(publications)
      .values({
        partnershipId: input.partnership.id,
        kind: input.kind,
        series,
        subjectId: input.subjectId,
        number: (last ?? 0) + 1,
        title: frozen.title,
        html: frozen.html,
        sections: frozen.sections,
        content: frozen.content,
        sourceVersionId: frozen.sourceVersionId,
        publishedBy: input.userId,
        ...(input.now ? { publishedAt: input.now } : {}),
      })
      .returning();
    return inserted;
  });
  await audit(db, {
    event: "publication_published",
    actorUserId: input.userId,
    partnershipId: input.partnership.id,
    ip: input.ip ?? null,
    details: { kind: row.kind, series: row.series, number: row.number, title: row.title },
  });
  invalidatePublicPages();
  return row;
}

/** Hides a published version from the public (recorded in the audit log); null when unknown or already hidden. */
export async function unpublish(db: Db, partnershipId: string, publicationId: string, userId: string, ip?: string): Promise<PublicationRow | null> {
  if (!isUuid(publicationId)) return null;
  const [row] = await db
    .update(publications)
    .set({ unpublishedAt: new Date(), unpublishedBy: userId })
    .where(and(eq(publications.id, publicationId), eq(publications.partnershipId, partnershipId), isNull(publications.unpublishedAt)))
    .returning();
  if (!row) return null;
  await audit(db, {
    event: "publication_unpublished",
    actorUserId: userId,
    partnershipId,
    ip: ip ?? null,
    details: { kind: row.kind, series: row.series, number: row.number, title: row.title },
  });
  invalidatePublicPages();
  return row;
}

/** Every version of every series of a partnership, hidden ones included (the coordinator's page). */
export async function allPublications(db: Db, partnershipId: string): Promise<PublicationRow[]> {
  return db
    .select()
    .from(publications)
    .where(eq(publications.partnershipId, partnershipId))
    .orderBy(asc(publications.series), desc(publications.number));
}

/** The versions of a series the public sees, oldest first. */
export async function publishedVersions(db: Db, partnershipId: string, series: string): Promise<PublicationRow[]> {
  return db
    .select()
    .from(publications)
    .where(and(eq(publications.partnershipId, partnershipId), eq(publications.series, series), isNull(publications.unpublishedAt)))
    .orderBy(asc(publications.number));
}

/** The current (newest published) version of every series of a partnership. */
export async function currentOutputs(db: Db, partnershipId: string): Promise<PublicationRow[]> {
  const rows = await db
    .select()
    .from(publications)
    .where(and(eq(publications.partnershipId, partnershipId), isNull(publications.unpublishedAt)))
    .orderBy(asc(publications.kind), asc(publications.series), desc(publications.number));
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.series) ? false : (seen.add(r.series), true)));
}

export const publicationResource = (row: Pick<PublicationRow, "partnershipId" | "unpublishedAt">): PublicationResource => ({
  type: "publication",
  partnershipId: row.partnershipId,
  published: row.unpublishedAt === null,
});

/** The public page of a partnership: always out (its name, members and published outputs are public). */
export async function loadPublicPartnership(db: Db, slug: string | undefined) {
  if (!slug) return null;
  const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, slug));
  if (!partnership) return null;
  const resource: PublicationResource = { type: "publication", partnershipId: partnership.id, published: true };
  return { resource, partnership };
}

/**
 * The guard's loader of one published version (`number` null: the newest the public sees). A hidden version, a
 * series with nothing published, a malformed number: null → 404 for the public.
 */
export async function loadPublication(db: Db, slug: string | undefined, series: string | undefined, number?: string | null) {
  const found = await loadPublicPartnership(db, slug);
  if (!found || !series) return null;
  const wanted = number == null ? null : /^[1-9]\d{0,5}$/.test(number) ? Number(number) : NaN;
  if (Number.isNaN(wanted)) return null;
  const versions = await publishedVersions(db, found.partnership.id, series);
  const publication = wanted === null ? versions.at(-1) : versions.find((v) => v.number === wanted);
  if (!publication) return null;
  return { resource: publicationResource(publication), partnership: found.partnership, publication, versions };
}

/** The publishing page's loader (the coordinator): one publication row of the partnership, hidden ones too. */
export async function getPublication(db: Db, partnershipId: string, publicationId: string): Promise<PublicationRow | null> {
  if (!isUuid(publicationId)) return null;
  const [row] = await db.select().from(publications).where(and(eq(publications.id, publicationId), eq(publications.partnershipId, partnershipId)));
  return row ?? null;
}
