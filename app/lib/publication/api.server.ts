/**
 * The open-data JSON API (/api/public/**), documented in docs/publication.md: no sign-in, CORS open for GET,
 * cacheable (ETag, Cache-Control, 304).
 */
import type { TFunction } from "i18next";
import type { Db } from "../../../db/client";
import { packageCsv } from "../projects/export.server";
import type { PackageRow } from "../projects/package";
import { listPartnerships } from "../partnerships.server";
import type { ProjectJson } from "../projects/json";
import { CORS_HEADERS } from "./cors";
import { etagOf, matchesEtag, PUBLIC_CACHE_CONTROL } from "./page-cache.server";
import { publicOutputs, publishedProjects, type PublicOutput } from "./public.server";

export { CORS_HEADERS };

/** JSON with CORS, ETag and Cache-Control; 304 when the client's copy is current. */
export function publicJson(request: Request, data: unknown): Response {
  const body = JSON.stringify(data);
  const etag = etagOf(body);
  const headers = { ...CORS_HEADERS, ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL };
  if (matchesEtag(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** The answer to any other method than reading (preflights are answered by the server, server/app.ts). */
export function corsPreflight(request: Request): Response {
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: CORS_HEADERS });
  return Response.json({ error: "Method not allowed" }, { status: 405, headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
}

export interface ApiPartnership {
  slug: string;
  name: string;
  voivodeship: string;
  integrationType: string | null;
  url: string;
}

export async function apiPartnerships(db: Db, origin: string): Promise<ApiPartnership[]> {
  return (await listPartnerships(db)).map((p) => ({
    slug: p.slug,
    name: p.name,
    voivodeship: p.voivodeship.name,
    integrationType: p.integrationType,
    url: `${origin}/partnerstwa/${p.slug}`,
  }));
}

export interface ApiPartnershipDetail {
  slug: string;
  name: string;
  members: { name: string; teryt: string; kind: string }[];
  outputs: (Omit<PublicOutput, "downloads"> & { downloads: { docx: string; pdf: string } })[];
}

export async function apiPartnership(db: Db, partnership: { id: string; slug: string; name: string }, origin: string): Promise<ApiPartnershipDetail> {
  const entry = (await listPartnerships(db)).find((p) => p.id === partnership.id);
  const outputs = await publicOutputs(db, partnership, origin);
  return {
    slug: partnership.slug,
    name: partnership.name,
    members: (entry?.members ?? []).map((m) => ({ name: m.name, teryt: m.teryt, kind: m.kind })),
    outputs: outputs.map((o) => ({ ...o, downloads: o.downloads ?? { docx: "", pdf: "" } })),
  };
}

/** The projects of the newest published package, in the projects contract (docs/projects.md); [] when none. */
export async function apiProjects(db: Db, partnershipId: string): Promise<ProjectJson[]> {
  return ((await publishedProjects(db, partnershipId))?.projects ?? []).map((p) => p.json);
}

/** The guard's refusal (404 JSON) with the CORS headers, so a browser script can read the reason. */
export async function withCors<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof Response) for (const [k, v] of Object.entries(CORS_HEADERS)) error.headers.set(k, v);
    throw error;
  }
}

/** The published projects as CSV, with the package export's columns and hardening (projects/export.server.ts). */
export async function publishedProjectsCsv(db: Db, partnershipId: string, t: TFunction): Promise<string> {
  const projects = (await publishedProjects(db, partnershipId))?.projects ?? [];
  const names = new Map<string, string>();
  const rows: PackageRow[] = projects.map((p) => {
    names.set(p.json.leadTeryt, p.leadName);
    p.json.partnerTeryt.forEach((teryt, i) => names.set(teryt, p.partnerNames[i] ?? teryt));
    return {
      ...p.json,
      totalCost: Math.round(p.json.totalCost * 100),
      eligibleCost: Math.round(p.json.eligibleCost * 100),
      contributions: [],
      feasibility: p.json.feasibility.complete,
      scheduleStart: null,
      scheduleEnd: null,
    };
  });
  return packageCsv(rows, names, t);
}
