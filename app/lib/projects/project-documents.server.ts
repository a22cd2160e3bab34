import { and, asc, eq } from "drizzle-orm";
import { documents, projectDocuments, projects } from "../../../db/schema";
import { audit } from "../audit.server";
import type { Queryable } from "../../../db/client";
import { FLAGSHIP_DOCUMENT_KINDS, type ProjectDocumentKind } from "./document-sections";

type Conn = Queryable;

/** Titles of a project's documents (Polish: the documents are written in Polish). */
export const PROJECT_DOCUMENT_TITLES: Record<ProjectDocumentKind, string> = {
  project_description: "Opis projektu",
  feasibility_analysis: "Wstępna analiza wykonalności",
  sector_analysis: "Analiza sektorowa",
  application_outline: "Zarys wniosku o dofinansowanie",
};

/**
 * Creates the project's documents of the given kinds that it does not have yet, each an empty co-edited
 * document whose sections come from its kind's template (document-sections.ts). Returns every document.
 */
export async function createProjectDocuments(
  tx: Conn,
  project: { id: string; partnershipId: string; title: string },
  kinds: readonly ProjectDocumentKind[],
) {
  const existing = await listProjectDocuments(tx, project.id);
  const have = new Set(existing.map((d) => d.kind));
  for (const kind of kinds) {
    if (have.has(kind)) continue;
    const [doc] = await tx
      .insert(documents)
      .values({ partnershipId: project.partnershipId, kind, title: `${PROJECT_DOCUMENT_TITLES[kind]}: ${project.title}` })
      .returning({ id: documents.id });
    await tx.insert(projectDocuments).values({ projectId: project.id, kind, documentId: doc.id });
  }
  return listProjectDocuments(tx, project.id);
}

export async function listProjectDocuments(db: Conn, projectId: string) {
  return db
    .select({ kind: projectDocuments.kind, documentId: documents.id, title: documents.title, derivedJson: documents.derivedJson, updatedAt: documents.updatedAt })
    .from(projectDocuments)
    .innerJoin(documents, eq(documents.id, projectDocuments.documentId))
    .where(eq(projectDocuments.projectId, projectId))
    .orderBy(asc(documents.createdAt));
}

/** The project a document belongs to (for the document page's breadcrumb), or null. */
export async function projectOfDocument(db: Conn, documentId: string) {
  const [row] = await db
    .select({ id: projects.id, title: projects.title, kind: projectDocuments.kind })
    .from(projectDocuments)
    .innerJoin(projects, eq(projects.id, projectDocuments.projectId))
    .where(eq(projectDocuments.documentId, documentId));
  return row ?? null;
}

export class FlagshipError extends Error {
  constructor(readonly reason: "noProject" | "otherFlagship") {
    super(reason === "noProject" ? "No such project" : "The partnership already has a flagship project");
  }
}

/**
 * Marks a project as the partnership's flagship by a council vote, and creates its sector analysis and
 * application outline from their templates. The only way a project becomes the flagship (no route or form
 * sets it): the council-voting feature calls this inside the transaction that records the adoption.
 * At most one flagship per partnership (a partial unique index): adopting a second one throws
 * FlagshipError("otherFlagship"). Adopting the same project again by the same poll changes nothing.
 */
export async function adoptFlagship(tx: Conn, projectId: string, pollId: string, actor: { userId: string } | null) {
  const [project] = await tx.select().from(projects).where(eq(projects.id, projectId));
  if (!project) throw new FlagshipError("noProject");
  if (!(project.isFlagship && project.flagshipPollId === pollId)) {
    const [other] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.partnershipId, project.partnershipId), eq(projects.isFlagship, true)));
    if (other && other.id !== project.id) throw new FlagshipError("otherFlagship");
    await tx
      .update(projects)
      .set({ isFlagship: true, flagshipPollId: pollId, flagshipAdoptedAt: new Date() })
      .where(eq(projects.id, project.id));
    await audit(tx, {
      event: "flagship_adopted",
      actorUserId: actor?.userId ?? null,
      partnershipId: project.partnershipId,
      details: { projectId: project.id, title: project.title, pollId },
    });
  }
  return createProjectDocuments(tx, project, FLAGSHIP_DOCUMENT_KINDS);
}
