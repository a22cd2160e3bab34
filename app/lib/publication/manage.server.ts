/** The coordinator's publishing page: what can be published, what has been, and the accessibility requests. */
import type { Db } from "../../../db/client";
import { PUBLICATION_KINDS } from "../enums";
import { listAccessibilityRequests } from "./accessibility.server";
import { PUBLICATION_KIND_DEFS } from "./kinds.server";
import { allPublications } from "./publications.server";

export async function publishingPage(db: Db, partnershipId: string) {
  const candidates = (await Promise.all(PUBLICATION_KINDS.map((kind) => PUBLICATION_KIND_DEFS[kind].candidates(db, partnershipId)))).flat();
  const [rows, requests] = await Promise.all([allPublications(db, partnershipId), listAccessibilityRequests(db, partnershipId)]);
  return {
    candidates: candidates.map((c) => ({ ...c, sources: c.sources.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() })) })),
    publications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      series: r.series,
      number: r.number,
      title: r.title,
      publishedAt: r.publishedAt.toISOString(),
      unpublishedAt: r.unpublishedAt?.toISOString() ?? null,
    })),
    requests: requests.map((r) => ({
      id: r.id,
      name: r.name,
      contact: r.contact,
      pageUrl: r.pageUrl,
      description: r.description,
      preferredMeans: r.preferredMeans,
      createdAt: r.createdAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      handledAt: r.handledAt?.toISOString() ?? null,
    })),
  };
}
