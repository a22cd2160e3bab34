/**
 * Finding a commented passage again by its text, like a W3C TextQuoteSelector: the quote plus a little context
 * on each side. Used when an anchor's Yjs positions no longer point into live text because the editor replaced
 * the paragraph (a paragraph turned into a heading or a list item, a split, a join: y-prosemirror deletes the
 * old node and inserts a new one, so the characters the positions were attached to are gone although the text
 * is still there). Pure string code, no Yjs.
 *
 * Matching ignores whitespace, so a passage split into two paragraphs (a "\n" appears inside it) or two
 * paragraphs joined (a "\n" disappears) still matches.
 */

/** Characters of context kept on each side of a passage. */
export const CONTEXT_LENGTH = 32;
/** How far (in characters) from where the positions still point a match may start and still count as "there". */
const NEAR = 32;
/** Share of the stored context that must match when nothing tells where the passage was. */
const MIN_CONTEXT_SCORE = 0.5;

export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
}

interface Compact {
  chars: string;
  /** Offset in the original text of each kept character. */
  map: number[];
}

function compact(text: string): Compact {
  let chars = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/u.test(c)) continue;
    chars += c;
    map.push(i);
  }
  return { chars, map };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The context a passage [from, to) of `text` has now: what to store beside its quote. */
export function contextOf(text: string, from: number, to: number): { prefix: string; suffix: string } {
  return { prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from), suffix: text.slice(to, to + CONTEXT_LENGTH) };
}

export interface QuoteMatch {
  from: number;
  to: number;
}

/**
 * Where the quote is in `text`, or null. `near` is where the passage's positions still point (a text range),
 * when they point anywhere: a match there wins. Otherwise the match whose surroundings agree best with the
 * stored context wins, if they agree enough; without stored context only a unique match is trusted.
 */
export function findQuote(text: string, selector: QuoteSelector, near: { from: number; to: number } | null): QuoteMatch | null {
  const quote = compact(selector.quote).chars;
  if (quote.length === 0) return null;
  const haystack = compact(text);
  const prefix = compact(selector.prefix ?? "").chars;
  const suffix = compact(selector.suffix ?? "").chars;
  const contextLength = prefix.length + suffix.length;

  const candidates: { from: number; to: number; distance: number; context: number }[] = [];
  for (let i = haystack.chars.indexOf(quote); i !== -1; i = haystack.chars.indexOf(quote, i + 1)) {
    const from = haystack.map[i]!;
    const to = haystack.map[i + quote.length - 1]! + 1;
    const before = haystack.chars.slice(Math.max(0, i - prefix.length), i);
    const after = haystack.chars.slice(i + quote.length, i + quote.length + suffix.length);
    const context = contextLength === 0 ? 0 : (commonSuffixLength(prefix, before) + commonPrefixLength(suffix, after)) / contextLength;
    const distance = near ? Math.max(0, near.from - to, from - near.to) : Number.POSITIVE_INFINITY;
    candidates.push({ from, to, distance, context });
  }
  if (candidates.length === 0) return null;

  const close = candidates.filter((c) => c.distance <= NEAR);
  if (close.length > 0) {
    close.sort((a, b) => a.distance - b.distance || b.context - a.context || a.from - b.from);
    return { from: close[0]!.from, to: close[0]!.to };
  }
  if (contextLength === 0) return candidates.length === 1 ? { from: candidates[0]!.from, to: candidates[0]!.to } : null;
  const best = [...candidates].sort((a, b) => b.context - a.context || a.from - b.from)[0]!;
  return best.context >= MIN_CONTEXT_SCORE ? { from: best.from, to: best.to } : null;
}
