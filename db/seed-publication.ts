import { and, eq, isNotNull } from "drizzle-orm";
import { publish } from "../app/lib/publication/publications.server";
import type { Db } from "./client";
import { documents, documentVersions, partnerships, users } from "./schema";
import { ZW_VERSION_1, ZW_VERSION_2 } from "./seed-strategy";

/**
 * The demo's public pages: Ziemia Wysokomazowiecka's strategy published as version 1 (the consultation draft)
 * and version 2 (after the consultation), and its project package — published by its coordinator through the
 * same `publish` as the publishing page, so what the public sees is frozen exactly as a real publication.
 */
export async function seedDemoPublications(db: Db): Promise<void> {
  const slug = "ziemia-wysokomazowiecka";
  const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, slug));
  const [coordinator] = await db.select().from(users).where(eq(users.email, `koordynator@${slug}.demo`));
  if (!partnership || !coordinator) return;
  const [strategy] = await db.select().from(documents).where(and(eq(documents.partnershipId, partnership.id), eq(documents.kind, "strategy")));
  const versions = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, strategy.id), isNotNull(documentVersions.name)));
  const at = (name: string) => versions.find((v) => v.name === name);
  const stages: { name: string; publishedAt: Date }[] = [
    { name: ZW_VERSION_1, publishedAt: new Date("2026-09-15T09:00:00+02:00") },
    { name: ZW_VERSION_2, publishedAt: new Date("2026-11-23T10:00:00+01:00") },
  ];
  for (const stage of stages) {
    const version = at(stage.name);
    if (!version) throw new Error(`demo strategy version ${stage.name} is missing`);
    await publish(db, { partnership, kind: "strategy", subjectId: strategy.id, sourceId: version.id, userId: coordinator.id, now: stage.publishedAt });
  }
  await publish(db, {
    partnership,
    kind: "project_package",
    subjectId: null,
    sourceId: null,
    userId: coordinator.id,
    now: new Date("2026-11-25T12:00:00+01:00"),
  });
}
