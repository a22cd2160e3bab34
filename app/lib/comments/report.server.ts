/**
 * The consultation report (raport z konsultacji): one row per thread with the passage, the comment (uwaga),
 * its justification, author, date, replies, the coordinator's answer (odpowiedź) and decision. CSV for reuse
 * (open data), DOCX for the official document. Every user string goes in as plain text.
 */
import { stringify } from "csv-stringify/sync";
import type { TFunction } from "i18next";
import type { Locale } from "../../i18n";
import { formatDateTime } from "../format";
import { renderDocx } from "../print/docx.server";
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

/**
 * Fields are separated by semicolons: Polish Excel splits on them (the list separator of Polish regional
 * settings), so the report opens as a table with a double click. The download link says so
 * (comments:sidebar.exportCsv / exportCsvLabel).
 */
export const CSV_SEPARATOR = ";";

/** Where a spreadsheet may start a new cell, whatever the quoting: separators it may split on, line breaks. */
const CELL_STARTS = new Set([";", ",", "\t", "\r", "\n"]);
/** What makes a spreadsheet read a cell as a formula. */
const FORMULA_CHARS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Neutralises formulas (CSV injection): wherever a cell could start — the start of the field and after every
 * separator a spreadsheet may split on, past any quote marks — a formula character gets an apostrophe before
 * it, so "x;=1+1;" becomes "x;'=1+1;". Nothing else changes; the apostrophe is visible, which is the point.
 */
export function neutraliseFormulas(value: string): string {
  let out = "";
  let atCellStart = true;
  for (let i = 0; i < value.length; i++) {
    if (atCellStart) {
      let next = i;
      while (value[next] === '"') next++;
      if (next < value.length && FORMULA_CHARS.has(value[next])) out += "'";
    }
    out += value[i];
    atCellStart = CELL_STARTS.has(value[i]);
  }
  return out;
}

export function reportCsv(rows: readonly ReportRow[], t: TFunction): string {
  // A BOM so that spreadsheet programs read the Polish letters as UTF-8; every field quoted, CRLF between rows.
  return (
    "\uFEFF" +
    stringify(
      rows.map((row) => COLUMNS.map((c) => neutraliseFormulas(String(row[c])))),
      {
        header: true,
        columns: COLUMNS.map((c) => neutraliseFormulas(t(`comments:report.columns.${c}`))),
        delimiter: CSV_SEPARATOR,
        quoted: true,
        quoted_empty: true,
        record_delimiter: "windows",
      },
    )
  );
}

export async function reportDocx(
  doc: CommentDocument,
  rows: readonly ReportRow[],
  t: TFunction,
  locale: Locale,
  generatedAt = new Date(),
): Promise<Buffer> {
  return renderDocx({
    language: locale,
    title: t("comments:report.title", { title: doc.title }),
    orientation: "landscape",
    facts: [
      { label: t("comments:report.partnership"), value: doc.partnershipName },
      { label: t("comments:report.generatedAt"), value: formatDateTime(generatedAt, locale) },
    ],
    blocks: [
      { type: "paragraph", text: t("comments:report.count", { count: rows.length }) },
      rows.length === 0
        ? { type: "paragraph", text: t("comments:report.empty") }
        : {
            type: "table",
            header: COLUMNS.map((c) => t(`comments:report.columns.${c}`)),
            rows: rows.map((row) => COLUMNS.map((c) => String(row[c]))),
          },
    ],
  });
}

/** A file name without characters that break the Content-Disposition header. */
export function reportFileName(doc: CommentDocument, extension: "csv" | "docx"): string {
  const slug = doc.partnershipSlug.replace(/[^a-z0-9-]/g, "");
  return `raport-konsultacji-${slug}.${extension}`;
}
