/**
 * The seam between agenda items and the project package. An agenda item may point to a project
 * (`meeting_agenda_items.project_id`, nullable, no foreign key yet); these two functions are the only place that
 * knows how a project is named and where it opens. Until the projects table is on main they know no projects:
 * the agenda form offers strategy sections only, and a stored project link shows as an unnamed project.
 */
import type { Db } from "../../../db/client";

export interface ProjectLink {
  id: string;
  title: string;
  href: string;
}

/** The partnership's projects an agenda item may link to (the agenda form's choices). */
export async function projectChoices(_db: Db, _partnershipId: string, _slug: string): Promise<ProjectLink[]> {
  return [];
}

/** Names and addresses of the linked projects of one partnership; unknown ids are left out. */
export async function resolveProjectLinks(
  _db: Db,
  _partnershipId: string,
  _slug: string,
  _projectIds: readonly string[],
): Promise<Map<string, ProjectLink>> {
  return new Map();
}
