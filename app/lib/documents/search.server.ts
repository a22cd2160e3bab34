import { and, eq, ilike, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { documents } from "../../../db/schema";
import type { PmJson } from "../editor/text";
import { textFromJson } from "../editor/text";
import { documentFields } from "../strategy-sections";

/** A piece of a snippet; `match` pieces are shown highlighted (<mark>), everything is rendered as text. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  documentId: string;
  documentTitle: string;
  kind: string;
  /** The field (strategy section key, or "default"). */
  field: string;
  snippet: SnippetPart[];
  /** How many times the terms occur in the field. */
  score: number;
}

import { MAX_QUERY_LENGTH } from "./search-limits";
export { MAX_QUERY_LENGTH };
const SNIPPET_RADIUS = 70;

/** Words of a query: at least 2 characters, at most 8 of them. */
export function queryTerms(query: string): string[] {
  const words = query
    .slice(0, MAX_QUERY_LENGTH)
    .toLocaleLowerCase("pl")
    .split(/[\s"'„”]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, 8);
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Searches the derived text of a partnership's documents: every term must occur in the document (ILIKE,
 * prefix-friendly for Polish inflection and identical on PGlite and PostgreSQL); results are per field,
 * best first, with a snippet around the first match.
 */
export async function searchDocuments(db: Db, partnershipId: string, query: string, limit = 50): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const rows = await db
    .select({ id: documents.id, title: documents.title, kind: documents.kind, json: documents.derivedJson })
    .from(documents)
    .where(
      and(
        eq(documents.partnershipId, partnershipId),
        isNotNull(documents.derivedText),
        ...terms.map((t) => ilike(documents.derivedText, likePattern(t))),
      ),
    );
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const json = (row.json ?? {}) as Record<string, PmJson>;
    for (const field of documentFields(row.kind)) {
      const text = textFromJson(json[field]);
      const lower = text.toLocaleLowerCase("pl");
      const score = terms.reduce((sum, t) => sum + countOccurrences(lower, t), 0);
      if (score === 0) continue;
      hits.push({ documentId: row.id, documentTitle: row.title, kind: row.kind, field, snippet: snippet(text, terms), score });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.field.localeCompare(b.field));
  return hits.slice(0, limit);
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

/** A window of text around the first match with every term occurrence marked. */
export function snippet(text: string, terms: readonly string[]): SnippetPart[] {
  const flat = text.replace(/\s+/g, " ");
  const lower = flat.toLocaleLowerCase("pl");
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(first)) return [{ text: flat.slice(0, SNIPPET_RADIUS * 2), match: false }];
  let start = Math.max(0, first - SNIPPET_RADIUS);
  let end = Math.min(flat.length, first + SNIPPET_RADIUS);
  if (start > 0) start = flat.indexOf(" ", start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(" ", end) > first ? flat.lastIndexOf(" ", end) : end;
  const window = flat.slice(start, end);
  const windowLower = lower.slice(start, end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: "… ", match: false });
  let i = 0;
  while (i < window.length) {
    let best = -1;
    let bestTerm = "";
    for (const t of terms) {
      const at = windowLower.indexOf(t, i);
      if (at !== -1 && (best === -1 || at < best || (at === best && t.length > bestTerm.length))) {
        best = at;
        bestTerm = t;
      }
    }
    if (best === -1) {
      parts.push({ text: window.slice(i), match: false });
      break;
    }
    if (best > i) parts.push({ text: window.slice(i, best), match: false });
    parts.push({ text: window.slice(best, best + bestTerm.length), match: true });
    i = best + bestTerm.length;
  }
  if (end < flat.length) parts.push({ text: " …", match: false });
  return parts;
}
