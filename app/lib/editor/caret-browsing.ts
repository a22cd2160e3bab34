/**
 * Caret browsing for read-only text: a non-editable editor is still focusable (Tab reaches it) and its
 * selection moves with the keyboard, so people who may comment but not edit (council, experts) can select a
 * passage without a pointer. Keys: ←/→ (Ctrl: by word), ↑/↓ (by line), Home/End (paragraph), Ctrl+Home/End
 * (whole text), Shift with any of them extends the selection, Ctrl+A selects everything. Nothing here changes
 * the document: only selection transactions are dispatched. Editable editors are left to ProseMirror.
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

export const caretBrowsingKey = new PluginKey("caretBrowsing");

const WORD = /[\p{L}\p{N}_]/u;

function wordStep(view: EditorView, pos: number, dir: 1 | -1): number {
  const { doc } = view.state;
  const max = doc.content.size;
  let p = pos;
  const charAt = (q: number) => (q >= 0 && q < max ? doc.textBetween(q, q + 1, "\n", "\n") : "");
  const next = () => (dir > 0 ? charAt(p) : charAt(p - 1));
  // Skip separators, then the word.
  while (p > 0 && p < max && !WORD.test(next())) p += dir;
  while (p > 0 && p < max && WORD.test(next())) p += dir;
  return p;
}

function lineStep(view: EditorView, pos: number, dir: 1 | -1): number {
  const coords = view.coordsAtPos(pos);
  const height = Math.max(coords.bottom - coords.top, 8);
  for (let step = 1; step <= 8; step++) {
    const top = dir > 0 ? coords.bottom + (height * step) / 2 : coords.top - (height * step) / 2;
    const found = view.posAtCoords({ left: coords.left, top });
    if (found && found.pos !== pos) return found.pos;
  }
  // No line there: to the start or the end of the text.
  return dir > 0 ? view.state.doc.content.size : 0;
}

export function moveSelection(view: EditorView, event: KeyboardEvent): boolean {
  const { state } = view;
  const { doc, selection } = state;
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "a") {
    view.dispatch(state.tr.setSelection(TextSelection.between(doc.resolve(0), doc.resolve(doc.content.size))));
    return true;
  }
  if (event.altKey) return false;
  const head = selection.head;
  let target: number;
  switch (event.key) {
    case "ArrowLeft":
      target = ctrl ? wordStep(view, head, -1) : head - 1;
      break;
    case "ArrowRight":
      target = ctrl ? wordStep(view, head, 1) : head + 1;
      break;
    case "ArrowUp":
      target = lineStep(view, head, -1);
      break;
    case "ArrowDown":
      target = lineStep(view, head, 1);
      break;
    case "Home":
      target = ctrl ? 0 : selection.$head.start();
      break;
    case "End":
      target = ctrl ? doc.content.size : selection.$head.end();
      break;
    default:
      return false;
  }
  target = Math.max(0, Math.min(doc.content.size, target));
  const $head = doc.resolve(target);
  const $anchor = event.shiftKey ? selection.$anchor : $head;
  const bias = target < head ? -1 : 1;
  const next = TextSelection.between($anchor, $head, bias);
  view.dispatch(state.tr.setSelection(next).scrollIntoView());
  return true;
}

/** Puts the browser's selection where the editor's is, so ProseMirror draws (and then owns) it. */
function claimDomSelection(view: EditorView) {
  const domSelection = view.dom.ownerDocument.getSelection();
  if (!domSelection) return;
  if (domSelection.anchorNode && view.dom.contains(domSelection.anchorNode)) return;
  const { from, to } = view.state.selection;
  const start = view.domAtPos(from);
  const end = view.domAtPos(to);
  domSelection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
}

export const CaretBrowsing = Extension.create({
  name: "caretBrowsing",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: caretBrowsingKey,
        props: {
          // The sidebar's keyboard hint (CommentSidebar, #comment-keyboard-hint) describes the text: how to select and comment.
          attributes: (): Record<string, string> =>
            this.editor.isEditable
              ? { "aria-describedby": "comment-keyboard-hint" }
              : { tabindex: "0", "data-caret-browsing": "true", "aria-describedby": "comment-keyboard-hint" },
          handleDOMEvents: {
            focus: (view) => {
              if (!view.editable) claimDomSelection(view);
              return false;
            },
            keydown: (view, event) => {
              if (view.editable) return false;
              claimDomSelection(view);
              if (!moveSelection(view, event)) return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
