/**
 * The seam between agenda items and the project package. An agenda item may point to a project of its
 * partnership (`meeting_agenda_items.project_id`); these two functions are the only place that knows how a
 * project is named and where it opens. There is no foreign key: a link to a project that is gone (or that belongs
 * to another partnership) keeps the item's own title and shows as an unnamed project without a link.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { projects } from "../../../db/schema";

export interface ProjectLink {
  id: string;
  title: string;
  href: string;
}

const linkOf = (slug: string, row: { id: string; title: string }): ProjectLink => ({
  id: row.id,
  title: row.title,
  href: `/w/${slug}/projekty/${row.id}`,
});

/** The partnership's projects an agenda item may link to (the agenda form's choices), by title. */
export async function projectChoices(db: Db, partnershipId: string, slug: string): Promise<ProjectLink[]> {
  const rows = await db
    .select({ id: projects.id, title: projects.title })
    .from(projects)
    .where(eq(projects.partnershipId, partnershipId))
    .orderBy(asc(projects.title));
  return rows.map((row) => linkOf(slug, row));
}

/** Names and addresses of the linked projects of one partnership; unknown ids and other partnerships' projects are left out. */
export async function resolveProjectLinks(
  db: Db,
  partnershipId: string,
  slug: string,
  projectIds: readonly string[],
): Promise<Map<string, ProjectLink>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .select({ id: projects.id, title: projects.title })
    .from(projects)
    .where(and(eq(projects.partnershipId, partnershipId), inArray(projects.id, [...new Set(projectIds)])));
  return new Map(rows.map((row) => [row.id, linkOf(slug, row)]));
}
