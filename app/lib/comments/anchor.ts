/**
 * Comment anchors: a thread points at a range of one section (one Y.XmlFragment) by two Yjs relative
 * positions. Relative positions are attached to characters, not to offsets, so they move with the text under
 * concurrent edits. Pure over a Y.Doc: used by the server (listing threads in document order, the report) and
 * testable without a browser. The browser turns the same positions into ProseMirror decorations
 * (see app/components/comments/highlight.ts).
 */
import * as Y from "yjs";
import { contextOf, findQuote, type QuoteSelector } from "./anchor-quote";

export type { QuoteSelector };

export type ResolvedAnchor =
  | {
      status: "attached";
      /** The text the anchor covers now (paragraphs joined by "\n"). */
      text: string;
      /** Character offsets in the section's plain text (paragraph breaks count as one character). */
      from: number;
      to: number;
    }
  | { status: "detached" };

export function encodeAnchor(position: Y.RelativePosition): Uint8Array {
  return Y.encodeRelativePosition(position);
}

/** Decodes an anchor; null when the bytes are not a relative position (hostile or corrupted input). */
export function decodeAnchor(bytes: Uint8Array): Y.RelativePosition | null {
  try {
    if (bytes.byteLength === 0 || bytes.byteLength > 256) return null;
    const position = Y.decodeRelativePosition(bytes);
    // Only canonical encodings: what does not re-encode to the same bytes was not made by Yjs.
    const again = Y.encodeRelativePosition(position);
    if (again.byteLength !== bytes.byteLength || again.some((b, i) => b !== bytes[i])) return null;
    return position;
  } catch {
    return null;
  }
}

export function anchorToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function anchorFromBase64(value: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length > 400) return null;
  try {
    const binary = atob(value);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

interface TextRun {
  text: Y.XmlText;
  /** Offset of the run's first character in the section's plain text. */
  offset: number;
}

/**
 * The section flattened into text runs in document order. Each block element ends with one "\n", so that
 * offsets across paragraphs stay distinct and the quote keeps its paragraph breaks.
 */
function flatten(fragment: Y.XmlFragment): { runs: TextRun[]; starts: Map<Y.AbstractType<unknown>, number>; text: string } {
  const runs: TextRun[] = [];
  const starts = new Map<Y.AbstractType<unknown>, number>();
  let text = "";
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    starts.set(node as Y.AbstractType<unknown>, text.length);
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        starts.set(child as Y.AbstractType<unknown>, text.length);
        runs.push({ text: child, offset: text.length });
        text += child.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join("");
      } else if (child instanceof Y.XmlElement) {
        walk(child);
        if (!text.endsWith("\n")) text += "\n";
      }
    }
  };
  walk(fragment);
  return { runs, starts, text };
}

function isDeleted(type: Y.AbstractType<unknown>): boolean {
  let item = type._item;
  while (item) {
    if (item.deleted) return true;
    item = (item.parent as Y.AbstractType<unknown>)._item;
  }
  return false;
}

function belongsTo(type: Y.AbstractType<unknown>, fragment: Y.XmlFragment): boolean {
  return type === (fragment as Y.AbstractType<unknown>) || Y.isParentOf(fragment as Y.AbstractType<unknown>, type._item);
}

/** What a stored position says about the section now. */
interface Probe {
  /** Offset in the section's plain text, or null when the position points into deleted structure. */
  offset: number | null;
  /** The position belongs to another section, or to changes this replica has not seen yet: nothing to repair. */
  unusable: boolean;
  /** The character (or the structure) the position was attached to is deleted. */
  damaged: boolean;
}

function probe(doc: Y.Doc, fragment: Y.XmlFragment, flat: ReturnType<typeof flatten>, position: Y.RelativePosition): Probe {
  const id = position.item ?? position.type;
  if (id && Y.getState(doc.store, id.client) <= id.clock) return { offset: null, unusable: true, damaged: false };
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  // Resolvable by nobody: the item was garbage-collected with the paragraph that held it.
  if (!absolute) return { offset: null, unusable: false, damaged: true };
  const type = absolute.type as Y.AbstractType<unknown>;
  if (!belongsTo(type, fragment)) return { offset: null, unusable: true, damaged: false };
  if (isDeleted(type)) return { offset: null, unusable: false, damaged: true };
  const item = position.item ? Y.getItem(doc.store, position.item) : null;
  const damaged = item !== null && (!(item instanceof Y.Item) || item.deleted);
  return { offset: offsetIn(fragment, flat, type, absolute.index), unusable: false, damaged };
}

/** The plain-text offset of index `index` in a live type of the section. */
function offsetIn(fragment: Y.XmlFragment, flat: ReturnType<typeof flatten>, type: Y.AbstractType<unknown>, index: number): number | null {
  const base = flat.starts.get(type);
  if (base === undefined) return null;
  if (type instanceof Y.XmlText) return base + index;
  // A position between children of an element: the start of the child at that index (or the element's end).
  const children = (type as unknown as Y.XmlElement).toArray();
  const next = children[index];
  if (next) return flat.starts.get(next as Y.AbstractType<unknown>) ?? base;
  const last = children[children.length - 1];
  if (!last) return base;
  let end = flat.starts.get(last as Y.AbstractType<unknown>) ?? base;
  if (last instanceof Y.XmlText) end += last.length;
  else end = Math.max(end, nextLineEnd(flat.text, end));
  return end;
}

function nextLineEnd(text: string, from: number): number {
  const index = text.indexOf("\n", from);
  return index === -1 ? text.length : index + 1;
}

/** A thread's anchor located in a section now (see locateAnchor). */
export interface LocatedAnchor {
  /** Character offsets in the section's plain text (paragraph breaks count as one character). */
  from: number;
  to: number;
  /** The text the anchor covers now (paragraphs joined by "\n"). */
  text: string;
  /** Positions that point at the passage now: the stored ones, or new ones after a repair. */
  start: Y.RelativePosition;
  end: Y.RelativePosition;
  /** True when the stored positions had lost the passage and it was found again by its quote. */
  repaired: boolean;
  /** The passage's surroundings now, to store beside the quote. */
  context: { prefix: string; suffix: string };
}

/**
 * Where a thread's passage is in the section now, or null (detached). The stored relative positions decide
 * while the characters they are attached to live. When those characters are gone although the text is not
 * (the editor replaced the paragraph: heading, list item, split, join), the passage is found again by its
 * quote, preferring the match where the positions still point, then the one whose context agrees; the result
 * carries new positions to store. Deleted text stays deleted: then the answer is null.
 */
export function locateAnchor(
  fragment: Y.XmlFragment,
  anchorStart: Uint8Array | null,
  anchorEnd: Uint8Array | null,
  selector?: QuoteSelector,
): LocatedAnchor | null {
  if (!anchorStart || !anchorEnd || !fragment.doc) return null;
  const start = decodeAnchor(anchorStart);
  const end = decodeAnchor(anchorEnd);
  if (!start || !end) return null;
  const doc = fragment.doc;
  const flat = flatten(fragment);
  const a = probe(doc, fragment, flat, start);
  const b = probe(doc, fragment, flat, end);
  if (a.unusable || b.unusable) return null;

  let positional: LocatedAnchor | null = null;
  if (a.offset !== null && b.offset !== null && b.offset > a.offset) {
    const text = flat.text.slice(a.offset, b.offset).replace(/\n+$/, "");
    if (text.trim() !== "") {
      positional = { from: a.offset, to: b.offset, text, start, end, repaired: false, context: contextOf(flat.text, a.offset, b.offset) };
    }
  }
  if (positional && !a.damaged && !b.damaged) return positional;
  if (!selector) return positional;

  const points = [a.offset, b.offset].filter((o): o is number => o !== null);
  const near = points.length > 0 ? { from: Math.min(...points), to: Math.max(...points) } : null;
  const match = findQuote(flat.text, selector, near);
  if (!match) return positional;
  if (positional && positional.from === match.from && positional.to >= match.to) return positional;
  const newStart = relativeAt(flat, match.from);
  const newEnd = relativeAt(flat, match.to);
  if (!newStart || !newEnd) return positional;
  return {
    from: match.from,
    to: match.to,
    text: flat.text.slice(match.from, match.to),
    start: newStart,
    end: newEnd,
    repaired: true,
    context: contextOf(flat.text, match.from, match.to),
  };
}

/**
 * A relative position at a plain-text offset, the way the editor makes one from a selection: sticking to the
 * character on its left (assoc -1, as `absolutePositionToRelativePosition` of y-tiptap does).
 */
function relativeAt(flat: ReturnType<typeof flatten>, offset: number): Y.RelativePosition | null {
  for (const run of flat.runs) {
    if (offset >= run.offset && offset <= run.offset + run.text.length) {
      return Y.createRelativePositionFromTypeIndex(run.text, offset - run.offset, -1);
    }
  }
  return null;
}

/**
 * What a thread's anchor covers in the document now. "detached" when the anchored text was deleted (or the
 * positions cannot be resolved): the thread then lives on with its stored quote. With the quote (and its
 * context), an anchor whose positions lost the passage to a paragraph replaced by the editor is found again.
 */
export function resolveAnchor(
  doc: Y.Doc,
  field: string,
  anchorStart: Uint8Array | null,
  anchorEnd: Uint8Array | null,
  selector?: QuoteSelector,
): ResolvedAnchor {
  const located = locateAnchor(doc.getXmlFragment(field), anchorStart, anchorEnd, selector);
  return located ? { status: "attached", text: located.text, from: located.from, to: located.to } : { status: "detached" };
}

/** The section's plain text, as the resolver counts it. */
export function sectionText(doc: Y.Doc, field: string): string {
  return flatten(doc.getXmlFragment(field)).text;
}

/**
 * An anchor for the characters [from, to) of the section's plain text, built the way the editor builds one
 * from a selection: the start sticks to the character before the passage, the end to its last character
 * (assoc -1, as `absolutePositionToRelativePosition` of y-tiptap does). For server-side seeding and tests.
 */
export function anchorForTextRange(
  doc: Y.Doc,
  field: string,
  from: number,
  to: number,
): { anchorStart: Uint8Array; anchorEnd: Uint8Array; quote: string } | null {
  const flat = flatten(doc.getXmlFragment(field));
  if (from < 0 || to <= from || to > flat.text.length) return null;
  const start = relativeAt(flat, from);
  const end = relativeAt(flat, to);
  if (!start || !end) return null;
  return {
    anchorStart: encodeAnchor(start),
    anchorEnd: encodeAnchor(end),
    quote: flat.text.slice(from, to),
  };
}

/** A thread's anchor as stored (the columns of comment_threads that locate it). */
export interface StoredAnchor {
  field: string;
  anchorStart: Uint8Array | null;
  anchorEnd: Uint8Array | null;
  quote: string;
  quotePrefix: string;
  quoteSuffix: string;
}

/**
 * Resolves a stored anchor and says what to write back so that it stays attached for everyone: new positions
 * after a repair, and the passage's context whenever it changed (the context is what finds the passage again
 * next time). `changes` is null when the stored row is up to date.
 */
export function resolveStoredAnchor(
  doc: Y.Doc,
  stored: StoredAnchor,
): {
  anchor: ResolvedAnchor;
  anchorStart: Uint8Array | null;
  anchorEnd: Uint8Array | null;
  changes: { anchorStart?: Uint8Array; anchorEnd?: Uint8Array; quotePrefix: string; quoteSuffix: string } | null;
} {
  const located = locateAnchor(doc.getXmlFragment(stored.field), stored.anchorStart, stored.anchorEnd, {
    quote: stored.quote,
    prefix: stored.quotePrefix,
    suffix: stored.quoteSuffix,
  });
  if (!located) return { anchor: { status: "detached" }, anchorStart: stored.anchorStart, anchorEnd: stored.anchorEnd, changes: null };
  const anchor: ResolvedAnchor = { status: "attached", text: located.text, from: located.from, to: located.to };
  const { prefix, suffix } = located.context;
  if (located.repaired) {
    const anchorStart = encodeAnchor(located.start);
    const anchorEnd = encodeAnchor(located.end);
    return { anchor, anchorStart, anchorEnd, changes: { anchorStart, anchorEnd, quotePrefix: prefix, quoteSuffix: suffix } };
  }
  const contextChanged = prefix !== stored.quotePrefix || suffix !== stored.quoteSuffix;
  return {
    anchor,
    anchorStart: stored.anchorStart,
    anchorEnd: stored.anchorEnd,
    changes: contextChanged ? { quotePrefix: prefix, quoteSuffix: suffix } : null,
  };
}
