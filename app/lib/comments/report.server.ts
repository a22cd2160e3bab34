/**
 * The consultation report (raport z konsultacji): one row per thread with the passage, the comment (uwaga),
 * its justification, author, date, replies, the coordinator's answer (odpowiedź) and decision. CSV for reuse
 * (open data), DOCX for the official document. Every user string goes in as plain text.
 */
import { stringify } from "csv-stringify/sync";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { TFunction } from "i18next";
import type { Locale } from "../../i18n";
import { formatDateTime } from "../format";
import { STRATEGY_SECTIONS } from "../strategy-sections";
import type { CommentDocument, ThreadView } from "./comments.server";

export interface ReportRow {
  number: number;
  section: string;
  passage: string;
  comment: string;
  justification: string;
  author: string;
  date: string;
  replies: string;
  answer: string;
  decision: string;
  status: string;
}

export function reportRows(threads: readonly ThreadView[], t: TFunction, locale: Locale): ReportRow[] {
  const deleted = t("comments:deletedComment");
  return threads.map((thread, index) => {
    const [first, ...rest] = thread.comments;
    const section = STRATEGY_SECTIONS.find((s) => s.key === thread.field);
    const passage =
      thread.anchor.status === "attached" ? thread.anchor.text : `${thread.quote}${thread.quote ? " " : ""}${t("comments:report.detachedNote")}`;
    return {
      number: index + 1,
      section: section ? `${section.key.slice(1).replace(/^0/, "")}. ${section[locale]}` : "",
      passage,
      comment: first ? (first.body ?? deleted) : "",
      justification: thread.justification,
      author: thread.createdBy?.name ?? "—",
      date: formatDateTime(thread.createdAt, locale),
      replies: rest
        .map((c) => `${c.author?.name ?? "—"} (${formatDateTime(c.createdAt, locale)}): ${c.body ?? deleted}`)
        .join("\n"),
      answer: thread.answer ?? "",
      decision: thread.decision ? t(`comments:decision.${thread.decision}`) : t("comments:decision.none"),
      status: t(`comments:status.${thread.status}`),
    };
  });
}

const COLUMNS = ["number", "section", "passage", "comment", "justification", "author", "date", "replies", "answer", "decision"] as const;

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function reportCsv(rows: readonly ReportRow[], t: TFunction): string {
  // A BOM so that spreadsheet programs read the Polish letters as UTF-8.
  return (
    "\uFEFF" +
    stringify(
      rows.map((row) => COLUMNS.map((c) => defuse(String(row[c])))),
      { header: true, columns: COLUMNS.map((c) => t(`comments:report.columns.${c}`)) },
    )
  );
}

function cellParagraphs(value: string, bold = false): Paragraph[] {
  const lines = value === "" ? [""] : value.split("\n");
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] }));
}

export async function reportDocx(
  doc: CommentDocument,
  rows: readonly ReportRow[],
  t: TFunction,
  locale: Locale,
  generatedAt = new Date(),
): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: COLUMNS.map(
      (c) => new TableCell({ children: cellParagraphs(t(`comments:report.columns.${c}`), true), shading: { fill: "E7EEF5" } }),
    ),
  });
  const body = rows.map(
    (row) => new TableRow({ children: COLUMNS.map((c) => new TableCell({ children: cellParagraphs(String(row[c])) })) }),
  );
  const document = new Document({
    creator: "Wspólnie",
    title: t("comments:report.title", { title: doc.title }),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t("comments:report.title", { title: doc.title }))] }),
          new Paragraph({ children: [new TextRun(`${t("comments:report.partnership")}: ${doc.partnershipName}`)] }),
          new Paragraph({
            children: [new TextRun(`${t("comments:report.generatedAt")}: ${formatDateTime(generatedAt, locale)}`)],
          }),
          new Paragraph({ children: [new TextRun(t("comments:report.count", { count: rows.length }))] }),
          rows.length === 0
            ? new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(t("comments:report.empty"))] })
            : new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A file name without characters that break the Content-Disposition header. */
export function reportFileName(doc: CommentDocument, extension: "csv" | "docx"): string {
  const slug = doc.partnershipSlug.replace(/[^a-z0-9-]/g, "");
  return `raport-konsultacji-${slug}.${extension}`;
}
