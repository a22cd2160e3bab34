/**
 * The stored-HTML public page of one published version (/partnerstwa/:slug/:series[/wersje/:n]): composed from
 * the frozen article and kept in the page cache, so the guard's loader answers from memory after the first
 * request. Used by the resource routes partnerstwa.$slug.$series._index.ts and …wersje.$number.ts.
 */
import type { Db } from "../../../db/client";
import type { Locale } from "../../i18n";
import { createI18n } from "../../i18n";
import { escapeHtml } from "../editor/derive.server";
import { formatDay, isoInPolishTime } from "../format";
import { downloadPath, seriesPath, versionPath } from "./content";
import { DOWNLOADABLE } from "./kinds-meta";
import { cachedPage, pageKey, type CachedPage } from "./page-cache.server";
import { loadPublication } from "./publications.server";
import { publicShell } from "./shell.server";


export interface PageRequest {
  origin: string;
  locale: Locale;
  slug: string | undefined;
  series: string | undefined;
  /** null: the newest published version. */
  number: string | null;
}

/** The guard's loader: the cached page and its resource, or null (→ 404). */
export async function loadPublishedPage(db: Db, req: PageRequest): Promise<{ resource: CachedPage["resource"]; page: CachedPage } | null> {
  const key = pageKey(req);
  const page = await cachedPage(key, async () => {
    const found = await loadPublication(db, req.slug, req.series, req.number);
    if (!found) return null;
    return { html: composePage(req, found), resource: found.resource };
  });
  return page ? { resource: page.resource, page } : null;
}

type Found = NonNullable<Awaited<ReturnType<typeof loadPublication>>>;

function composePage(req: PageRequest, { partnership, publication, versions }: Found): string {
  const t = createI18n(req.locale).t;
  const e = escapeHtml;
  const slug = partnership.slug;
  const latest = versions.at(-1)!;
  const previous = [...versions].reverse().find((v) => v.number < publication.number);
  const date = formatDay(publication.publishedAt, req.locale);
  const links: string[] = [];
  if (DOWNLOADABLE.has(publication.kind)) {
    links.push(`<li><a href="${downloadPath(slug, publication.series, publication.number, "docx")}" download>${e(t("publication:page.downloads"))}: ${e(t("publication:page.docx"))}</a></li>`);
    links.push(`<li><a href="${downloadPath(slug, publication.series, publication.number, "pdf")}" download>${e(t("publication:page.downloads"))}: ${e(t("publication:page.pdf"))}</a></li>`);
  }
  links.push(`<li><a href="${seriesPath(slug, publication.series)}/wersje">${e(t("publication:page.versions"))}</a></li>`);
  if (previous) {
    links.push(
      `<li><a href="${seriesPath(slug, publication.series)}/roznice?od=${previous.number}&amp;do=${publication.number}">${e(t("publication:page.diffPrevious", { number: previous.number }))}</a></li>`,
    );
  }
  const notice =
    latest.number !== publication.number
      ? `<p class="notice" role="note">${e(t("publication:page.notLatest"))} <a href="${seriesPath(slug, publication.series)}">${e(t("publication:page.latest"))}</a></p>`
      : "";
  const body = `<div class="page publication">
<nav aria-label="${e(t("publication:page.breadcrumb"))}" class="breadcrumb"><ol><li><a href="/partnerstwa">${e(t("nav.partnerships"))}</a></li><li><a href="/partnerstwa/${e(slug)}">${e(partnership.name)}</a></li><li><span aria-current="page">${e(publication.title)}</span></li></ol></nav>
<h1>${e(publication.title)}</h1>
<p class="publication-meta" data-testid="publication-meta">${e(t("publication:page.version", { number: publication.number }))} · <time datetime="${isoInPolishTime(publication.publishedAt)}">${e(t("publication:page.publishedAt", { date }))}</time></p>
${notice}
<ul class="publication-links">${links.join("")}</ul>
<article class="publication-article prose" lang="pl">
${publication.html}
</article>
</div>`;
  const path = req.number === null ? seriesPath(slug, publication.series) : versionPath(slug, publication.series, publication.number);
  return publicShell({
    locale: req.locale,
    origin: req.origin,
    path,
    title: `${publication.title} — ${partnership.name}`,
    description: `${publication.title} — ${partnership.name}. ${t("publication:page.version", { number: publication.number })}, ${t("publication:page.publishedAt", { date })}.`,
    body,
  });
}
