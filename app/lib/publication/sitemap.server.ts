/** sitemap.xml of the public pages: the catalogue, every partnership page, every published version and project. */
import { asc, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { partnerships, publications } from "../../../db/schema";
import { escapeHtml } from "../editor/derive.server";
import { projectPath, seriesPath, versionPath, type PackageContent } from "./content";

export async function sitemapXml(db: Db, origin: string): Promise<string> {
  const all = await db.select().from(partnerships).orderBy(asc(partnerships.slug));
  const published = await db.select().from(publications).where(isNull(publications.unpublishedAt)).orderBy(asc(publications.series), asc(publications.number));
  const urls: { loc: string; lastmod?: Date }[] = [{ loc: "/partnerstwa" }, { loc: "/deklaracja-dostepnosci" }];
  for (const p of all) {
    const own = published.filter((r) => r.partnershipId === p.id);
    urls.push({ loc: `/partnerstwa/${p.slug}`, lastmod: own.at(-1)?.publishedAt });
    const latest = new Map(own.map((r) => [r.series, r]));
    for (const [series, row] of latest) {
      urls.push({ loc: seriesPath(p.slug, series), lastmod: row.publishedAt });
      urls.push({ loc: `${seriesPath(p.slug, series)}/wersje`, lastmod: row.publishedAt });
      if (row.kind === "project_package") {
        for (const project of (row.content as PackageContent).projects) urls.push({ loc: projectPath(p.slug, project.json.id), lastmod: row.publishedAt });
      }
    }
    for (const row of own) urls.push({ loc: versionPath(p.slug, row.series, row.number), lastmod: row.publishedAt });
  }
  const body = urls
    .map((u) => `<url><loc>${escapeHtml(`${origin}${u.loc}`)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
