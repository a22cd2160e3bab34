/**
 * Public pages served from stored HTML. The frozen article is stored with its publication (publications.html);
 * the whole page (shell + article) is composed once per path and language and kept here, in memory, with its
 * ETag, so a request for a published page costs a map lookup — no database query, no React render, and never
 * the collaboration server. Publishing and unpublishing clear the cache (`invalidatePublicPages`); one server
 * process owns the database (PGlite guard), so an in-process cache is always current.
 */
import { createHash } from "node:crypto";

export interface CachedPage {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** What the guard needs to decide without the database. */
  resource: { type: "publication"; partnershipId: string; published: boolean };
}

const MAX_ENTRIES = 500;
// One cache per process on globalThis: the Remix server build bundles its own copy of this module, and the HTTP
// server's fast path (server/app.ts) imports the source — both must see the same pages and the same clearing.
const SHARED = Symbol.for("wspolnie.publication.pages");
const holder = globalThis as unknown as Record<symbol, Map<string, CachedPage | null> | undefined>;
const pages: Map<string, CachedPage | null> = (holder[SHARED] ??= new Map());

/** The cache key of a stored page: origin, language and the route's params (`number` null: the newest). */
export function pageKey(req: { origin: string; locale: string; slug: string | undefined; series: string | undefined; number: string | null }): string {
  return `${req.origin}|${req.locale}|${req.slug}|${req.series}|${req.number ?? ""}`;
}

/** A page already composed and allowed (only published pages are ever cached with content); undefined: not yet. */
export function peekPage(key: string): CachedPage | null | undefined {
  return pages.get(key);
}

export function invalidatePublicPages(): void {
  pages.clear();
}

/** The cached page for `key`, or composes it with `make` (null: nothing published there — also cached). */
export async function cachedPage(key: string, make: () => Promise<{ html: string; resource: CachedPage["resource"] } | null>): Promise<CachedPage | null> {
  const hit = pages.get(key);
  if (hit !== undefined) return hit;
  const made = await make();
  const page = made ? { body: new TextEncoder().encode(made.html), etag: etagOf(made.html), resource: made.resource } : null;
  if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value as string);
  pages.set(key, page);
  return page;
}

export const etagOf = (body: string | Uint8Array) => `"${createHash("sha1").update(body).digest("base64url")}"`;

export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/** Whether a request's If-None-Match names this ETag (weak or strong, or *). */
export function matchesEtag(request: Request, etag: string): boolean {
  const header = request.headers.get("If-None-Match");
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/** 304 on a matching If-None-Match, else 200 with the stored bytes; ETag and Cache-Control on both. */
export function pageResponse(request: Request, page: { body: Uint8Array<ArrayBuffer>; etag: string }, contentType = "text/html; charset=utf-8"): Response {
  const headers = { ETag: page.etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Cookie" };
  if (matchesEtag(request, page.etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : page.body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}
