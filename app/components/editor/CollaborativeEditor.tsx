import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Editor, EditorContent } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { IndexeddbPersistence } from "y-indexeddb";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { createCollabClient, type CollabClient } from "~/lib/collab/client";
import { CaretBrowsing } from "~/lib/editor/caret-browsing";
import { documentExtensions } from "~/lib/editor/extensions";
// Highlights of commented passages and the comment sidebar.
import { CommentSidebar } from "~/components/comments/CommentSidebar";
import { CommentHighlights } from "~/components/comments/highlight";
import { PresenceList, type Presence } from "./PresenceList";
import { enableOfflinePage } from "./offline-cache";
import { Toolbar } from "./Toolbar";

/** The collaboration client's state, plus "connecting" before the first connection. */
type SaveState = "connecting" | "saving" | "saved" | "offline";

export interface EditorField {
  key: string;
  title: string | null;
}

export interface CollaborativeEditorProps {
  documentId: string;
  fields: EditorField[];
  canEdit: boolean;
  user: { id: string; name: string; color: string };
  onEmptyChange?: (key: string, empty: boolean) => void;
}

/**
 * The live editor of one document: one Y.Doc kept in IndexedDB (edits survive reloads while offline) and
 * synced over the collaboration websocket; one Tiptap editor per field (strategy section).
 */
export default function CollaborativeEditor({ documentId, fields, canEdit, user, onEmptyChange }: CollaborativeEditorProps) {
  const { t } = useTranslation("editor");
  const [session, setSession] = useState<{ ydoc: Y.Doc; provider: WebsocketProvider } | null>(null);
  const [saveState, setSaveState] = useState<SaveState>("connecting");
  const clientRef = useRef<CollabClient | null>(null);
  const [editors, setEditors] = useState<Map<string, Editor>>(new Map());
  const [active, setActive] = useState<string | null>(null);
  const [presence, setPresence] = useState<Presence[]>([]);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const ydoc = new Y.Doc();
    const local = new IndexeddbPersistence(`wspolnie:${user.id}:${documentId}`, ydoc);
    let cleanup = () => {};
    let cancelled = false;
    // Offline edits from IndexedDB are in the Y.Doc before we connect, so the sync sends them at once.
    void local.whenSynced.then(() => {
      if (cancelled) return;
      const client = createCollabClient({ documentId, doc: ydoc, connect: false });
      const { provider } = client;
      clientRef.current = client;
      provider.awareness.setLocalStateField("user", { name: user.name, color: user.color });
      let connectedOnce = false;
      const report = () => {
        if (provider.wsconnected) connectedOnce = true;
        setSaveState(!connectedOnce && client.saveState === "offline" ? "connecting" : client.saveState);
      };
      const stopSave = client.onSaveState(report);
      const stopEvents = client.onEvent((event) => {
        if (event.type === "document.restored") setRestored(true);
      });
      const onStatus = () => report();
      provider.on("status", onStatus);
      // React to the browser losing the network at once instead of waiting for the socket to time out.
      const offline = () => provider.disconnect();
      const online = () => provider.connect();
      window.addEventListener("offline", offline);
      window.addEventListener("online", online);
      if (navigator.onLine) provider.connect();
      report();
      setSession({ ydoc, provider });
      void enableOfflinePage();
      cleanup = () => {
        stopSave();
        stopEvents();
        provider.off("status", onStatus);
        window.removeEventListener("offline", offline);
        window.removeEventListener("online", online);
        clientRef.current = null;
        client.destroy();
      };
    });
    return () => {
      cancelled = true;
      cleanup();
      void local.destroy();
      ydoc.destroy();
    };
  }, [documentId, user.id, user.name, user.color]);

  // One Tiptap editor per field, all on the same Y.Doc and awareness.
  useEffect(() => {
    if (!session) return;
    const created = new Map<string, Editor>();
    for (const field of fields) {
      const label = field.title ? t("sectionEditor", { title: field.title }) : t("documentEditor");
      let escaped = false;
      const editor = new Editor({
        editable: canEdit,
        extensions: [
          ...documentExtensions(),
          Collaboration.configure({ document: session.ydoc, field: field.key }),
          CollaborationCaret.configure({ provider: session.provider, user: { name: user.name, color: user.color } }),
          CommentHighlights,
          CaretBrowsing,
        ],
        editorProps: {
          // In a list or a table Tab indents / moves between cells; after Esc the next Tab leaves the editor
          // (a DOM handler that returns true skips ProseMirror's keymaps without preventing the browser's Tab).
          handleDOMEvents: {
            keydown: (_view, event) => {
              if (event.key === "Escape") escaped = true;
              else if (event.key === "Tab" && escaped && !event.ctrlKey && !event.altKey && !event.metaKey) return true;
              else if (event.key !== "Shift") escaped = false;
              return false;
            },
            focus: () => {
              escaped = false;
              return false;
            },
          },
          // Alt+F10 (as in office editors) moves to the formatting toolbar; Tab leaves the text.
          handleKeyDown: (_view, event) => {
            if (event.altKey && event.key === "F10") {
              document.querySelector<HTMLButtonElement>('.toolbar button[tabindex="0"]')?.focus();
              return true;
            }
            return false;
          },
          attributes: {
            role: "textbox",
            "aria-multiline": "true",
            "aria-label": label,
            "aria-readonly": String(!canEdit),
            "data-field": field.key,
            class: "document-editor__content",
          },
        },
      });
      editor.on("focus", () => {
        setActive(field.key);
        session.provider.awareness.setLocalStateField("section", field.key);
      });
      const reportEmpty = () => onEmptyChange?.(field.key, editor.isEmpty);
      editor.on("update", reportEmpty);
      editor.on("create", reportEmpty);
      created.set(field.key, editor);
    }
    setEditors(created);
    return () => {
      for (const editor of created.values()) editor.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- editors are rebuilt only for a new session
  }, [session, canEdit]);

  useEffect(() => {
    if (!session) return;
    const awareness = session.provider.awareness;
    const update = () => {
      const list: Presence[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const u = state.user as { name?: string; color?: string } | undefined;
        if (!u?.name) return;
        list.push({
          clientId,
          name: String(u.name),
          color: typeof u.color === "string" ? u.color : "#4a5560",
          section: typeof state.section === "string" ? state.section : null,
          self: clientId === awareness.clientID,
        });
      });
      list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, "pl"));
      setPresence(list);
    };
    awareness.on("change", update);
    update();
    return () => awareness.off("change", update);
  }, [session]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!clientRef.current?.hasUnsavedChanges) return;
      event.preventDefault();
      event.returnValue = t("leaveWarning");
      return t("leaveWarning");
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [t]);

  const titles = useMemo(() => new Map(fields.map((f) => [f.key, f.title])), [fields]);
  const activeEditor = active ? (editors.get(active) ?? null) : null;
  const activeTitle = active ? titles.get(active) : null;

  // The formatting toolbar sits in the section it formats (the last one focused), just before its heading:
  // Shift+Tab from the text reaches it without passing through another section, and its name says which.
  const toolbar = canEdit && activeEditor ? (
    <Toolbar editor={activeEditor} label={activeTitle ? t("ui.toolbarFor", { title: activeTitle }) : t("ui.toolbarForDocument")} />
  ) : null;
  const toolbarIn = (key: string) => (active === key ? toolbar : null);

  // Sticky section toolbars and headings stop below the sticky status bar, whatever its height.
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = barRef.current;
    if (!bar || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => rootRef.current?.style.setProperty("--editor-bar-height", `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  // People who cannot edit see the connection, not "saved" (nothing of theirs is being saved).
  const liveState = saveState === "saving" || saveState === "saved" ? "live" : saveState;

  return (
    <div className="document-editor" ref={rootRef}>
      <div className="document-editor__bar" ref={barRef}>
        {canEdit ? (
          <p className={`save-state save-state--${saveState}`} role="status" aria-live="polite" data-testid="save-state">
            <span className="visually-hidden">{t("save.label")}: </span>
            {t(`save.${saveState}`)}
          </p>
        ) : (
          <p className={`save-state save-state--${liveState}`} role="status" aria-live="polite" data-testid="save-state" data-state={liveState}>
            <span className="visually-hidden">{t("ui.live.label")}: </span>
            {t(`ui.live.${liveState}`)}
          </p>
        )}
        {canEdit && !activeEditor ? <p className="toolbar__hint">{t("toolbar.noSection")}</p> : null}
        {canEdit ? (
          <details className="editor-help">
            <summary>{t("ui.help.title")}</summary>
            <ul>
              <li>{t("ui.help.toolbar")}</li>
              <li>{t("ui.help.lists")}</li>
              <li>{t("ui.help.marks")}</li>
            </ul>
          </details>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {restored ? (
          <p className="notice" data-testid="restored-notice">
            {t("restoredLive")}
          </p>
        ) : null}
      </div>
      <div className="document-editor__layout">
        <div className="document-editor__fields">
          {fields.map((field) => {
            const editor = editors.get(field.key);
            const headingId = `naglowek-${field.key}`;
            const content = editor ? <EditorContent editor={editor} /> : <p className="document-editor__placeholder">{t("loading")}</p>;
            return field.title ? (
              <section key={field.key} id={`sekcja-${field.key}`} className="document-section" aria-labelledby={headingId}>
                {toolbarIn(field.key)}
                <h2 id={headingId} tabIndex={-1}>
                  {field.title}
                </h2>
                {content}
              </section>
            ) : (
              <div key={field.key} className="document-section">
                {toolbarIn(field.key)}
                {content}
              </div>
            );
          })}
        </div>
        {/* Presence and the comment sidebar share the side column. */}
        <div className="document-editor__aside">
          <PresenceList presence={presence} titles={titles} />
          <CommentSidebar documentId={documentId} editors={editors} provider={session?.provider ?? null} fieldTitles={titles} />
        </div>
      </div>
    </div>
  );
}
