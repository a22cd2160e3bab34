/**
 * Plain text from ProseMirror JSON, without a schema or a DOM: used for search, diffs and empty-section
 * checks both on the server and in the browser. Blocks are separated by newlines, table cells by tabs.
 */
export interface PmJson {
  type: string;
  text?: string;
  content?: PmJson[];
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

const INLINE_BREAK = new Set(["hardBreak"]);
const CELL = new Set(["tableCell", "tableHeader"]);

export function textFromJson(node: PmJson | null | undefined): string {
  if (!node) return "";
  const blocks: string[] = [];
  collectBlocks(node, blocks);
  return blocks
    .map((b) => b.replace(/[ \t]+$/g, ""))
    .filter((b, i, all) => b !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
}

function inlineText(node: PmJson): string {
  if (node.type === "text") return node.text ?? "";
  if (INLINE_BREAK.has(node.type)) return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

function collectBlocks(node: PmJson, out: string[]): void {
  const children = node.content ?? [];
  if (node.type === "tableRow") {
    out.push(children.map((cell) => textFromJson(cell).replace(/\n/g, " ")).join("\t"));
    return;
  }
  if (CELL.has(node.type)) {
    for (const child of children) collectBlocks(child, out);
    return;
  }
  const hasInline = children.some((c) => c.type === "text" || INLINE_BREAK.has(c.type));
  if (hasInline || (children.length === 0 && node.type !== "doc")) {
    out.push(inlineText(node));
    return;
  }
  for (const child of children) collectBlocks(child, out);
}

/** True when the fragment holds no visible text. */
export function isEmptyJson(node: PmJson | null | undefined): boolean {
  return textFromJson(node).trim() === "";
}
