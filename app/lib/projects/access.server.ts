/**
 * Loaders of the project package in the guard's shape (`{ resource, ...data } | null`): the partnership's
 * package as a whole (listing, creating) and one project. The resource carries the partnership's
 * editing-rights setting for fiches, so the policy decides on the current setting.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { partnerships } from "../../../db/schema";
import type { PartnershipResource, ProjectResource } from "../policy";
import { getProject } from "./projects.server";
import { getEditingRights } from "./rights.server";

export async function loadPackage(db: Db, slug: string | undefined) {
  if (!slug) return null;
  const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, slug));
  if (!partnership) return null;
  const rights = await getEditingRights(db, partnership.id);
  const resource: ProjectResource = { type: "project", partnershipId: partnership.id, editors: rights.fiches };
  return { resource, partnership, rights };
}

export async function loadProject(db: Db, slug: string | undefined, projectId: string | undefined) {
  const pkg = await loadPackage(db, slug);
  if (!pkg || !projectId) return null;
  const project = await getProject(db, pkg.partnership.id, projectId);
  return project ? { ...pkg, project } : null;
}

/** The partnership itself, for its editing-rights setting (a coordinator's page). */
export async function loadRightsSetting(db: Db, slug: string | undefined) {
  const pkg = await loadPackage(db, slug);
  if (!pkg) return null;
  const { partnership, rights } = pkg;
  const resource: PartnershipResource = { type: "partnership", partnershipId: partnership.id, voivodeshipTeryt: partnership.voivodeshipTeryt };
  return { resource, partnership, rights };
}
