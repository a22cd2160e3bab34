/**
 * The snippet of a search hit: a window of the text around the best cluster of matched words, every matched
 * word marked. Paragraphs and list items stay on lines of their own (a part "\n" is a line break), so list
 * items never run together. Pure and shared by server and tests; rendered as text (never as HTML).
 */
import { tokenize, type QueryTerm, type Token } from "./search-polish";

/** A piece of a snippet; `match` pieces are shown highlighted (<mark>); "\n" is a line break. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const RADIUS = 80;
/** Lines shown at most (list items are short: a few of them tell more than one cut in the middle). */
const MAX_LINES = 4;

function matches(token: Token, terms: readonly QueryTerm[], similar: ReadonlyMap<string, readonly string[]>): boolean {
  return terms.some(
    (t) =>
      token.form === t.form ||
      (t.stem.length >= 3 ? token.stem.startsWith(t.stem) || token.form.startsWith(t.stem) : token.stem === t.stem) ||
      (similar.get(t.stem) ?? []).some((w) => token.stem === w || token.form === w),
  );
}

/** Which query term a matched word answers (the first that fits). */
function termOf(token: Token, terms: readonly QueryTerm[], similar: ReadonlyMap<string, readonly string[]>): number {
  return terms.findIndex((t) => matches(token, [t], similar));
}

/** Where the window starts: at the matched word with the most different query words close after it. */
function bestStart(hits: Token[], terms: readonly QueryTerm[], similar: ReadonlyMap<string, readonly string[]>): number {
  const kinds = hits.map((h) => termOf(h, terms, similar));
  const counts = new Array<number>(terms.length + 1).fill(0);
  let distinct = 0;
  let best = 0;
  let bestDistinct = 0;
  let j = 0;
  // A sliding window [i, j) of hits starting within 2×RADIUS of hit i.
  for (let i = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j]!.start < hits[i]!.start + RADIUS * 2) {
      if (counts[kinds[j]! + 1]!++ === 0) distinct++;
      j++;
    }
    if (distinct > bestDistinct) {
      best = i;
      bestDistinct = distinct;
    }
    if (--counts[kinds[i]! + 1]! === 0) distinct--;
  }
  return hits[best]!.start;
}

export function snippet(text: string, terms: readonly QueryTerm[], similar: ReadonlyMap<string, readonly string[]> = new Map()): SnippetPart[] {
  const tokens = tokenize(text);
  const hits = tokens.filter((t) => matches(t, terms, similar));
  const first = hits.length > 0 ? bestStart(hits, terms, similar) : 0;
  // The window: from a little before the first match (at a word or line start) to about 2×RADIUS after it.
  let start = Math.max(0, first - RADIUS);
  let cut = false;
  if (start > 0) {
    // Start at a line if one begins before the match, otherwise at a word (and say that text was left out).
    const lineStart = text.indexOf("\n", start - 1);
    if (lineStart !== -1 && lineStart < first) start = lineStart + 1;
    else {
      start = text.indexOf(" ", start) + 1 || start;
      cut = true;
    }
  }
  let end = Math.min(text.length, first + RADIUS * 2);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > first) end = space;
  }
  let window = text.slice(start, end).replace(/[ \t]+/g, " ");
  const lines = window.split("\n");
  if (lines.length > MAX_LINES) {
    window = lines.slice(0, MAX_LINES).join("\n");
    end = start + window.length;
  }
  window = window.replace(/\n+$/, "");

  const parts: SnippetPart[] = [];
  const push = (value: string, match: boolean) => {
    for (const [i, piece] of value.split("\n").entries()) {
      if (i > 0) parts.push({ text: "\n", match: false });
      if (piece) parts.push({ text: piece, match });
    }
  };
  if (cut) push("… ", false);
  let at = 0;
  for (const token of tokenize(window)) {
    if (!matches(token, terms, similar)) continue;
    if (token.start > at) push(window.slice(at, token.start), false);
    push(window.slice(token.start, token.end), true);
    at = token.end;
  }
  if (at < window.length) push(window.slice(at), false);
  if (end < text.length && !text.slice(end).startsWith("\n")) push(" …", false);
  return parts;
}
