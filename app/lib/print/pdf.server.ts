/**
 * A tagged PDF (PDF/UA-style structure: H1–H4, P, L/LI/LBody, Table/TR/TH/TD, document language, display title,
 * bookmarks for the level-2 headings) from the print model, drawn by PDFKit with DejaVu Sans embedded from the
 * dejavu-fonts-ttf package — so Polish letters come out right on any machine after `npm ci`, and no headless
 * browser runs at request time.
 */
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { tocEntries, type PrintBlock, type PrintDocument } from "./model";

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

const HEADING_SIZE = [18, 14, 12, 11] as const;
const BODY = 10.5;
const MARGIN = 56;

type Pdf = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Pdf["struct"]>;

class Writer {
  constructor(
    private readonly doc: Pdf,
    private readonly root: Struct,
  ) {}

  heading(level: 1 | 2 | 3 | 4, text: string): void {
    const doc = this.doc;
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    this.root.add(
      doc.struct(`H${level}`, {}, () => {
        doc.font("bold").fontSize(HEADING_SIZE[level - 1]).text(text, { paragraphGap: 6 });
      }),
    );
    if (level === 2) doc.outline.addItem(text);
  }

  paragraph(text: string, bold = false): void {
    const doc = this.doc;
    this.root.add(
      doc.struct("P", {}, () => {
        doc.font(bold ? "bold" : "body").fontSize(BODY).text(text, { paragraphGap: 4 });
      }),
    );
  }

  list(items: string[], ordered: boolean): void {
    const doc = this.doc;
    const list = doc.struct("L");
    this.root.add(list);
    for (const item of items) {
      const li = doc.struct("LI");
      list.add(li);
      li.add(
        doc.struct("LBody", {}, () => {
          doc.font("body").fontSize(BODY).text(ordered ? item : `•  ${item.trimStart()}`, { paragraphGap: 2, indent: ordered ? 0 : 8 });
        }),
      );
      li.end();
    }
    list.end();
    doc.moveDown(0.3);
  }

  table(header: string[], rows: string[][], caption?: string): void {
    const doc = this.doc;
    if (caption) this.paragraph(caption, true);
    const table = doc.struct("Table");
    this.root.add(table);
    const width = doc.page.width - 2 * MARGIN;
    const colWidth = width / Math.max(1, header.length);
    const drawRow = (cells: string[], head: boolean) => {
      doc.font(head ? "bold" : "body").fontSize(9);
      const texts = header.map((_, i) => cells[i] ?? "");
      const height = Math.max(...texts.map((t) => doc.heightOfString(t || " ", { width: colWidth - 8 }))) + 6;
      if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
      const top = doc.y;
      const tr = doc.struct("TR");
      table.add(tr);
      texts.forEach((text, i) => {
        tr.add(
          doc.struct(head ? "TH" : "TD", {}, () => {
            doc.text(text, MARGIN + i * colWidth + 4, top + 3, { width: colWidth - 8 });
          }),
        );
      });
      tr.end();
      doc.save().lineWidth(0.5).strokeColor("#888888").rect(MARGIN, top, width, height).stroke().restore();
      doc.x = MARGIN;
      doc.y = top + height;
    };
    drawRow(header, true);
    for (const row of rows) drawRow(row, false);
    table.end();
    doc.x = MARGIN;
    doc.moveDown(0.6);
  }

  block(b: PrintBlock): void {
    switch (b.type) {
      case "heading":
        return this.heading(b.level, b.text);
      case "paragraph":
        return this.paragraph(b.text, b.bold);
      case "list":
        return this.list(b.items, b.ordered);
      case "table":
        return this.table(b.header, b.rows, b.caption);
      case "facts":
        for (const f of b.items) this.paragraph(`${f.label}: ${f.value}`);
        return;
      case "pageBreak":
        this.doc.addPage();
        return;
    }
  }
}

export async function renderPdf(content: PrintDocument): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    layout: content.orientation ?? "portrait",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: content.language === "pl" ? "pl-PL" : "en-GB",
    displayTitle: true,
    info: { Title: content.title, Author: "Wspólnie" },
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
  const w = new Writer(doc, root);
  w.heading(1, content.title);
  if (content.subtitle) w.paragraph(content.subtitle, true);
  for (const f of content.facts ?? []) w.paragraph(`${f.label}: ${f.value}`);
  if (content.toc) {
    w.heading(2, content.toc.title);
    w.list(tocEntries(content), true);
  }
  for (const b of content.blocks) w.block(b);
  if (content.footer) w.paragraph(content.footer);
  root.end();
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
