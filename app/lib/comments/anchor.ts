/**
 * Comment anchors: a thread points at a range of one section (one Y.XmlFragment) by two Yjs relative
 * positions. Relative positions are attached to characters, not to offsets, so they move with the text under
 * concurrent edits. Pure over a Y.Doc: used by the server (listing threads in document order, the report) and
 * testable without a browser. The browser turns the same positions into ProseMirror decorations
 * (see app/components/comments/highlight.ts).
 */
import * as Y from "yjs";

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

/** The plain-text offset of a relative position in the section, or null when it no longer points into it. */
function offsetOf(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  flat: ReturnType<typeof flatten>,
  position: Y.RelativePosition,
): number | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute) return null;
  const type = absolute.type as Y.AbstractType<unknown>;
  if (!belongsTo(type, fragment) || isDeleted(type)) return null;
  const base = flat.starts.get(type);
  if (base === undefined) return null;
  if (type instanceof Y.XmlText) return base + absolute.index;
  // A position between children of an element: the start of the child at that index (or the element's end).
  const children = (type as unknown as Y.XmlElement).toArray();
  const next = children[absolute.index];
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

/**
 * What a thread's anchor covers in the document now. "detached" when the anchored text was deleted (or the
 * positions cannot be resolved): the thread then lives on with its stored quote.
 */
export function resolveAnchor(
  doc: Y.Doc,
  field: string,
  anchorStart: Uint8Array | null,
  anchorEnd: Uint8Array | null,
): ResolvedAnchor {
  if (!anchorStart || !anchorEnd) return { status: "detached" };
  const start = decodeAnchor(anchorStart);
  const end = decodeAnchor(anchorEnd);
  if (!start || !end) return { status: "detached" };
  const fragment = doc.getXmlFragment(field);
  const flat = flatten(fragment);
  const from = offsetOf(doc, fragment, flat, start);
  const to = offsetOf(doc, fragment, flat, end);
  if (from === null || to === null || to <= from) return { status: "detached" };
  const text = flat.text.slice(from, to).replace(/\n+$/, "");
  if (text.trim() === "") return { status: "detached" };
  return { status: "attached", text, from, to };
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
  const at = (offset: number): Y.RelativePosition | null => {
    for (const run of flat.runs) {
      if (offset >= run.offset && offset <= run.offset + run.text.length) {
        return Y.createRelativePositionFromTypeIndex(run.text, offset - run.offset, -1);
      }
    }
    return null;
  };
  const start = at(from);
  const end = at(to);
  if (!start || !end) return null;
  return {
    anchorStart: encodeAnchor(start),
    anchorEnd: encodeAnchor(end),
    quote: flat.text.slice(from, to),
  };
}
