/**
 * DOCX from the print model (docx package). Real Word headings (so Word's navigation pane and its own table of
 * contents work), a static table of contents of the level-2 headings with links to bookmarks, tables with a
 * repeated header row, the document language set.
 */
import {
  Bookmark,
  Document,
  HeadingLevel as DocxHeading,
  InternalHyperlink,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { tocEntries, type PrintBlock, type PrintDocument } from "./model";

const HEADINGS = [DocxHeading.HEADING_1, DocxHeading.HEADING_2, DocxHeading.HEADING_3, DocxHeading.HEADING_4] as const;

const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
/** A table cell; line breaks in the text become paragraphs. Header cells are bold on a light fill. */
const cell = (text: string, bold = false) =>
  new TableCell({
    ...(bold ? { shading: { fill: "E7EEF5" } } : {}),
    children: (text === "" ? [""] : text.split("\n")).map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] })),
  });
const factLine = (f: { label: string; value: string }) => new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)] });
const anchor = (i: number) => `h2_${i}`;

function block(b: PrintBlock, h2Index: { n: number }): (Paragraph | Table)[] {
  switch (b.type) {
    case "heading":
      if (b.level === 2) {
        const id = anchor(h2Index.n++);
        return [new Paragraph({ heading: HEADINGS[1], children: [new Bookmark({ id, children: [new TextRun(b.text)] })] })];
      }
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: [new TextRun(b.text)] })];
    case "paragraph":
      return [para(b.text, b.bold)];
    case "list":
      return b.items.map((item) => (b.ordered ? para(item) : new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item.trimStart())] })));
    case "table":
      return [
        ...(b.caption ? [para(b.caption, true)] : []),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((c) => cell(c, true)) }),
            ...b.rows.map((row) => new TableRow({ children: b.header.map((_, i) => cell(row[i] ?? "")) })),
          ],
        }),
      ];
    case "facts":
      return b.items.map(factLine);
    case "pageBreak":
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

export async function renderDocx(doc: PrintDocument): Promise<Buffer> {
  const h2Index = { n: 0 };
  const toc = doc.toc
    ? [
        new Paragraph({ heading: HEADINGS[1], children: [new TextRun(doc.toc.title)] }),
        ...tocEntries(doc).map(
          (text, i) => new Paragraph({ children: [new InternalHyperlink({ anchor: anchor(i), children: [new TextRun({ text, style: "Hyperlink" })] })] }),
        ),
      ]
    : [];
  const document = new Document({
    creator: "Wspólnie",
    title: doc.title,
    styles: { default: { document: { run: { font: "Calibri", language: { value: doc.language === "pl" ? "pl-PL" : "en-GB" } } } } },
    sections: [
      {
        ...(doc.orientation === "landscape" ? { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } } : {}),
        children: [
          new Paragraph({ heading: HEADINGS[0], children: [new TextRun(doc.title)] }),
          ...(doc.subtitle ? [para(doc.subtitle, true)] : []),
          ...(doc.facts ?? []).map(factLine),
          ...toc,
          ...doc.blocks.flatMap((b) => block(b, h2Index)),
          ...(doc.footer ? [para(""), para(doc.footer)] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
