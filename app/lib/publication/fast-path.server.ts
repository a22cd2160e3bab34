/**
 * The fast path of the stored public pages, for the HTTP server (server/app.ts) ahead of Remix: a GET or HEAD of
 * /partnerstwa/:slug/:series[/wersje/:n] whose page is already in the page cache is answered from it directly —
 * same bytes, ETag, Cache-Control and 304 as the route. Only pages the route has composed are ever there, and
 * the route composes only published versions (its guard allowed them to the public), so this adds no access
 * rule of its own; anything else (first request, 404s, every other URL) goes on to Remix and its guard.
 */
import { localeFromCookie } from "../../i18n";
import { matchesEtag, pageKey, peekPage, PUBLIC_CACHE_CONTROL } from "./page-cache.server";

const STORED_PAGE = /^\/partnerstwa\/([^/]+)\/([^/]+)(?:\/wersje\/([^/]+))?$/;

export interface FastAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export function storedPageAnswer(input: { method: string; path: string; origin: string; cookie: string | undefined; ifNoneMatch: string | undefined }): FastAnswer | null {
  if (input.method !== "GET" && input.method !== "HEAD") return null;
  const match = STORED_PAGE.exec(input.path);
  if (!match || match[3] === "") return null;
  let slug: string, series: string, number: string | null;
  try {
    [slug, series, number] = [decodeURIComponent(match[1]), decodeURIComponent(match[2]), match[3] === undefined ? null : decodeURIComponent(match[3])];
  } catch {
    return null;
  }
  const page = peekPage(pageKey({ origin: input.origin, locale: localeFromCookie(input.cookie ?? null), slug, series, number }));
  if (!page) return null;
  const headers = { ETag: page.etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Cookie" };
  const conditional = new Request("http://x/", { headers: input.ifNoneMatch ? { "If-None-Match": input.ifNoneMatch } : {} });
  if (matchesEtag(conditional, page.etag)) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" }, body: input.method === "HEAD" ? null : page.body };
}
