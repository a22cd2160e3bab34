// @vitest-environment happy-dom
/**
 * Comment anchors under the structural edits the editor really makes: a real Tiptap editor with the shared
 * schema and the Collaboration extension (y-prosemirror's binding) edits one replica, the server holds another,
 * both garbage-collect deleted content as the live ones do. The commands are the toolbar's and the keyboard's:
 * toggleHeading (H2), toggleBulletList, splitBlock (Enter), joinBackward (Backspace), joinForward (Delete).
 */
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { anchorRange } from "~/components/comments/highlight";
import { documentExtensions } from "../editor/extensions";
import { anchorForTextRange, anchorToBase64, resolveAnchor, resolveStoredAnchor, sectionText, type StoredAnchor } from "./anchor";

const FIELD = "s02";
const PASSAGE = "rozwój transportu publicznego";

const editors: Editor[] = [];
afterEach(() => {
  while (editors.length) editors.pop()!.destroy();
});

/** The browser's replica (edited through Tiptap) and the server's, exchanging every update at once. */
function session(html: string) {
  const server = new Y.Doc();
  const browser = new Y.Doc();
  server.on("update", (update: Uint8Array, origin: unknown) => origin !== "remote" && Y.applyUpdate(browser, update, "remote"));
  browser.on("update", (update: Uint8Array, origin: unknown) => origin !== "remote" && Y.applyUpdate(server, update, "remote"));
  const editor = new Editor({ extensions: [...documentExtensions(), Collaboration.configure({ document: browser, field: FIELD })] });
  editors.push(editor);
  editor.commands.setContent(html);
  return { server, browser, editor };
}

/** A thread on `passage` as the server stores it after its first listing (positions, quote and context). */
function thread(doc: Y.Doc, passage = PASSAGE, occurrence = 0): StoredAnchor {
  const text = sectionText(doc, FIELD);
  let from = text.indexOf(passage);
  for (let i = 0; i < occurrence; i++) from = text.indexOf(passage, from + 1);
  const anchor = anchorForTextRange(doc, FIELD, from, from + passage.length)!;
  const stored: StoredAnchor = { field: FIELD, ...anchor, quotePrefix: "", quoteSuffix: "" };
  const first = resolveStoredAnchor(doc, stored);
  expect(first.anchor).toMatchObject({ status: "attached", text: passage });
  return { ...stored, ...first.changes };
}

/** The editor position just after the first occurrence of `text` in the document (plus `offset`). */
function positionOf(editor: Editor, text: string, offset = 0): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found !== -1 || !node.isText) return found === -1;
    const at = node.text!.indexOf(text);
    if (at !== -1) found = pos + at + offset;
    return false;
  });
  if (found === -1) throw new Error(`no "${text}" in the editor`);
  return found;
}

/** What the browser highlights for the thread (the sidebar's and the highlights' own code path). */
function highlighted(editor: Editor, stored: StoredAnchor): string | null {
  const range = anchorRange(editor.state, {
    anchorStart: stored.anchorStart && anchorToBase64(stored.anchorStart),
    anchorEnd: stored.anchorEnd && anchorToBase64(stored.anchorEnd),
    quote: stored.quote,
    quotePrefix: stored.quotePrefix,
    quoteSuffix: stored.quoteSuffix,
  });
  return range ? editor.state.doc.textBetween(range.from, range.to, "\n") : null;
}

/**
 * The thread is attached on the server and in the browser, covering the passage; after the server stores the
 * repair, a fresh replica resolves the stored positions directly, without needing the quote.
 */
function expectAttached(setup: ReturnType<typeof session>, stored: StoredAnchor, passage = PASSAGE) {
  const compact = (s: string | null) => (s ?? "").replace(/\s+/g, "");
  const before = resolveAnchor(setup.server, FIELD, stored.anchorStart, stored.anchorEnd);
  const resolved = resolveStoredAnchor(setup.server, stored);
  expect(resolved.anchor.status).toBe("attached");
  if (resolved.anchor.status !== "attached") return;
  expect(compact(resolved.anchor.text)).toBe(compact(passage));
  expect(compact(highlighted(setup.editor, stored))).toBe(compact(passage));

  const repaired = { ...stored, ...resolved.changes };
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(setup.server));
  const direct = resolveAnchor(fresh, FIELD, repaired.anchorStart, repaired.anchorEnd);
  expect(direct.status).toBe("attached");
  expect(compact(direct.status === "attached" ? direct.text : "")).toBe(compact(passage));
  return { before, repaired };
}

const HTML = `<p>Wstęp do diagnozy.</p><p>Priorytetem jest ${PASSAGE} w gminach.</p><p>Zakończenie.</p>`;

describe("a commented paragraph changed by the editor keeps its thread while its text is there", () => {
  it("turned into a heading (H2 from the toolbar or Ctrl+Alt+2)", () => {
    const setup = session(HTML);
    const stored = thread(setup.server);
    setup.editor.chain().setTextSelection(positionOf(setup.editor, "Priorytetem", 3)).toggleHeading({ level: 2 }).run();
    expect(setup.editor.getJSON().content?.[1]?.type).toBe("heading");
    const result = expectAttached(setup, stored);
    // Without the repair the stored positions point into the deleted paragraph: this is the bug being fixed.
    expect(result?.before).toEqual({ status: "detached" });
  });

  it("turned into a list item", () => {
    const setup = session(HTML);
    const stored = thread(setup.server);
    setup.editor.chain().setTextSelection(positionOf(setup.editor, "Priorytetem", 3)).toggleBulletList().run();
    expect(setup.editor.getJSON().content?.[1]?.type).toBe("bulletList");
    expect(expectAttached(setup, stored)?.before).toEqual({ status: "detached" });
  });

  it("turned into a heading and back, and into a list and out of it again", () => {
    const setup = session(HTML);
    let stored = thread(setup.server);
    const at = () => positionOf(setup.editor, "Priorytetem", 3);
    setup.editor.chain().setTextSelection(at()).toggleHeading({ level: 2 }).run();
    stored = expectAttached(setup, stored)!.repaired;
    setup.editor.chain().setTextSelection(at()).setParagraph().run();
    stored = expectAttached(setup, stored)!.repaired;
    setup.editor.chain().setTextSelection(at()).toggleBulletList().run();
    stored = expectAttached(setup, stored)!.repaired;
    setup.editor.chain().setTextSelection(at()).liftListItem("listItem").run();
    expect(setup.editor.getJSON().content?.[1]?.type).toBe("paragraph");
    expectAttached(setup, stored);
  });

  it("split inside the passage (Enter): the thread covers both halves", () => {
    const setup = session(HTML);
    const stored = thread(setup.server);
    setup.editor.chain().setTextSelection(positionOf(setup.editor, "transportu", "transportu".length)).splitBlock().run();
    expect(sectionText(setup.server, FIELD)).toContain("rozwój transportu\n publicznego");
    const result = expectAttached(setup, stored);
    // Position by position the thread would have shrunk to the first half.
    expect(result?.before).toMatchObject({ status: "attached", text: "rozwój transportu" });
  });

  it("split just before the passage: the thread follows it into the new paragraph", () => {
    const setup = session(HTML);
    const stored = thread(setup.server);
    setup.editor.chain().setTextSelection(positionOf(setup.editor, "jest ", "jest ".length)).splitBlock().run();
    expect(sectionText(setup.server, FIELD)).toContain("Priorytetem jest \nrozwój");
    expectAttached(setup, stored);
  });

  it("joined with the paragraph before (Backspace at its start)", () => {
    const setup = session(`<p>Wstęp do diagnozy.</p><p>${PASSAGE} w gminach.</p>`);
    const stored = thread(setup.server);
    setup.editor.chain().setTextSelection(positionOf(setup.editor, PASSAGE)).joinBackward().run();
    expect(sectionText(setup.server, FIELD)).toBe(`Wstęp do diagnozy.${PASSAGE} w gminach.\n`);
    expectAttached(setup, stored);
  });

  it("joined with the paragraph after (Delete at the end of the one before)", () => {
    const setup = session(`<p>Wstęp do diagnozy.</p><p>Priorytetem jest ${PASSAGE}.</p>`);
    const stored = thread(setup.server);
    setup.editor.chain().setTextSelection(positionOf(setup.editor, "diagnozy.", "diagnozy.".length)).joinForward().run();
    expect(setup.editor.getJSON().content).toHaveLength(1);
    expectAttached(setup, stored);
  });

  it("a passage over two paragraphs, joined into one", () => {
    const setup = session(`<p>Priorytetem jest rozwój</p><p>transportu publicznego w gminach.</p>`);
    const stored = thread(setup.server, "rozwój\ntransportu");
    setup.editor.chain().setTextSelection(positionOf(setup.editor, "transportu")).joinBackward().run();
    expectAttached(setup, stored, "rozwójtransportu");
  });
});

describe("deleting the text still detaches the thread", () => {
  it("when the passage is deleted", () => {
    const setup = session(HTML);
    const stored = thread(setup.server);
    const from = positionOf(setup.editor, PASSAGE);
    setup.editor.chain().deleteRange({ from, to: from + PASSAGE.length }).run();
    expect(resolveStoredAnchor(setup.server, stored).anchor).toEqual({ status: "detached" });
    expect(highlighted(setup.editor, stored)).toBeNull();
  });

  it("when its paragraph is deleted, even though the same words stand elsewhere in the section", () => {
    const setup = session(`<p>Priorytetem jest ${PASSAGE} w gminach.</p><p>Inny akapit, w którym ${PASSAGE} pada ponownie.</p>`);
    const stored = thread(setup.server);
    const from = positionOf(setup.editor, "Priorytetem") - 1;
    const to = positionOf(setup.editor, "w gminach.", "w gminach.".length) + 1;
    setup.editor.chain().deleteRange({ from, to }).run();
    expect(sectionText(setup.server, FIELD)).toBe(`Inny akapit, w którym ${PASSAGE} pada ponownie.\n`);
    expect(resolveStoredAnchor(setup.server, stored).anchor).toEqual({ status: "detached" });
    expect(highlighted(setup.editor, stored)).toBeNull();
  });

  it("when the heading it became is deleted afterwards", () => {
    const setup = session(HTML);
    let stored = thread(setup.server);
    setup.editor.chain().setTextSelection(positionOf(setup.editor, "Priorytetem", 3)).toggleHeading({ level: 2 }).run();
    stored = expectAttached(setup, stored)!.repaired;
    const from = positionOf(setup.editor, PASSAGE);
    setup.editor.chain().deleteRange({ from, to: from + PASSAGE.length }).run();
    expect(resolveStoredAnchor(setup.server, stored).anchor).toEqual({ status: "detached" });
  });

  it("and a second occurrence of the words is not taken for the commented one when the other is changed", () => {
    const setup = session(`<p>Cel: ${PASSAGE}.</p><p>Środki na ${PASSAGE} w gminach.</p>`);
    const stored = thread(setup.server, PASSAGE, 1);
    setup.editor.chain().setTextSelection(positionOf(setup.editor, "Środki", 2)).toggleHeading({ level: 2 }).run();
    const resolved = resolveStoredAnchor(setup.server, stored);
    expect(resolved.anchor).toMatchObject({ status: "attached", text: PASSAGE });
    const text = sectionText(setup.server, FIELD);
    // The second occurrence (the commented one), not the first.
    expect(resolved.anchor.status === "attached" && resolved.anchor.from).toBe(text.lastIndexOf(PASSAGE));
  });
});
