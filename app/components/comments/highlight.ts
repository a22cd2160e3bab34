/**
 * Highlights of commented passages: a Tiptap extension with a ProseMirror decoration plugin. The anchors are
 * Yjs relative positions; they are turned into document positions through the ySync binding's mapping on
 * every change, so highlights follow the text under concurrent edits. Decorations are view-only: nothing is
 * written into the document, so published HTML can never carry comment marks.
 */
import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { anchorFromBase64, anchorToBase64, locateAnchor } from "~/lib/comments/anchor";

export interface HighlightThread {
  id: string;
  anchorStart: string | null;
  anchorEnd: string | null;
  /** The quoted passage and its context: how a passage is found again when its paragraph was replaced. */
  quote?: string;
  quotePrefix?: string;
  quoteSuffix?: string;
  status: "open" | "resolved";
}

interface HighlightState {
  threads: HighlightThread[];
  activeId: string | null;
  decorations: DecorationSet;
}

type HighlightMeta = { threads?: HighlightThread[]; activeId?: string | null; recompute?: boolean };

export const commentHighlightKey = new PluginKey<HighlightState>("commentHighlights");

interface YBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<unknown, unknown>;
}

function bindingOf(state: EditorState): YBinding | null {
  const sync = ySyncPluginKey.getState(state) as { binding?: YBinding | null } | undefined;
  return sync?.binding ?? null;
}

/**
 * Document positions of a thread's anchor in this editor, or null (detached, or another section). With the
 * thread's quote, a passage whose paragraph the editor replaced (heading, list, split, join) is found again.
 */
export function anchorRange(
  state: EditorState,
  thread: Pick<HighlightThread, "anchorStart" | "anchorEnd"> & Partial<Pick<HighlightThread, "quote" | "quotePrefix" | "quoteSuffix">>,
): { from: number; to: number } | null {
  const binding = bindingOf(state);
  if (!binding || !thread.anchorStart || !thread.anchorEnd) return null;
  const startBytes = anchorFromBase64(thread.anchorStart);
  const endBytes = anchorFromBase64(thread.anchorEnd);
  try {
    const selector = thread.quote ? { quote: thread.quote, prefix: thread.quotePrefix, suffix: thread.quoteSuffix } : undefined;
    const located = locateAnchor(binding.type, startBytes, endBytes, selector);
    if (!located) return null;
    const from = relativePositionToAbsolutePosition(binding.doc, binding.type, located.start, binding.mapping as never);
    const to = relativePositionToAbsolutePosition(binding.doc, binding.type, located.end, binding.mapping as never);
    if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
    if (state.doc.textBetween(from, to, "\n").trim() === "") return null;
    return { from, to };
  } catch {
    return null;
  }
}

function build(state: EditorState, threads: HighlightThread[], activeId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    if (thread.status !== "open" && thread.id !== activeId) continue;
    const range = anchorRange(state, thread);
    if (!range) continue;
    const classes = ["comment-highlight"];
    if (thread.id === activeId) classes.push("comment-highlight--active");
    decorations.push(Decoration.inline(range.from, range.to, { class: classes.join(" "), "data-thread-id": thread.id }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Gives the editor the threads of its section (and which one is chosen); highlights redraw at once. */
export function setHighlightThreads(editor: Editor, threads: HighlightThread[], activeId: string | null): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightKey, { threads, activeId } satisfies HighlightMeta).setMeta("addToHistory", false));
}

/** The current selection as a comment anchor, or null when nothing (or only whitespace) is selected. */
export function selectionAnchor(editor: Editor): { anchorStart: string; anchorEnd: string; quote: string } | null {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  const binding = bindingOf(state);
  if (empty || !binding) return null;
  const quote = state.doc.textBetween(from, to, "\n");
  if (quote.trim() === "") return null;
  const start = absolutePositionToRelativePosition(from, binding.type, binding.mapping as never) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(to, binding.type, binding.mapping as never) as Y.RelativePosition;
  return {
    anchorStart: anchorToBase64(Y.encodeRelativePosition(start)),
    anchorEnd: anchorToBase64(Y.encodeRelativePosition(end)),
    quote: quote.slice(0, 2000),
  };
}

/**
 * Include in every co-edited section's editor. Clicking a highlight is handled by the sidebar through the
 * `data-thread-id` attribute (event delegation), so the extension needs no options.
 */
export const CommentHighlights = Extension.create({
  name: "commentHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: commentHighlightKey,
        state: {
          init: (_config, state) => ({ threads: [], activeId: null, decorations: DecorationSet.create(state.doc, []) }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(commentHighlightKey) as HighlightMeta | undefined;
            if (meta) {
              const threads = meta.threads ?? value.threads;
              const activeId = meta.activeId === undefined ? value.activeId : meta.activeId;
              return { threads, activeId, decorations: build(state, threads, activeId) };
            }
            // Until the edit reaches Yjs (right after this transaction), follow it by mapping; the view
            // update below then recomputes from the anchors.
            if (tr.docChanged) return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
            return value;
          },
        },
        props: {
          decorations: (state) => commentHighlightKey.getState(state)?.decorations,
        },
        view: () => {
          let scheduled: ReturnType<typeof setTimeout> | null = null;
          return {
            update(view, previous) {
              if (view.state.doc.eq(previous.doc) || scheduled) return;
              scheduled = setTimeout(() => {
                scheduled = null;
                const value = commentHighlightKey.getState(view.state);
                if (!value || view.isDestroyed || value.threads.length === 0) return;
                view.dispatch(view.state.tr.setMeta(commentHighlightKey, { recompute: true }).setMeta("addToHistory", false));
              }, 0);
            },
            destroy() {
              if (scheduled) clearTimeout(scheduled);
            },
          };
        },
      }),
    ];
  },
});
