/**
 * What the public pages and the open-data API read: the catalogue, a partnership's public page, its published
 * outputs, the projects of its published package. Only published rows (unpublished_at null) are ever read here.
 */
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import type { PhaseKey } from "../selection/enums";
import { currentPhase as selectionCurrentPhase } from "../selection/phases.server";
import { publications } from "../../../db/schema";
import { listPartnerships, type PartnershipListItem } from "../partnerships.server";
import type { PublicationKind } from "../enums";
import { downloadPath, seriesPath, type PackageContent, type PublishedProject } from "./content";
import { DOWNLOADABLE } from "./kinds-meta";
import { currentOutputs, loadPublicPartnership, publicationResource, publishedVersions, type PublicationRow } from "./publications.server";

/** Lower-case, without Polish diacritics: "Łomża" matches "lomza". */
export function fold(value: string): string {
  return value.toLocaleLowerCase("pl").normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/ł/g, "l");
}

export interface CatalogueEntry extends PartnershipListItem {
  outputs: number;
}

/** Every partnership with the number of its published outputs, filtered by voivodeship and a search text. */
export async function catalogue(db: Db, filter: { q?: string; voivodeship?: string } = {}): Promise<{ entries: CatalogueEntry[]; voivodeships: { teryt: string; name: string }[] }> {
  const all = await listPartnerships(db);
  const counts = await db
    .select({ partnershipId: publications.partnershipId, series: publications.series, n: count() })
    .from(publications)
    .where(isNull(publications.unpublishedAt))
    .groupBy(publications.partnershipId, publications.series);
  const outputs = (id: string) => counts.filter((c) => c.partnershipId === id).length;
  const voivodeships = [...new Map(all.map((p) => [p.voivodeship.teryt, p.voivodeship])).values()].sort((a, b) => a.name.localeCompare(b.name, "pl"));
  const q = fold(filter.q?.trim() ?? "");
  const entries = all
    .filter((p) => !filter.voivodeship || p.voivodeship.teryt === filter.voivodeship)
    .filter((p) => !q || [p.name, p.voivodeship.name, ...p.members.map((m) => m.name), ...p.members.map((m) => m.teryt)].some((s) => fold(s).includes(q)))
    .map((p) => ({ ...p, outputs: outputs(p.id) }));
  return { entries, voivodeships };
}

/** The partnership's current phase key (organisation, strategic, project, summary) from its phase plan, or null. */
export async function currentPhase(db: Db, partnershipId: string): Promise<PhaseKey | null> {
  return (await selectionCurrentPhase(db, partnershipId))?.key ?? null;
}

export interface PublicOutput {
  kind: PublicationKind;
  title: string;
  version: number;
  publishedAt: string;
  url: string;
  downloads: { docx: string; pdf: string } | null;
}

/** The current version of each published series, as the page and the API list them (absolute URLs). */
export async function publicOutputs(db: Db, partnership: { id: string; slug: string }, origin: string): Promise<PublicOutput[]> {
  const rows = await currentOutputs(db, partnership.id);
  return rows.map((r) => outputOf(r, partnership.slug, origin));
}

export function outputOf(r: PublicationRow, slug: string, origin: string): PublicOutput {
  return {
    kind: r.kind,
    title: r.title,
    version: r.number,
    publishedAt: r.publishedAt.toISOString(),
    url: `${origin}${seriesPath(slug, r.series)}`,
    downloads: DOWNLOADABLE.has(r.kind)
      ? { docx: `${origin}${downloadPath(slug, r.series, r.number, "docx")}`, pdf: `${origin}${downloadPath(slug, r.series, r.number, "pdf")}` }
      : null,
  };
}

/** The projects of the partnership's newest published package (empty when none is published). */
export async function publishedProjects(db: Db, partnershipId: string): Promise<{ publication: PublicationRow; projects: PublishedProject[] } | null> {
  const versions = await publishedVersions(db, partnershipId, "projekty");
  const publication = versions.at(-1);
  if (!publication) return null;
  return { publication, projects: (publication.content as PackageContent).projects };
}

export async function hasPublished(db: Db, partnershipId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(publications)
    .where(and(eq(publications.partnershipId, partnershipId), isNull(publications.unpublishedAt)));
  return row.n > 0;
}

/** The guard's loader of a project page: the project as frozen in the newest published package, or null. */
export async function loadPublishedProject(db: Db, slug: string | undefined, projectId: string | undefined) {
  const found = await loadPublicPartnership(db, slug);
  if (!found || !projectId) return null;
  const pkg = await publishedProjects(db, found.partnership.id);
  const project = pkg?.projects.find((p) => p.json.id === projectId);
  if (!pkg || !project) return null;
  return { resource: publicationResource(pkg.publication), partnership: found.partnership, publication: pkg.publication, project };
}
