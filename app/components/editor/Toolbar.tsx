import type { Editor } from "@tiptap/react";
import { useEffect, useReducer, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LinkDialog } from "./LinkDialog";
import { syncSelectionFromDom } from "./sync-selection";

interface ToolbarButton {
  id: string;
  label: string;
  icon: ReactNode;
  run: (editor: Editor) => void;
  /** Toggle buttons report their state with aria-pressed. */
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
}

/**
 * Formatting for the section being edited. A WAI-ARIA toolbar: one Tab stop, arrow keys move between
 * buttons, Home/End jump to the ends; toggles expose aria-pressed. `label` names the section it formats
 * ("Formatowanie: sekcja Diagnoza"), so a screen reader says which text the buttons act on.
 */
export function Toolbar({ editor, label }: { editor: Editor | null; label?: string }) {
  const { t } = useTranslation("editor");
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [linkDialog, setLinkDialog] = useState<{ editor: Editor; initial: string } | null>(null);
  const focusIndex = useRef(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!editor) return;
    editor.on("transaction", rerender);
    editor.on("focus", rerender);
    return () => {
      editor.off("transaction", rerender);
      editor.off("focus", rerender);
    };
  }, [editor]);

  const buttons: ToolbarButton[] = [
    { id: "bold", label: t("toolbar.bold"), icon: <b>B</b>, run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive("bold") },
    { id: "italic", label: t("toolbar.italic"), icon: <i>I</i>, run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive("italic") },
    {
      id: "h2",
      label: t("toolbar.heading2"),
      icon: "H2",
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
      active: (e) => e.isActive("heading", { level: 2 }),
    },
    {
      id: "h3",
      label: t("toolbar.heading3"),
      icon: "H3",
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
      active: (e) => e.isActive("heading", { level: 3 }),
    },
    {
      id: "bullet",
      label: t("toolbar.bulletList"),
      icon: "•",
      run: (e) => e.chain().focus().toggleBulletList().run(),
      active: (e) => e.isActive("bulletList"),
    },
    {
      id: "ordered",
      label: t("toolbar.orderedList"),
      icon: "1.",
      run: (e) => e.chain().focus().toggleOrderedList().run(),
      active: (e) => e.isActive("orderedList"),
    },
    {
      id: "link",
      label: t("toolbar.link"),
      icon: <span className="toolbar__text">URL</span>,
      // A labelled form in a modal dialog, not the browser's prompt().
      run: (e) => setLinkDialog({ editor: e, initial: (e.getAttributes("link").href as string | undefined) ?? "" }),
      active: (e) => e.isActive("link"),
    },
    {
      id: "table",
      label: t("toolbar.table"),
      icon: "▦",
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      enabled: (e) => !e.isActive("table"),
    },
    { id: "row", label: t("toolbar.addRow"), icon: "+▭", run: (e) => e.chain().focus().addRowAfter().run(), enabled: (e) => e.isActive("table") },
    { id: "col", label: t("toolbar.addColumn"), icon: "+▯", run: (e) => e.chain().focus().addColumnAfter().run(), enabled: (e) => e.isActive("table") },
    { id: "deltable", label: t("toolbar.deleteTable"), icon: "✕▦", run: (e) => e.chain().focus().deleteTable().run(), enabled: (e) => e.isActive("table") },
    { id: "undo", label: t("toolbar.undo"), icon: "↶", run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
    { id: "redo", label: t("toolbar.redo"), icon: "↷", run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const count = buttons.length;
    let next = focusIndex.current;
    if (event.key === "ArrowRight") next = (next + 1) % count;
    else if (event.key === "ArrowLeft") next = (next - 1 + count) % count;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = count - 1;
    else return;
    event.preventDefault();
    focusIndex.current = next;
    refs.current[next]?.focus();
    rerender();
  };

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={label ?? t("toolbar.label")} onKeyDown={onKeyDown}>
        {buttons.map((button, index) => {
          const enabled = editor ? (button.enabled ? button.enabled(editor) : true) : false;
          return (
            <button
              key={button.id}
              ref={(el) => {
                refs.current[index] = el;
              }}
              type="button"
              className="toolbar__button"
              tabIndex={index === focusIndex.current ? 0 : -1}
              aria-label={button.label}
              title={button.label}
              aria-pressed={button.active ? (editor ? button.active(editor) : false) : undefined}
              aria-disabled={!enabled}
              data-action={button.id}
              onMouseDown={(e) => e.preventDefault()}
              onFocus={() => (focusIndex.current = index)}
              onClick={() => {
                if (!editor || !enabled) return;
                // Act on what the user selected even if the editor had not yet read the browser's selection
                // (Shift+Home and then at once Alt+F10 to the toolbar).
                syncSelectionFromDom(editor);
                button.run(editor);
              }}
            >
              <span aria-hidden="true">{button.icon}</span>
            </button>
          );
        })}
        {!editor ? <span className="toolbar__hint">{t("toolbar.noSection")}</span> : null}
      </div>
      {linkDialog ? (
        <LinkDialog
          initial={linkDialog.initial}
          onApply={(href) => {
            const e = linkDialog.editor;
            // Nothing selected and no link under the caret: the address itself becomes the linked text.
            if (e.state.selection.empty && !e.isActive("link")) {
              e.chain().focus().insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
            } else e.chain().focus().extendMarkRange("link").setLink({ href }).run();
            setLinkDialog(null);
          }}
          onRemove={() => {
            linkDialog.editor.chain().focus().extendMarkRange("link").unsetLink().run();
            setLinkDialog(null);
          }}
          onCancel={() => {
            linkDialog.editor.commands.focus();
            setLinkDialog(null);
          }}
        />
      ) : null}
    </>
  );
}
