/**
 * The frozen article of a publication: HTML rendered on the server from the published version's JSON with the
 * shared editor schema (deriveFromJson), so it holds exactly what the editor holds and nothing else — comments
 * are never in a document (they are anchored beside it), and authors are not part of the content. Section titles
 * are <h2> with ids (the table of contents links to them); headings inside a section move one level down so the
 * page keeps one outline (page <h1>, section <h2>, the text's own headings <h3>–<h5>).
 */
import { deriveFromJson, escapeHtml } from "../editor/derive.server";
import type { PmJson } from "../editor/text";
import { textFromJson } from "../editor/text";
import { formatGrosze } from "../projects/money";
import { documentSections } from "../strategy-sections";
import type { PublishedSection } from "../../../db/schema/publication";
import { projectPath, type PublishedProject } from "./content";

export interface RenderedArticle {
  html: string;
  sections: PublishedSection[];
}

/** Content headings one level down; links only to the web, mail or this site. */
function clean(html: string): string {
  return html
    .replace(/<(\/?)h([2-5])\b/g, (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
    .replace(/\shref="(?!https?:|mailto:|\/|#)[^"]*"/gi, ' href="#"');
}

function toc(entries: { id: string; title: string }[], label: string): string {
  if (entries.length === 0) return "";
  const items = entries.map((e) => `<li><a href="#${e.id}">${escapeHtml(e.title)}</a></li>`).join("");
  return `<nav class="publication-toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(label)}</h2><ol>${items}</ol></nav>`;
}

/** A document kind with template sections (the strategy): a table of contents and a <section> per section. */
export function renderDocument(kind: string, json: Record<string, PmJson>): RenderedArticle {
  const derived = deriveFromJson(kind, json);
  const titles = new Map(documentSections(kind).map((s, i) => [s.key, `${i + 1}. ${s.pl}`]));
  const parts = derived.fields.map((f) => {
    const title = titles.get(f.key) ?? "";
    return { key: f.key, title, text: f.text, html: clean(f.html) };
  });
  const body = parts
    .map((p) => `<section id="${p.key}" aria-labelledby="${p.key}-title"><h2 id="${p.key}-title">${escapeHtml(p.title)}</h2>${p.html}</section>`)
    .join("\n");
  return {
    html: toc(parts.map((p) => ({ id: p.key, title: p.title })), "Spis treści") + body,
    sections: parts.map(({ key, title, text }) => ({ key, title, text })),
  };
}

/** A free-text document (the minutes): one field, no template sections. */
export function renderFreeText(kind: string, json: Record<string, PmJson>, title: string): RenderedArticle {
  const derived = deriveFromJson(kind, json);
  const text = derived.fields.map((f) => f.text).join("\n");
  return { html: `<section aria-label="${escapeHtml(title)}">${clean(derived.fields.map((f) => f.html).join(""))}</section>`, sections: [{ key: "default", title, text }] };
}

const row = (label: string, value: string) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;

/** The project package: a table of the projects (linking their pages) and a short fiche of each. */
export function renderPackage(slug: string, projects: readonly PublishedProject[]): RenderedArticle {
  const money = (pln: number) => formatGrosze(Math.round(pln * 100), "pl");
  const head = `<tr><th scope="col">Projekt</th><th scope="col">Lider</th><th scope="col">Koszt całkowity</th><th scope="col">Okres</th><th scope="col">Dojrzałość</th></tr>`;
  const rows = projects
    .map(
      (p) =>
        `<tr><td><a href="${projectPath(slug, p.json.id)}">${escapeHtml(p.json.title)}</a></td><td>${escapeHtml(p.leadName)}</td><td>${escapeHtml(money(p.json.totalCost))}</td><td>${escapeHtml(`${p.json.start ?? "—"} – ${p.json.end ?? "—"}`)}</td><td>${p.json.maturity}/5</td></tr>`,
    )
    .join("");
  const table = `<section aria-labelledby="pkg-list"><h2 id="pkg-list">Projekty pakietu</h2><table class="data-table"><caption>Projekty pakietu (${projects.length})</caption><thead>${head}</thead><tbody>${rows}</tbody></table></section>`;
  const fiches = projects.map((p, i) => {
    const id = `projekt-${i + 1}`;
    const facts = [
      row("Cel strategii", p.goal),
      row("Kierunek działań", p.direction),
      row("Lider", `${p.leadName} (${p.json.leadTeryt})`),
      row("Partnerzy", p.partnerNames.join(", ") || "—"),
      row("Lokalizacja", p.location),
      row("Koszt całkowity", money(p.json.totalCost)),
      row("Koszt kwalifikowalny", money(p.json.eligibleCost)),
      row("Okres realizacji", `${p.json.start ?? "—"} – ${p.json.end ?? "—"}`),
      row("Dojrzałość", `${p.json.maturity}/5`),
      row("Studium wykonalności", `${Math.round(p.json.feasibility.complete * 100)}%`),
    ].join("");
    const schedule = p.schedule.length
      ? `<h4>Harmonogram</h4><ul>${p.schedule.map((t) => `<li>${escapeHtml(t.name)}: ${escapeHtml(t.start === t.end ? t.start : `${t.start} – ${t.end}`)}</li>`).join("")}</ul>`
      : "";
    return `<section id="${id}" aria-labelledby="${id}-title"><h3 id="${id}-title">${escapeHtml(p.json.title)}</h3><table class="facts-table"><tbody>${facts}</tbody></table><h4>Problem</h4><p>${escapeHtml(p.problem)}</p><h4>Zakres</h4><p>${escapeHtml(p.scope)}</p>${schedule}</section>`;
  });
  return {
    html: `${table}<section aria-labelledby="pkg-fiches"><h2 id="pkg-fiches">Fiszki projektów</h2>${fiches.join("\n")}</section>`,
    sections: projects.map((p) => ({ key: p.json.id, title: p.json.title, text: projectText(p) })),
  };
}

/** A project as plain text (what the difference between two published packages compares). */
export function projectText(p: PublishedProject): string {
  return [
    p.goal, p.direction, `${p.leadName} (${p.json.leadTeryt})`, p.partnerNames.join(", "), p.location,
    `${p.json.totalCost} PLN`, `${p.json.start ?? ""} – ${p.json.end ?? ""}`, `dojrzałość ${p.json.maturity}`,
    p.problem, p.scope, ...p.schedule.map((t) => `${t.name}: ${t.start} – ${t.end}`),
  ].join("\n");
}

export { textFromJson };
