/**
 * The minutes of a vote (protokół głosowania) as the shared print model (app/lib/print): the poll, the eligible
 * members, turnout, results, the decision; for an open ballot, who voted how. A secret ballot's minutes list the
 * eligible members and the sorted receipts, and never a member next to a choice (its result holds no ballots).
 */
import type { Db } from "../../../db/client";
import { createI18n, type Locale } from "../../i18n";
import { renderDocx } from "../print/docx.server";
import type { PrintBlock, PrintDocument } from "../print/model";
import { renderPdf } from "../print/pdf.server";
import { formatDateTimeWarsaw } from "../sessions/time";
import type { LoadedPoll, StoredResult } from "./polls.server";
import { pollPageView } from "./view.server";
import { fileDownload } from "~/lib/download";

export async function pollMinutes(db: Db, loaded: LoadedPoll, locale: Locale): Promise<PrintDocument | null> {
  const { poll, partnership } = loaded;
  if (poll.status !== "closed" || !poll.result) return null;
  const t = createI18n(locale).t;
  const v = (key: string, options?: Record<string, unknown>) => t(`voting:${key}`, options ?? {}) as string;
  const result = poll.result as StoredResult;
  const view = await pollPageView(db, poll);
  const titles = new Map(view.candidates.map((c) => [c.id, c.title]));
  const number = (n: number) => n.toLocaleString(locale === "en" ? "en-GB" : "pl-PL", { maximumFractionDigits: 2 });
  const percent = (n: number) => n.toLocaleString(locale === "en" ? "en-GB" : "pl-PL", { style: "percent", maximumFractionDigits: 1 });
  const when = (d: Date | null) => (d ? formatDateTimeWarsaw(d, locale) : "—");
  const scores = poll.method === "score";

  const blocks: PrintBlock[] = [];
  if (poll.description) blocks.push({ type: "paragraph", text: poll.description });
  blocks.push({ type: "heading", level: 2, text: v("minutes.eligibleTitle") });
  blocks.push({
    type: "table",
    header: [v("poll.votersColumns.name"), v("poll.votersColumns.represents"), v("poll.votersColumns.voted")],
    rows: view.voters.map((m) => [m.name, m.represents, m.voted ? v("poll.yes") : v("poll.no")]),
  });
  blocks.push({ type: "heading", level: 2, text: v("minutes.turnoutTitle") });
  blocks.push({ type: "paragraph", text: `${v("minutes.turnout", { voted: result.voted, eligible: result.eligibleCount, percent: percent(result.turnout) })} ${result.quorumMet ? v("poll.quorumMet") : v("poll.quorumNotMet")}` });
  blocks.push({ type: "heading", level: 2, text: v("minutes.resultsTitle") });
  blocks.push({
    type: "table",
    header: scores ? [v("poll.resultColumns.project"), v("poll.resultColumns.mean"), v("poll.resultColumns.median")] : [v("poll.resultColumns.project"), v("poll.resultColumns.votes")],
    rows: result.candidates.map((c) => ("mean" in c ? [titles.get(c.id) ?? "", number(c.mean), number(c.median)] : [titles.get(c.id) ?? "", String(c.votes)])),
  });
  if (result.tie) blocks.push({ type: "paragraph", text: v("poll.tie") });
  if (poll.secret || !result.ballots) {
    blocks.push({ type: "paragraph", text: v("minutes.secretNote") });
  } else {
    blocks.push({ type: "heading", level: 2, text: v("minutes.ballotsTitle") });
    blocks.push({
      type: "table",
      header: [v("poll.ballotsColumns.voter"), v("poll.ballotsColumns.choice")],
      rows: result.ballots.map((b) => [
        b.voter,
        "choice" in b.choice ? (titles.get(b.choice.choice) ?? "") : view.candidates.map((c) => `${c.title}: ${(b.choice as { scores: Record<string, number> }).scores[c.id]}`).join("; "),
      ]),
    });
  }
  if (result.receipts.length > 0) {
    blocks.push({ type: "heading", level: 2, text: v("minutes.receiptsTitle") });
    blocks.push({ type: "paragraph", text: [...result.receipts].sort().join(", ") });
  }
  blocks.push({ type: "heading", level: 2, text: v("minutes.decisionTitle") });
  const adopted = poll.adoptedProjectId ? titles.get(poll.adoptedProjectId) : null;
  const winner = result.winner ? titles.get(result.winner) : null;
  blocks.push({
    type: "paragraph",
    bold: true,
    text: adopted ? v("minutes.decisionAdopted", { title: adopted, at: when(poll.adoptedAt) }) : winner ? v("minutes.decisionWinner", { title: winner }) : v("minutes.decisionNone"),
  });

  return {
    language: locale,
    title: poll.title,
    subtitle: v("minutes.heading"),
    facts: [
      { label: v("minutes.partnership"), value: partnership.name },
      { label: v("minutes.method"), value: v(`method.${poll.method}`) },
      { label: v("minutes.ballot"), value: v(poll.secret ? "ballot.secret" : "ballot.open") },
      { label: v("minutes.quorum"), value: v("poll.quorumValue", { percent: Math.round(poll.quorum * 100) }) },
      { label: v("minutes.opened"), value: when(poll.openedAt) },
      { label: v("minutes.closed"), value: when(poll.closedAt) },
    ],
    blocks,
    footer: `Wspólnie — ${when(new Date())}`,
  };
}

/** The minutes as a download; 404 text while the poll is not closed. */
export async function minutesResponse(db: Db, loaded: LoadedPoll, locale: Locale, format: "docx" | "pdf"): Promise<Response> {
  const doc = await pollMinutes(db, loaded, locale);
  if (!doc) return new Response(createI18n(locale).t("voting:minutes.notClosed"), { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = format === "docx" ? await renderDocx(doc) : await renderPdf(doc);
  const day = loaded.poll.closedAt ? loaded.poll.closedAt.toISOString().slice(0, 10) : "";
  const name = `protokol-glosowania-${loaded.partnership.slug.replace(/[^a-z0-9-]/g, "")}-${day}.${format}`;
  return fileDownload(new Blob([new Uint8Array(bytes)]), format, name);
}
