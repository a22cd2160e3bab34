/**
 * The protocol of a session (protokół) as DOCX and PDF: the agenda, attendance with times, the minutes and the
 * decisions, plus the approvals. The session describes the content (`ProtocolContent`); the shared print model
 * (app/lib/print) renders it, so the PDF is tagged and Polish letters come out right like every other download.
 */
import type { PmJson } from "../editor/text";
import { blocksFromPm, type PrintBlock, type PrintDocument } from "../print/model";
import { renderDocx } from "../print/docx.server";
import { renderPdf } from "../print/pdf.server";

export type Block = PrintBlock;

/** The minutes' ProseMirror JSON as print blocks (the minutes' own headings sit at level 3). */
export function minutesBlocks(json: PmJson | null | undefined): Block[] {
  return blocksFromPm(json, 3);
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

export function protocolDocument(content: ProtocolContent): PrintDocument {
  const lines = (items: string[], empty: string): PrintBlock[] =>
    items.length === 0 ? [{ type: "paragraph", text: empty }] : [{ type: "list", ordered: true, items }];
  const h2 = (text: string): PrintBlock => ({ type: "heading", level: 2, text });
  return {
    language: content.language,
    title: `${content.heading}: ${content.title}`,
    facts: content.facts,
    blocks: [
      h2(content.agenda.title),
      ...lines(content.agenda.items, content.agenda.empty),
      h2(content.attendance.title),
      content.attendance.rows.length === 0
        ? { type: "paragraph", text: content.attendance.empty }
        : { type: "table", header: [...content.attendance.columns], rows: content.attendance.rows.map((r) => [...r]) },
      h2(content.minutes.title),
      { type: "paragraph", text: content.minutes.note },
      ...(content.minutes.blocks.length === 0 ? [{ type: "paragraph", text: content.minutes.empty } as const] : content.minutes.blocks),
      h2(content.decisions.title),
      ...lines(content.decisions.items, content.decisions.empty),
      h2(content.approvals.title),
      { type: "paragraph", text: content.approvals.summary },
      ...content.approvals.items.map((text): PrintBlock => ({ type: "paragraph", text })),
    ],
    footer: content.footer,
  };
}

export const protocolDocx = (content: ProtocolContent): Promise<Buffer> => renderDocx(protocolDocument(content));
export const protocolPdf = (content: ProtocolContent): Promise<Uint8Array> => renderPdf(protocolDocument(content));
