/**
 * Council vote results as a publication kind: the partnership's closed polls, frozen from voting's
 * `pollResultForPublication` (a secret poll's result names no voter). One content shape, rendered to the public
 * page's HTML and to the print model for the DOCX/PDF downloads.
 */
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { polls } from "../../../db/schema";
import { escapeHtml } from "../editor/derive.server";
import type { PrintBlock } from "../print/model";
import { pollResultForPublication } from "../voting/view.server";
import type { VoteResultContent } from "./content";
import type { Candidate, PublicationKindDef } from "./kinds.server";

const pl = (n: number, digits = 2) => n.toLocaleString("pl-PL", { maximumFractionDigits: digits });
const percent = (n: number) => n.toLocaleString("pl-PL", { style: "percent", maximumFractionDigits: 1 });

/** The facts, the ranked table and (open ballots) who voted how — as rows both renderers share. */
function parts(c: VoteResultContent) {
  const facts = [
    { label: "Sposób głosowania", value: `${c.method === "single" ? "wybór jednego projektu" : "ocena dojrzałości 0–5 każdego projektu"}, ${c.secret ? "głosowanie tajne" : "głosowanie jawne"}` },
    { label: "Uprawnieni", value: String(c.eligibleCount) },
    { label: "Oddane głosy", value: `${c.voted} (frekwencja ${percent(c.turnout)})` },
    { label: "Kworum", value: `${percent(c.quorum)} uprawnionych — ${c.quorumMet ? "osiągnięte" : "nieosiągnięte"}` },
    {
      label: "Wynik",
      value: c.winner ? `wygrywa „${c.winner.title}”` : c.tie ? "remis — bez rozstrzygnięcia" : "bez rozstrzygnięcia",
    },
    ...(c.adoptedFlagship ? [{ label: "Projekt flagowy", value: c.adoptedFlagship.title }] : []),
  ];
  const header = c.method === "single" ? ["Miejsce", "Projekt", "Głosy"] : ["Miejsce", "Projekt", "Średnia", "Mediana"];
  const rows = c.candidates.map((cand, i) => ["votes" in cand ? [String(i + 1), cand.title, String(cand.votes)] : [String(i + 1), cand.title, pl(cand.mean), pl(cand.median)]][0]!);
  const titles = new Map(c.candidates.map((cand) => [cand.id, cand.title]));
  const choice = (v: string | Record<string, number>) =>
    typeof v === "string" ? (titles.get(v) ?? "—") : Object.entries(v).map(([id, score]) => `${titles.get(id) ?? "—"}: ${score}`).join("; ");
  const ballots = c.ballots?.map((b) => [b.voter, choice(b.choice)]) ?? null;
  return { facts, header, rows, ballots };
}

export function voteResultBlocks(c: VoteResultContent): PrintBlock[] {
  const { facts, header, rows, ballots } = parts(c);
  return [
    { type: "heading", level: 2, text: "Wynik głosowania" },
    { type: "facts", items: facts },
    { type: "table", caption: "Wyniki według projektów", header, rows },
    ...(ballots ? ([{ type: "heading", level: 2, text: "Głosy imienne" }, { type: "table", header: ["Członek rady", "Głos"], rows: ballots }] as PrintBlock[]) : []),
    { type: "heading", level: 2, text: "Potwierdzenia oddania głosu" },
    { type: "paragraph", text: c.receipts.length ? c.receipts.join(", ") : "—" },
  ];
}

export function renderVoteResult(c: VoteResultContent): { html: string; sections: { key: string; title: string; text: string }[] } {
  const { facts, header, rows, ballots } = parts(c);
  const table = (caption: string, head: string[], body: string[][]) =>
    `<table class="data-table"><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${body
      .map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
      .join("")}</tbody></table>`;
  const dl = `<table class="facts-table"><tbody>${facts.map((f) => `<tr><th scope="row">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`).join("")}</tbody></table>`;
  const html =
    `<section id="wynik" aria-labelledby="wynik-title"><h2 id="wynik-title">Wynik głosowania</h2>${dl}${table("Wyniki według projektów", header, rows)}</section>` +
    (ballots ? `<section id="glosy" aria-labelledby="glosy-title"><h2 id="glosy-title">Głosy imienne</h2>${table("Głosy imienne", ["Członek rady", "Głos"], ballots)}</section>` : "") +
    `<section id="potwierdzenia" aria-labelledby="potwierdzenia-title"><h2 id="potwierdzenia-title">Potwierdzenia oddania głosu</h2><p>${escapeHtml(c.receipts.join(", ") || "—")}</p></section>`;
  const text = [...facts.map((f) => `${f.label}: ${f.value}`), ...rows.map((r) => r.join(" "))].join("\n");
  return { html, sections: [{ key: "wynik", title: "Wynik głosowania", text }] };
}

export const voteResult: PublicationKindDef = {
  series: (subjectId) => `glosowanie-${(subjectId ?? "").slice(0, 8)}`,
  async candidates(db: Db, partnershipId: string): Promise<Candidate[]> {
    const closed = await db
      .select({ id: polls.id, title: polls.title })
      .from(polls)
      .where(and(eq(polls.partnershipId, partnershipId), eq(polls.status, "closed")))
      .orderBy(desc(polls.closedAt));
    return closed.map((p) => ({ kind: "vote_result", series: voteResult.series(p.id), subjectId: p.id, title: `Wyniki głosowania: ${p.title}`, sources: [] }));
  },
  async freeze(db, { id: partnershipId }, subjectId) {
    if (!subjectId) return null;
    const result = await pollResultForPublication(db, subjectId);
    if (!result || result.partnershipId !== partnershipId) return null;
    const content: VoteResultContent = {
      kind: "vote_result",
      title: result.title,
      method: result.method,
      secret: result.secret,
      quorum: result.quorum,
      closedAt: result.closedAt,
      eligibleCount: result.eligibleCount,
      voted: result.voted,
      turnout: result.turnout,
      quorumMet: result.quorumMet,
      tie: result.tie,
      candidates: result.candidates,
      winner: result.winner,
      adoptedFlagship: result.adoptedFlagship,
      receipts: result.receipts,
      ballots: result.secret ? null : result.ballots,
    };
    return { title: `Wyniki głosowania: ${result.title}`, ...renderVoteResult(content), content, sourceVersionId: null };
  },
};
