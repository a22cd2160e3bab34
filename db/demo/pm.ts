/**
 * A compact builder of ProseMirror JSON for the demo content, in the node and mark names of the shared editor
 * schema (app/lib/editor/extensions.ts): headings 3–4 inside a section (the section title is the h2),
 * paragraphs, bullet and ordered lists, tables, bold, italic and links.
 *
 * Inline markup in strings: `**bold**` and `_italic_` (an underscore that starts a word). Nothing else is
 * interpreted, so ordinary text stays text.
 */
import type { PmJson } from "../../app/lib/editor/text";

export type { PmJson };

type Inline = string | PmJson;

const MARKUP = /\*\*(.+?)\*\*|(?<![\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])/gu;

/** Text nodes of a string with `**bold**` and `_italic_` markup. */
export function inline(text: string): PmJson[] {
  const out: PmJson[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    if (match.index > last) out.push({ type: "text", text: text.slice(last, match.index) });
    if (match[1] !== undefined) out.push({ type: "text", text: match[1], marks: [{ type: "bold" }] });
    else out.push({ type: "text", text: match[2], marks: [{ type: "italic" }] });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: "text", text: text.slice(last) });
  return out;
}

function inlines(parts: Inline[]): PmJson[] {
  return parts.flatMap((part) => (typeof part === "string" ? inline(part) : [part]));
}

/** A whole field (one strategy section, or a document's only field). */
export function doc(...blocks: PmJson[]): PmJson {
  return { type: "doc", content: blocks.length > 0 ? blocks : [{ type: "paragraph" }] };
}

export const EMPTY: PmJson = { type: "doc", content: [{ type: "paragraph" }] };

export function h3(text: string): PmJson {
  return { type: "heading", attrs: { level: 3 }, content: inline(text) };
}

export function h4(text: string): PmJson {
  return { type: "heading", attrs: { level: 4 }, content: inline(text) };
}

export function p(...parts: Inline[]): PmJson {
  const content = inlines(parts);
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

/** A text with a link mark (e.g. a BIP page). */
export function link(text: string, href: string): PmJson {
  return { type: "text", text, marks: [{ type: "link", attrs: { href } }] };
}

type Item = Inline | PmJson[];

function listItem(item: Item): PmJson {
  if (Array.isArray(item)) return { type: "listItem", content: item };
  return { type: "listItem", content: [p(item)] };
}

/** A bullet list; an item is a string (one paragraph) or an array of blocks (a paragraph and a nested list). */
export function ul(...items: Item[]): PmJson {
  return { type: "bulletList", content: items.map(listItem) };
}

export function ol(...items: Item[]): PmJson {
  return { type: "orderedList", attrs: { start: 1 }, content: items.map(listItem) };
}

function cell(type: "tableHeader" | "tableCell", text: string): PmJson {
  return { type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [p(text)] };
}

/** A table with one header row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): PmJson {
  return {
    type: "table",
    content: [
      { type: "tableRow", content: header.map((h) => cell("tableHeader", h)) },
      ...rows.map((row) => ({ type: "tableRow", content: row.map((c) => cell("tableCell", c)) })),
    ],
  };
}

/** Returns a copy of a field with the blocks at the given indices replaced / removed / inserted (for versions). */
export function editBlocks(field: PmJson, edit: (blocks: PmJson[]) => PmJson[]): PmJson {
  return { ...field, content: edit(structuredClone(field.content ?? [])) };
}
