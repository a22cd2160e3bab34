import type { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";

/**
 * The browser's selection inside an editable text, when the editor has not read it yet (a shortcut pressed right
 * after Shift+End can arrive before ProseMirror handles the `selectionchange`): taken into the editor's state.
 */
export function syncSelectionFromDom(editor: Editor): void {
  const { view } = editor;
  const dom = window.getSelection();
  if (!view.editable || !dom || dom.isCollapsed || !dom.anchorNode || !dom.focusNode) return;
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return;
  try {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    const { selection } = view.state;
    if (selection.anchor === anchor && selection.head === head) return;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
  } catch {
    // A DOM position ProseMirror cannot map: keep the editor's own selection.
  }
}
