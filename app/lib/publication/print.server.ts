/**
 * A published version as the shared print model (app/lib/print): the strategy's sections with their headings and
 * a table of contents, the package's projects with their facts and schedules, the minutes. Rendered to DOCX and
 * tagged PDF by the shared renderers; the bytes of a version never change, so they are kept in memory once made.
 */
import { formatDay } from "../format";
import { formatGrosze } from "../projects/money";
import { blocksFromPm, type PrintBlock, type PrintDocument } from "../print/model";
import { renderDocx } from "../print/docx.server";
import { renderPdf } from "../print/pdf.server";
import { documentSections } from "../strategy-sections";
import type { MinutesContent, PackageContent, PublicationContent, StrategyContent } from "./content";
import type { PublicationRow } from "./publications.server";
import { voteResultBlocks } from "./vote-result.server";

export function printDocument(publication: PublicationRow, partnership: { name: string }): PrintDocument {
  const content = publication.content as PublicationContent;
  const base: PrintDocument = {
    language: "pl",
    title: publication.title,
    subtitle: `Wersja ${publication.number} z ${formatDay(publication.publishedAt, "pl")}`,
    facts: [{ label: "Partnerstwo", value: partnership.name }],
    toc: { title: "Spis treści" },
    blocks: [],
    footer: `Opublikowano w platformie Wspólnie ${formatDay(publication.publishedAt, "pl")}.`,
  };
  if (content.kind === "strategy") return { ...base, blocks: strategyBlocks(content) };
  if (content.kind === "project_package") return { ...base, blocks: packageBlocks(content) };
  if (content.kind === "vote_result") return { ...base, toc: undefined, blocks: voteResultBlocks(content) };
  return { ...base, toc: undefined, blocks: minutesBlocks(content) };
}

function strategyBlocks(content: StrategyContent): PrintBlock[] {
  return documentSections("strategy").flatMap((s, i) => [
    { type: "heading", level: 2, text: `${i + 1}. ${s.pl}` } as PrintBlock,
    // The editor's headings are h2–h4; under a section title they print one level lower.
    ...blocksFromPm(content.json[s.key], 2),
  ]);
}

function packageBlocks(content: PackageContent): PrintBlock[] {
  const money = (pln: number) => formatGrosze(Math.round(pln * 100), "pl");
  const table: PrintBlock = {
    type: "table",
    caption: "Projekty pakietu",
    header: ["Projekt", "Lider", "Koszt całkowity", "Okres", "Dojrzałość"],
    rows: content.projects.map((p) => [p.json.title, p.leadName, money(p.json.totalCost), `${p.json.start ?? "—"} – ${p.json.end ?? "—"}`, `${p.json.maturity}/5`]),
  };
  return [
    { type: "heading", level: 2, text: "Projekty pakietu" },
    table,
    ...content.projects.flatMap((p): PrintBlock[] => [
      { type: "heading", level: 2, text: p.json.title },
      {
        type: "facts",
        items: [
          { label: "Cel strategii", value: p.goal },
          { label: "Kierunek działań", value: p.direction },
          { label: "Lider", value: `${p.leadName} (${p.json.leadTeryt})` },
          { label: "Partnerzy", value: p.partnerNames.join(", ") || "—" },
          { label: "Lokalizacja", value: p.location },
          { label: "Koszt całkowity", value: money(p.json.totalCost) },
          { label: "Koszt kwalifikowalny", value: money(p.json.eligibleCost) },
          { label: "Okres realizacji", value: `${p.json.start ?? "—"} – ${p.json.end ?? "—"}` },
          { label: "Dojrzałość", value: `${p.json.maturity}/5` },
          { label: "Studium wykonalności", value: `${Math.round(p.json.feasibility.complete * 100)}%` },
        ],
      },
      { type: "heading", level: 3, text: "Problem" },
      { type: "paragraph", text: p.problem },
      { type: "heading", level: 3, text: "Zakres" },
      { type: "paragraph", text: p.scope },
      ...(p.schedule.length
        ? ([
            { type: "heading", level: 3, text: "Harmonogram" },
            { type: "table", header: ["Zadanie", "Początek", "Koniec"], rows: p.schedule.map((t) => [t.name, t.start, t.end]) },
          ] as PrintBlock[])
        : []),
    ]),
  ];
}

function minutesBlocks(content: MinutesContent): PrintBlock[] {
  return blocksFromPm(content.json, 2);
}

const files = new Map<string, Uint8Array>();

/** The DOCX or PDF of a published version (made once per process; a version's content never changes). */
export async function publicationFile(publication: PublicationRow, partnership: { name: string }, format: "docx" | "pdf"): Promise<Uint8Array> {
  const key = `${publication.id}.${format}`;
  const hit = files.get(key);
  if (hit) return hit;
  const doc = printDocument(publication, partnership);
  const bytes = format === "docx" ? new Uint8Array(await renderDocx(doc)) : await renderPdf(doc);
  if (files.size > 50) files.delete(files.keys().next().value as string);
  files.set(key, bytes);
  return bytes;
}
