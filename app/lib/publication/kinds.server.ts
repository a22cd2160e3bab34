/**
 * The registry of publication kinds: what a partnership can publish and how each kind is frozen. A kind lists
 * its candidates (the series it would publish into, the subject, the source versions to choose from) and freezes
 * one into `{ title, html, sections, content }` — rendered on the server from stored JSON, never from the live
 * collaboration room.
 *
 * Adding a kind: add its name to PUBLICATION_KINDS (db/enums.ts), then one entry here. Council vote results are
 * one (vote-result.server.ts, from voting's `pollResultForPublication`: a secret poll names no voter); pages,
 * downloads, the API, the sitemap and the diff work for every kind unchanged.
 */
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { documents, documentVersions, meetings, projects, projectTasks, territorialUnits } from "../../../db/schema";
import type { PublicationKind } from "../enums";
import type { PmJson } from "../editor/text";
import { projectJson } from "../projects/json";
import { packageRows } from "../projects/package.server";
import { frozenMinutes } from "../sessions/minutes.server";
import type { PublicationContent, PublishedProject } from "./content";
import { renderDocument, renderFreeText, renderPackage, type RenderedArticle } from "./render.server";
import { voteResult } from "./vote-result.server";

export interface Candidate {
  kind: PublicationKind;
  series: string;
  subjectId: string | null;
  title: string;
  /** Versions to choose from (the strategy's named versions); empty: the kind freezes its current state. */
  sources: { id: string; label: string; createdAt: Date }[];
}

export interface Frozen extends RenderedArticle {
  title: string;
  content: PublicationContent;
  sourceVersionId: string | null;
}

export interface PublicationKindDef {
  /** The series a subject publishes into (the URL segment under /partnerstwa/:slug/). */
  series(subjectId: string | null): string;
  candidates(db: Db, partnershipId: string): Promise<Candidate[]>;
  /** Null when the subject or the source is not publishable (unknown, another partnership's, not approved). */
  freeze(db: Db, partnership: { id: string; slug: string }, subjectId: string | null, sourceId: string | null): Promise<Frozen | null>;
}

const strategy: PublicationKindDef = {
  series: () => "strategia",
  async candidates(db, partnershipId) {
    const docs = await db.select().from(documents).where(and(eq(documents.partnershipId, partnershipId), eq(documents.kind, "strategy")));
    const out: Candidate[] = [];
    for (const doc of docs) {
      const versions = await db
        .select({ id: documentVersions.id, name: documentVersions.name, createdAt: documentVersions.createdAt })
        .from(documentVersions)
        .where(and(eq(documentVersions.documentId, doc.id), isNotNull(documentVersions.name)))
        .orderBy(desc(documentVersions.createdAt));
      out.push({
        kind: "strategy",
        series: "strategia",
        subjectId: doc.id,
        title: doc.title,
        sources: versions.map((v) => ({ id: v.id, label: v.name ?? "", createdAt: v.createdAt })),
      });
    }
    return out;
  },
  async freeze(db, { id: partnershipId }, subjectId, sourceId) {
    if (!subjectId || !sourceId) return null;
    const [row] = await db
      .select({ document: documents, version: documentVersions })
      .from(documentVersions)
      .innerJoin(documents, eq(documents.id, documentVersions.documentId))
      .where(and(eq(documentVersions.id, sourceId), eq(documents.id, subjectId), eq(documents.partnershipId, partnershipId), eq(documents.kind, "strategy")));
    if (!row) return null;
    const json = (row.version.json ?? {}) as Record<string, PmJson>;
    return { title: row.document.title, ...renderDocument("strategy", json), content: { kind: "strategy", json }, sourceVersionId: row.version.id };
  },
};

const projectPackage: PublicationKindDef = {
  series: () => "projekty",
  async candidates(db, partnershipId) {
    const [any] = await db.select({ id: projects.id }).from(projects).where(eq(projects.partnershipId, partnershipId)).limit(1);
    return any ? [{ kind: "project_package", series: "projekty", subjectId: null, title: "Pakiet projektów", sources: [] }] : [];
  },
  async freeze(db, { id: partnershipId, slug }) {
    const rows = await packageRows(db, partnershipId);
    if (rows.length === 0) return null;
    const ids = rows.map((r) => r.id);
    const [details, tasks] = await Promise.all([
      db.select().from(projects).where(inArray(projects.id, ids)),
      db.select().from(projectTasks).where(inArray(projectTasks.projectId, ids)).orderBy(asc(projectTasks.startDate), asc(projectTasks.name)),
    ]);
    const teryts = [...new Set(rows.flatMap((r) => [r.leadTeryt, ...r.partnerTeryt]))];
    const names = new Map(
      (await db.select({ teryt: territorialUnits.teryt, name: territorialUnits.name }).from(territorialUnits).where(inArray(territorialUnits.teryt, teryts))).map(
        (u) => [u.teryt, u.name],
      ),
    );
    const published: PublishedProject[] = rows.map((r) => {
      const d = details.find((x) => x.id === r.id)!;
      return {
        json: projectJson(r),
        leadName: names.get(r.leadTeryt) ?? r.leadTeryt,
        partnerNames: r.partnerTeryt.map((t) => names.get(t) ?? t),
        goal: d.goal,
        direction: d.direction,
        location: d.location,
        problem: d.problem,
        targetGroups: d.targetGroups,
        scope: d.scope,
        schedule: tasks.filter((t) => t.projectId === r.id).map((t) => ({ name: t.name, kind: t.kind, start: t.startDate, end: t.endDate })),
      };
    });
    return { title: "Pakiet projektów", ...renderPackage(slug, published), content: { kind: "project_package", projects: published }, sourceVersionId: null };
  },
};

const minutes: PublicationKindDef = {
  series: (subjectId) => `protokol-${(subjectId ?? "").slice(0, 8)}`,
  async candidates(db, partnershipId) {
    const closed = await db
      .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
      .from(meetings)
      .where(and(eq(meetings.partnershipId, partnershipId), eq(meetings.status, "closed")))
      .orderBy(desc(meetings.startsAt));
    const out: Candidate[] = [];
    for (const m of closed) {
      const frozen = await frozenMinutes(db, m.id);
      if (frozen?.approval.approved) {
        out.push({ kind: "minutes", series: minutes.series(m.id), subjectId: m.id, title: `Protokół: ${m.title}`, sources: [] });
      }
    }
    return out;
  },
  async freeze(db, { id: partnershipId }, subjectId) {
    if (!subjectId) return null;
    const frozen = await frozenMinutes(db, subjectId);
    // Only approved minutes of a closed session of this partnership are ever published.
    if (!frozen || frozen.partnershipId !== partnershipId || !frozen.approval.approved) return null;
    const title = `Protokół: ${frozen.title}`;
    return {
      title,
      ...renderFreeText("minutes", { default: frozen.json }, title),
      content: { kind: "minutes", startsAt: frozen.startsAt.toISOString(), json: frozen.json },
      sourceVersionId: frozen.versionId,
    };
  },
};

export const PUBLICATION_KIND_DEFS: Record<PublicationKind, PublicationKindDef> = {
  strategy,
  project_package: projectPackage,
  minutes,
  vote_result: voteResult,
};
