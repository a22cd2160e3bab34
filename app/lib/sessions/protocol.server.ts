/**
 * The protocol of a session (protokół) as DOCX and PDF: the agenda, attendance with times, the minutes and the
 * decisions, plus the approvals. One content model (`ProtocolContent`), two renderers. The PDF is tagged
 * (headings and paragraphs in the structure tree, document language set) with DejaVu Sans embedded from the
 * dejavu-fonts-ttf package, so Polish letters come out right on any machine after `npm ci`; user text goes in as
 * plain text in both formats.
 */
import { createRequire } from "node:module";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import PDFDocument from "pdfkit";
import type { PmJson } from "../editor/text";

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

export type Block = { type: "heading"; text: string } | { type: "paragraph"; text: string };

/** The minutes' ProseMirror JSON as plain blocks: headings, paragraphs, list items ("• ", "1. "), table rows. */
export function minutesBlocks(json: PmJson | null | undefined): Block[] {
  const out: Block[] = [];
  const inline = (node: PmJson): string =>
    node.type === "text" ? (node.text ?? "") : node.type === "hardBreak" ? "\n" : (node.content ?? []).map(inline).join("");
  const walk = (node: PmJson, prefix = ""): void => {
    switch (node.type) {
      case "heading":
        out.push({ type: "heading", text: inline(node) });
        return;
      case "paragraph": {
        const text = inline(node);
        if (text.trim() !== "" || prefix) out.push({ type: "paragraph", text: `${prefix}${text}` });
        return;
      }
      case "bulletList":
      case "orderedList":
        (node.content ?? []).forEach((item, i) => {
          const marker = node.type === "orderedList" ? `${Number(node.attrs?.start ?? 1) + i}. ` : "• ";
          (item.content ?? []).forEach((child, j) => walk(child, j === 0 ? prefix + marker : prefix + "   "));
        });
        return;
      case "tableRow":
        out.push({ type: "paragraph", text: (node.content ?? []).map((cell) => (cell.content ?? []).map(inline).join(" ")).join(" | ") });
        return;
      default:
        for (const child of node.content ?? []) walk(child, prefix);
    }
  };
  if (json) walk(json);
  return out;
}

export interface ProtocolContent {
  /** "Protokół posiedzenia" */
  heading: string;
  title: string;
  /** Label → value lines under the title (partnership, body, date, time, duration, status). */
  facts: { label: string; value: string }[];
  agenda: { title: string; items: string[]; empty: string };
  attendance: { title: string; columns: [string, string, string, string]; rows: [string, string, string, string][]; empty: string };
  minutes: { title: string; note: string; blocks: Block[]; empty: string };
  decisions: { title: string; items: string[]; empty: string };
  approvals: { title: string; summary: string; items: string[] };
  footer: string;
  language: "pl" | "en";
}

// ——— DOCX ———

function section(title: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(title)] });
}
const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });

export async function protocolDocx(content: ProtocolContent): Promise<Buffer> {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 20 })] })] });
  const attendance =
    content.attendance.rows.length === 0
      ? [para(content.attendance.empty)]
      : [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: content.attendance.columns.map((c) => cell(c, true)) }),
              ...content.attendance.rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) })),
            ],
          }),
        ];
  const list = (items: string[], empty: string) => (items.length === 0 ? [para(empty)] : items.map((item) => para(item)));
  const document = new Document({
    creator: "Wspólnie",
    title: `${content.heading}: ${content.title}`,
    styles: { default: { document: { run: { font: "Calibri" } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(content.heading)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(content.title)] }),
          ...content.facts.map((f) => new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)] })),
          section(content.agenda.title),
          ...list(content.agenda.items, content.agenda.empty),
          section(content.attendance.title),
          ...attendance,
          section(content.minutes.title),
          para(content.minutes.note),
          ...(content.minutes.blocks.length === 0
            ? [para(content.minutes.empty)]
            : content.minutes.blocks.map((b) =>
                b.type === "heading" ? new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(b.text)] }) : para(b.text),
              )),
          section(content.decisions.title),
          ...list(content.decisions.items, content.decisions.empty),
          section(content.approvals.title),
          para(content.approvals.summary),
          ...content.approvals.items.map((item) => para(item)),
          para(""),
          para(content.footer),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ——— PDF ———

export async function protocolPdf(content: ProtocolContent): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    pdfVersion: "1.7",
    tagged: true,
    lang: content.language === "pl" ? "pl-PL" : "en-GB",
    displayTitle: true,
    info: { Title: `${content.heading}: ${content.title}`, Author: "Wspólnie" },
  });
  doc.registerFont("body", FONT);
  doc.registerFont("bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  const heading = (tag: "H1" | "H2" | "H3", text: string) =>
    root.add(
      doc.struct(tag, {}, () => {
        doc.font("bold").fontSize(tag === "H1" ? 17 : tag === "H2" ? 13 : 11.5).text(text, { paragraphGap: 6 });
      }),
    );
  const paragraph = (text: string) =>
    root.add(
      doc.struct("P", {}, () => {
        doc.font("body").fontSize(10.5).text(text, { paragraphGap: 4 });
      }),
    );
  heading("H1", `${content.heading}: ${content.title}`);
  for (const f of content.facts) paragraph(`${f.label}: ${f.value}`);
  heading("H2", content.agenda.title);
  for (const item of content.agenda.items.length > 0 ? content.agenda.items : [content.agenda.empty]) paragraph(item);
  heading("H2", content.attendance.title);
  if (content.attendance.rows.length === 0) paragraph(content.attendance.empty);
  for (const [name, times, minutes, how] of content.attendance.rows) paragraph(`${name} — ${times} (${minutes})${how ? `, ${how}` : ""}`);
  heading("H2", content.minutes.title);
  paragraph(content.minutes.note);
  if (content.minutes.blocks.length === 0) paragraph(content.minutes.empty);
  for (const b of content.minutes.blocks) {
    if (b.type === "heading") heading("H3", b.text);
    else paragraph(b.text);
  }
  heading("H2", content.decisions.title);
  for (const item of content.decisions.items.length > 0 ? content.decisions.items : [content.decisions.empty]) paragraph(item);
  heading("H2", content.approvals.title);
  paragraph(content.approvals.summary);
  for (const item of content.approvals.items) paragraph(item);
  paragraph(content.footer);
  root.end();
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
