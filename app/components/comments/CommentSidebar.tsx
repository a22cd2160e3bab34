/**
 * The comment trail beside a co-edited document: threads in document order with filters, "comment on the
 * selection" (button, or Ctrl+Alt+M from the text), replies with @mentions, resolve/reopen, edit/delete of
 * one's own comments, and the coordinator's answer and decision. Data and every change go through the
 * document's comment route with Remix fetchers (forms on Conform); live through the one event channel.
 * Every user string is rendered as React text (never as HTML).
 */
import type { Editor } from "@tiptap/core";
import { useFetcher, useFetchers, useParams } from "@remix-run/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WebsocketProvider } from "y-websocket";
import type { Locale } from "~/i18n";
import type { ThreadView } from "~/lib/comments/views";
import { SidebarContext, type SidebarContextValue } from "./context";
import { anchorRange, selectionAnchor, setHighlightThreads } from "./highlight";
import { syncSelectionFromDom } from "../editor/sync-selection";
import { NewThreadForm, type Draft } from "./NewThreadForm";
import { ThreadCard } from "./ThreadCard";
import { useLivePositions, useSelectionField, useTrail, withLivePositions } from "./useTrail";

type Filter = "all" | "open" | "resolved" | "mine" | "mentions";
const FILTERS: Filter[] = ["all", "open", "resolved", "mine", "mentions"];

/** Ctrl+Alt+M (⌘⌥M): comment on the selection, as in office editors. */
export function isCommentShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === "KeyM";
}

export interface CommentSidebarProps {
  documentId: string;
  /** One editor per field (strategy section), as the document page builds them. */
  editors: ReadonlyMap<string, Editor>;
  /** The collaboration connection: live updates and reconnects. */
  provider: WebsocketProvider | null;
  /** Section titles by field key, for labelling threads. */
  fieldTitles?: ReadonlyMap<string, string | null>;
}

export function CommentSidebar({ documentId, editors, provider, fieldTitles }: CommentSidebarProps) {
  const { t, i18n } = useTranslation("comments");
  const locale = (i18n.language === "en" ? "en" : "pl") as Locale;
  const { slug } = useParams();
  const url = `/w/${slug}/dokumenty/${documentId}/komentarze`;
  const { data, online } = useTrail(url, documentId, provider);
  const [filter, setFilter] = useState<Filter>("all");
  const [activeId, setActiveId] = useState<string | null>(null);
  const selectionField = useSelectionField(editors);
  const [draft, setDraft] = useState<Draft | null>(null);
  /** The text whose selection the comment form is about: focus goes back there on cancel. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const [focusThread, setFocusThread] = useState<string | null>(null);
  const urlThreadHandled = useRef(false);
  const livePositions = useLivePositions(editors, data?.threads);
  const reader = useFetcher();
  const saving = useFetchers().some((f) => f.formAction === url && f.state === "submitting");

  // Highlights: each section's editor gets its threads.
  useEffect(() => {
    for (const [field, editor] of editors) {
      setHighlightThreads(editor, (data?.threads ?? []).filter((th) => th.field === field), activeId);
    }
  }, [editors, data, activeId]);

  const showInText = useCallback(
    (thread: ThreadView) => {
      const editor = editors.get(thread.field);
      if (!editor || editor.isDestroyed) return;
      const range = anchorRange(editor.state, thread);
      if (!range) return;
      const { node } = editor.view.domAtPos(range.from);
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      element?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    [editors],
  );

  const submitRead = reader.submit;
  const choose = useCallback(
    (thread: ThreadView, scroll = true) => {
      setActiveId(thread.id);
      if (scroll) showInText(thread);
      // Opening a thread reads its notifications (the header count follows).
      if (navigator.onLine) submitRead({ intent: "read", threadId: thread.id }, { method: "post", action: url });
    },
    [showInText, submitRead, url],
  );

  // Clicking a highlighted passage chooses its thread (no scrolling: a double click must not move the page).
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = (event.target as Element | null)?.closest?.(".comment-highlight[data-thread-id]");
      const id = target?.getAttribute("data-thread-id");
      const thread = id ? data?.threads.find((th) => th.id === id) : undefined;
      if (thread) choose(thread, false);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [data, choose]);

  // Arriving from a notification (?watek=…): open that thread.
  useEffect(() => {
    if (!data || urlThreadHandled.current || editors.size === 0) return;
    urlThreadHandled.current = true;
    const id = new URLSearchParams(window.location.search).get("watek");
    const thread = id ? data.threads.find((th) => th.id === id) : undefined;
    if (thread) {
      choose(thread);
      document.getElementById(`watek-${thread.id}`)?.focus();
    }
  }, [data, editors, choose]);

  // A new thread takes focus once it is in the list (the keyboard goes on to its reply box).
  useEffect(() => {
    if (!focusThread || !data?.threads.some((th) => th.id === focusThread)) return;
    document.getElementById(`watek-${focusThread}`)?.focus();
    setFocusThread(null);
  }, [data, focusThread]);

  const startDraft = useCallback(() => {
    // The editor the keyboard is in, else the one with the last selection.
    const focused = [...editors].find(([, editor]) => editor.view.dom.contains(document.activeElement));
    if (focused) syncSelectionFromDom(focused[1]);
    const field = focused && !focused[1].state.selection.empty ? focused[0] : selectionField;
    const editor = field ? editors.get(field) : undefined;
    const anchor = editor ? selectionAnchor(editor) : null;
    if (!field || !editor || !anchor) return;
    // Esc and "Anuluj" give focus back to the text with its selection (also when the button opened the form).
    returnFocus.current = editor.view.dom;
    setDraft({ field, ...anchor });
  }, [editors, selectionField]);

  const canComment = data?.viewer.canComment ?? false;
  useEffect(() => {
    if (!canComment) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isCommentShortcut(event)) return;
      event.preventDefault();
      startDraft();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [canComment, startDraft]);

  const cancelDraft = useCallback(() => {
    setDraft(null);
    const back = returnFocus.current?.isConnected ? returnFocus.current : newButton.current;
    requestAnimationFrame(() => back?.focus({ preventScroll: true }));
  }, []);
  const created = useCallback((threadId: string | null) => {
    setDraft(null);
    if (threadId) {
      setActiveId(threadId);
      setFocusThread(threadId);
    }
  }, []);

  const visible = useMemo(() => {
    const threads = withLivePositions(data?.threads ?? [], livePositions);
    switch (filter) {
      case "open":
        return threads.filter((th) => th.status === "open");
      case "resolved":
        return threads.filter((th) => th.status === "resolved");
      case "mine":
        return threads.filter((th) => th.mine || th.comments.some((c) => c.mine));
      case "mentions":
        return threads.filter((th) => th.mentionsMe);
      default:
        return threads;
    }
  }, [data, filter, livePositions]);

  const context = useMemo<SidebarContextValue | null>(
    () => (data ? { url, members: data.members, viewer: data.viewer, locale, online } : null),
    [data, url, locale, online],
  );

  return (
    <section className="comments-sidebar" aria-labelledby="comments-title" data-testid="comments-sidebar">
      <h2 id="comments-title" className="comments-sidebar__title">
        {t("sidebar.title")}
      </h2>
      <p role="status" aria-live="polite" className="comments-sidebar__status">
        {saving ? t("thread.saving") : !online && data ? t("sidebar.offline") : ""}
      </p>
      <p id="comment-keyboard-hint" className="comments-sidebar__hint">
        {canComment ? t("sidebar.keyboardHint") : t("sidebar.keyboardHintRead")}
      </p>
      {canComment ? (
        <div className="comments-sidebar__new">
          <button
            ref={newButton}
            type="button"
            className="button"
            onClick={startDraft}
            disabled={!selectionField || draft !== null}
            aria-keyshortcuts="Control+Alt+M"
          >
            {t("newThread.action")}
          </button>
          {!selectionField && !draft ? <p className="comments-sidebar__hint">{t("newThread.hint")}</p> : null}
        </div>
      ) : data ? (
        <p className="comments-sidebar__hint">{t("sidebar.readOnly")}</p>
      ) : null}
      {context ? (
        <SidebarContext.Provider value={context}>
          {draft ? <NewThreadForm draft={draft} onCancel={cancelDraft} onCreated={created} /> : null}
          <fieldset className="comments-filter">
            <legend>{t("sidebar.filters")}</legend>
            {FILTERS.map((f) => (
              <label key={f}>
                <input type="radio" name="comments-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />{" "}
                {t(`sidebar.filter.${f}`)}
              </label>
            ))}
          </fieldset>
          {visible.length === 0 ? (
            <p className="empty-state">{t("sidebar.empty")}</p>
          ) : (
            <>
              <p className="comments-sidebar__count">{t("sidebar.count", { count: visible.length })}</p>
              <ol className="comments-list" data-testid="comment-threads">
                {visible.map((thread) => (
                  <ThreadCard
                    key={thread.id}
                    thread={thread}
                    active={thread.id === activeId}
                    sectionTitle={fieldTitles?.get(thread.field) ?? null}
                    onChoose={() => choose(thread)}
                  />
                ))}
              </ol>
            </>
          )}
          <p className="comments-sidebar__export">
            {t("sidebar.export")}:{" "}
            <a href={`/api/documents/${documentId}/report.csv`} aria-label={t("sidebar.exportCsvLabel")} download>
              {t("sidebar.exportCsv")}
            </a>{" "}
            ·{" "}
            <a href={`/api/documents/${documentId}/report.docx`} aria-label={t("sidebar.exportDocxLabel")} download>
              {t("sidebar.exportDocx")}
            </a>
          </p>
        </SidebarContext.Provider>
      ) : (
        <p>{t("sidebar.loading")}</p>
      )}
    </section>
  );
}
