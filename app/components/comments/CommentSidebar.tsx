/**
 * The comment trail beside a co-edited document: threads in document order with filters, "comment on the
 * selection", replies with @mentions, resolve/reopen, edit/delete of one's own comments, and the
 * coordinator's answer and decision. Live: refetches when the collaboration websocket announces a change.
 * Every user string is rendered as React text (never as HTML).
 */
import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { WebsocketProvider } from "y-websocket";
import type { Locale } from "~/i18n";
import type { ThreadView } from "~/lib/comments/comments.server";
import { mentionQuery } from "~/lib/comments/mentions";
import { DECISIONS, MAX_BODY } from "~/lib/comments/validation";
import { formatDateTime } from "~/lib/format";
import { anchorRange, selectionAnchor, setHighlightThreads } from "./highlight";
import { subscribe } from "~/lib/collab/client";

interface MemberOption {
  id: string;
  name: string;
  email: string;
}

interface TrailData {
  threads: ThreadView[];
  members: MemberOption[];
  viewer: { id: string; canComment: boolean; canDecide: boolean };
}

type Filter = "all" | "open" | "resolved" | "mine" | "mentions";
const FILTERS: Filter[] = ["all", "open", "resolved", "mine", "mentions"];

export interface CommentSidebarProps {
  documentId: string;
  /** One editor per field (strategy section), as the document page builds them. */
  editors: ReadonlyMap<string, Editor>;
  /** The collaboration connection, for live updates (message type 101). */
  provider: WebsocketProvider | null;
  /** Section titles by field key, for labelling threads. */
  fieldTitles?: ReadonlyMap<string, string | null>;
}

type Draft = { field: string; anchorStart: string; anchorEnd: string; quote: string };

export function CommentSidebar({ documentId, editors, provider, fieldTitles }: CommentSidebarProps) {
  const { t, i18n } = useTranslation("comments");
  const locale = (i18n.language === "en" ? "en" : "pl") as Locale;
  const [data, setData] = useState<TrailData | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [status, setStatus] = useState("");
  const [filter, setFilter] = useState<Filter>("all");
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selectionField, setSelectionField] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const api = `/api/documents/${documentId}/threads`;
  const urlThreadHandled = useRef(false);
  /** Where each anchored thread is in the live editors now (null: its text was deleted — detached). */
  const [livePositions, setLivePositions] = useState<LivePositions | null>(null);

  const load = useCallback(async () => {
    try {
      const res = await fetch(api, { headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      setData((await res.json()) as TrailData);
      setLoadError(false);
    } catch {
      setLoadError(true);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  // Live: others' new threads, replies and resolutions arrive as events on the collaboration socket.
  useEffect(() => {
    if (!provider) return;
    const off = subscribe("comments.changed", (event) => {
      if (event.documentId === documentId) void load();
    });
    // Events missed while disconnected: catch up on every reconnect.
    const onStatus = ({ status }: { status: string }) => {
      if (status === "connected") void load();
    };
    provider.on("status", onStatus);
    return () => {
      off();
      provider.off("status", onStatus);
    };
  }, [provider, load, documentId]);

  // Highlights: each section's editor gets its threads.
  useEffect(() => {
    for (const [field, editor] of editors) {
      setHighlightThreads(editor, (data?.threads ?? []).filter((th) => th.field === field), activeId);
    }
  }, [editors, data, activeId]);

  // Anchors follow concurrent edits: recompute where each thread is (and whether it is detached) as the
  // text changes, local or remote, so the sidebar order and the "detached" notice are live too.
  useEffect(() => {
    const threads = data?.threads ?? [];
    if (editors.size === 0 || threads.length === 0) {
      setLivePositions(null);
      return;
    }
    let frame: number | null = null;
    const recompute = () => {
      frame = null;
      const next: LivePositions = new Map();
      for (const thread of threads) {
        const editor = editors.get(thread.field);
        if (!editor || editor.isDestroyed || !thread.anchorStart) continue;
        const range = anchorRange(editor.state, thread);
        next.set(thread.id, range ? { from: range.from, text: editor.state.doc.textBetween(range.from, range.to, "\n") } : null);
      }
      setLivePositions(next);
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(recompute);
    };
    recompute();
    for (const editor of editors.values()) editor.on("update", schedule);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      for (const editor of editors.values()) editor.off("update", schedule);
    };
  }, [editors, data]);

  // "Comment on selection" follows the last editor with a non-empty selection.
  useEffect(() => {
    const offs: (() => void)[] = [];
    for (const [field, editor] of editors) {
      const onSelection = () => setSelectionField(editor.state.selection.empty ? null : field);
      editor.on("selectionUpdate", onSelection);
      offs.push(() => editor.off("selectionUpdate", onSelection));
    }
    return () => offs.forEach((off) => off());
  }, [editors]);

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

  const choose = useCallback(
    (thread: ThreadView, scroll = true) => {
      setActiveId(thread.id);
      if (scroll) showInText(thread);
      void fetch(api, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ intent: "read", threadId: thread.id }),
      }).catch(() => {});
    },
    [api, showInText],
  );

  // Clicking a highlighted passage chooses its thread.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = (event.target as Element | null)?.closest?.(".comment-highlight[data-thread-id]");
      const id = target?.getAttribute("data-thread-id");
      const thread = id ? data?.threads.find((th) => th.id === id) : undefined;
      if (!thread) return;
      // No scrolling here: a double or triple click to select text must not have the page move under it.
      choose(thread, false);
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

  /** POSTs a change; returns an error message or null. */
  const send = useCallback(
    async (payload: Record<string, unknown>): Promise<string | null> => {
      setStatus(t("thread.saving"));
      try {
        const res = await fetch(api, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(payload),
        });
        const json = (await res.json().catch(() => ({}))) as { error?: string };
        if (!res.ok) {
          setStatus(json.error ?? t("errors.network"));
          return json.error ?? t("errors.network");
        }
        setStatus("");
        await load();
        return null;
      } catch {
        setStatus(t("errors.network"));
        return t("errors.network");
      }
    },
    [api, load, t],
  );

  const startDraft = () => {
    const field = selectionField;
    const editor = field ? editors.get(field) : undefined;
    const anchor = editor ? selectionAnchor(editor) : null;
    if (!field || !anchor) return;
    setDraft({ field, ...anchor });
  };

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

  return (
    <section className="comments-sidebar" aria-labelledby="comments-title" data-testid="comments-sidebar">
      <h2 id="comments-title" className="comments-sidebar__title">
        {t("sidebar.title")}
      </h2>
      <p role="status" aria-live="polite" className="comments-sidebar__status">
        {status}
      </p>
      {data?.viewer.canComment ? (
        <div className="comments-sidebar__new">
          <button type="button" className="button" onClick={startDraft} disabled={!selectionField || draft !== null}>
            {t("newThread.action")}
          </button>
          {!selectionField && !draft ? <p className="comments-sidebar__hint">{t("newThread.hint")}</p> : null}
        </div>
      ) : data ? (
        <p className="comments-sidebar__hint">{t("sidebar.readOnly")}</p>
      ) : null}
      {draft ? (
        <NewThreadForm
          draft={draft}
          members={data?.members ?? []}
          onCancel={() => setDraft(null)}
          onSubmit={async (body, justification) => {
            const error = await send({ intent: "create", ...draft, body, justification });
            if (!error) setDraft(null);
            return error;
          }}
        />
      ) : null}
      <fieldset className="comments-filter">
        <legend>{t("sidebar.filters")}</legend>
        {FILTERS.map((f) => (
          <label key={f}>
            <input type="radio" name="comments-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />{" "}
            {t(`sidebar.filter.${f}`)}
          </label>
        ))}
      </fieldset>
      {loadError ? (
        <div className="form-error" role="alert">
          {t("sidebar.loadError")}{" "}
          <button type="button" className="button button--secondary" onClick={() => void load()}>
            {t("sidebar.retry")}
          </button>
        </div>
      ) : !data ? (
        <p>{t("sidebar.loading")}</p>
      ) : visible.length === 0 ? (
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
                data={data}
                locale={locale}
                sectionTitle={fieldTitles?.get(thread.field) ?? null}
                onChoose={() => choose(thread)}
                send={send}
              />
            ))}
          </ol>
        </>
      )}
      {data ? (
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
      ) : null}
    </section>
  );
}

/** The threads with their anchor state as the live editors see it, in document order. */
type LivePositions = Map<string, { from: number; text: string } | null>;

function withLivePositions(threads: ThreadView[], live: LivePositions | null): ThreadView[] {
  if (!live) return threads;
  const updated = threads.map((thread) => {
    if (!live.has(thread.id)) return thread;
    const found = live.get(thread.id);
    if (!found) return { ...thread, anchor: { status: "detached" as const } };
    return { ...thread, anchor: { status: "attached" as const, text: found.text, from: found.from, to: found.from + found.text.length } };
  });
  const position = (t: ThreadView) => (t.anchor.status === "attached" ? t.anchor.from : Number.MAX_SAFE_INTEGER);
  return updated.sort((a, b) => a.fieldIndex - b.fieldIndex || position(a) - position(b) || a.createdAt.localeCompare(b.createdAt));
}

function NewThreadForm({
  draft,
  members,
  onCancel,
  onSubmit,
}: {
  draft: Draft;
  members: MemberOption[];
  onCancel(): void;
  onSubmit(body: string, justification: string): Promise<string | null>;
}) {
  const { t } = useTranslation("comments");
  const [body, setBody] = useState("");
  const [justification, setJustification] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") return setError(t("errors.bodyRequired"));
    setBusy(true);
    setError(await onSubmit(body, justification));
    setBusy(false);
  };
  return (
    <form className="comments-form comments-form--new" onSubmit={submit} aria-labelledby="new-thread-title" noValidate>
      <h3 id="new-thread-title">{t("newThread.title")}</h3>
      <p className="comments-form__passage">
        {t("newThread.passage")}: <q>{draft.quote}</q>
      </p>
      <MentionTextarea id="new-thread-body" label={t("newThread.body")} value={body} onChange={setBody} members={members} autoFocus />
      <div className="field">
        <label htmlFor="new-thread-justification">{t("newThread.justification")}</label>
        <textarea id="new-thread-justification" rows={2} value={justification} maxLength={MAX_BODY} onChange={(e) => setJustification(e.target.value)} />
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t("newThread.submit")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("newThread.cancel")}
        </button>
      </div>
    </form>
  );
}

function MentionTextarea({
  id,
  label,
  value,
  onChange,
  members,
  autoFocus,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  members: MemberOption[];
  autoFocus?: boolean;
}) {
  const { t } = useTranslation("comments");
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const query = mentionQuery(value.slice(0, caret));
  const suggestions =
    query === null
      ? []
      : members
          .filter((m) => m.name.toLocaleLowerCase("pl").startsWith(query.toLocaleLowerCase("pl")) || m.email.startsWith(query.toLowerCase()))
          .slice(0, 5);
  const insert = (member: MemberOption) => {
    const before = value.slice(0, caret).replace(/@[^@]*$/, `@${member.name} `);
    const next = before + value.slice(caret);
    onChange(next);
    setCaret(before.length);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(before.length, before.length);
    });
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        rows={3}
        value={value}
        maxLength={MAX_BODY}
        aria-describedby={`${id}-hint`}
        autoFocus={autoFocus}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
      />
      <p id={`${id}-hint`} className="comments-form__hint">
        {t("thread.mentionHint")}
      </p>
      {suggestions.length > 0 ? (
        <ul className="mention-suggestions" aria-label={t("thread.mentionSuggestions")}>
          {suggestions.map((m) => (
            <li key={m.id}>
              <button type="button" className="link-button" onClick={() => insert(m)}>
                @{m.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ThreadCard({
  thread,
  active,
  data,
  locale,
  sectionTitle,
  onChoose,
  send,
}: {
  thread: ThreadView;
  active: boolean;
  data: TrailData;
  locale: Locale;
  sectionTitle: string | null;
  onChoose(): void;
  send(payload: Record<string, unknown>): Promise<string | null>;
}) {
  const { t } = useTranslation("comments");
  const [replyBody, setReplyBody] = useState("");
  const [replyError, setReplyError] = useState<string | null>(null);
  const detached = thread.anchor.status === "detached" && thread.anchorStart !== null;
  const quote = thread.anchor.status === "attached" ? thread.anchor.text : thread.quote;
  const canComment = data.viewer.canComment;
  const submitReply = async (event: FormEvent) => {
    event.preventDefault();
    if (replyBody.trim() === "") return setReplyError(t("errors.bodyRequired"));
    const error = await send({ intent: "reply", threadId: thread.id, body: replyBody });
    setReplyError(error);
    if (!error) setReplyBody("");
  };
  return (
    <li
      id={`watek-${thread.id}`}
      tabIndex={-1}
      className={`comment-thread comment-thread--${thread.status}${active ? " comment-thread--active" : ""}${detached ? " comment-thread--detached" : ""}`}
      data-thread-id={thread.id}
      data-status={thread.status}
      aria-label={t("thread.label", { quote: quote || t("thread.noPassage") })}
    >
      <div className="comment-thread__head">
        {sectionTitle ? <p className="comment-thread__section">{sectionTitle}</p> : null}
        {thread.anchorStart ? (
          <blockquote className="comment-thread__quote">
            <span className="visually-hidden">{t("thread.quote")}: </span>
            {quote}
          </blockquote>
        ) : (
          <p className="comment-thread__section">{t("thread.noPassage")}</p>
        )}
        {detached ? (
          <p className="comment-thread__detached" data-testid="thread-detached">
            <strong>{t("thread.detached")}</strong> — {t("thread.detachedHint")}
          </p>
        ) : null}
        <p className="comment-thread__state">
          <span className={`badge badge--${thread.status}`} data-testid="thread-status">
            {t(`status.${thread.status}`)}
          </span>
          {thread.status === "resolved" && thread.resolvedBy && thread.resolvedAt
            ? ` ${t("thread.resolvedBy", { name: thread.resolvedBy.name, date: formatDateTime(thread.resolvedAt, locale) })}`
            : null}
        </p>
        <div className="actions">
          {!detached && thread.anchorStart ? (
            <button type="button" className="button button--secondary button--small" onClick={onChoose}>
              {t("thread.show")}
            </button>
          ) : null}
          {canComment ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void send({ intent: thread.status === "open" ? "resolve" : "reopen", threadId: thread.id })}
            >
              {thread.status === "open" ? t("thread.resolve") : t("thread.reopen")}
            </button>
          ) : null}
        </div>
      </div>
      {thread.justification ? (
        <p className="comment-thread__justification">
          <strong>{t("thread.justification")}:</strong> {thread.justification}
        </p>
      ) : null}
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} locale={locale} send={send} canComment={canComment} />
        ))}
      </ol>
      {canComment ? (
        <form className="comments-form comments-form--reply" onSubmit={submitReply} noValidate>
          <MentionTextarea id={`reply-${thread.id}`} label={t("thread.replyLabel")} value={replyBody} onChange={setReplyBody} members={data.members} />
          {replyError ? (
            <p className="field-error" role="alert">
              {replyError}
            </p>
          ) : null}
          <button type="submit" className="button button--small">
            {t("thread.replySubmit")}
          </button>
        </form>
      ) : null}
      {data.viewer.canDecide || thread.answer || thread.decision ? <DecidePanel thread={thread} canDecide={data.viewer.canDecide} send={send} /> : null}
    </li>
  );
}

function CommentItem({
  comment,
  locale,
  send,
  canComment,
}: {
  comment: ThreadView["comments"][number];
  locale: Locale;
  send(payload: Record<string, unknown>): Promise<string | null>;
  canComment: boolean;
}) {
  const { t } = useTranslation("comments");
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [body, setBody] = useState(comment.body ?? "");
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") return setError(t("errors.bodyRequired"));
    const result = await send({ intent: "edit", commentId: comment.id, body });
    setError(result);
    if (!result) setEditing(false);
  };
  return (
    <li className={`comment${comment.deleted ? " comment--deleted" : ""}`} data-comment-id={comment.id}>
      <p className="comment__meta">
        <strong>{comment.author?.name ?? "—"}</strong> · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, locale)}</time>
        {comment.edited && !comment.deleted ? ` ${t("thread.edited")}` : null}
      </p>
      {comment.deleted ? (
        <p className="comment__body comment__body--deleted">{t("deletedComment")}</p>
      ) : editing ? (
        <form onSubmit={save} className="comments-form" noValidate>
          <div className="field">
            <label htmlFor={`edit-${comment.id}`}>{t("thread.editLabel")}</label>
            <textarea id={`edit-${comment.id}`} rows={3} value={body} maxLength={MAX_BODY} onChange={(e) => setBody(e.target.value)} />
          </div>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--small">
              {t("thread.save")}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setEditing(false)}>
              {t("thread.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment__body" data-testid="comment-body">
          {comment.body}
        </p>
      )}
      {comment.mine && !comment.deleted && !editing && canComment ? (
        <div className="actions">
          <button
            type="button"
            className="link-button comment__action"
            onClick={() => {
              setBody(comment.body ?? "");
              setEditing(true);
            }}
          >
            {t("thread.edit")}
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                className="button button--danger button--small"
                aria-label={t("thread.confirmDeleteLabel")}
                onClick={() => void send({ intent: "delete", commentId: comment.id })}
              >
                {t("thread.confirmDelete")}
              </button>
              <button type="button" className="link-button comment__action" onClick={() => setConfirming(false)}>
                {t("thread.cancel")}
              </button>
            </>
          ) : (
            <button type="button" className="link-button comment__action" onClick={() => setConfirming(true)}>
              {t("thread.delete")}
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}

function DecidePanel({
  thread,
  canDecide,
  send,
}: {
  thread: ThreadView;
  canDecide: boolean;
  send(payload: Record<string, unknown>): Promise<string | null>;
}) {
  const { t } = useTranslation("comments");
  const [answer, setAnswer] = useState(thread.answer ?? "");
  const [decision, setDecision] = useState<string>(thread.decision ?? "");
  const [error, setError] = useState<string | null>(null);
  if (!canDecide) {
    return (
      <div className="comment-thread__decision">
        <p>
          <strong>{t("thread.decision")}:</strong> {thread.decision ? t(`decision.${thread.decision}`) : t("decision.none")}
        </p>
        {thread.answer ? (
          <p>
            <strong>{t("thread.answer")}:</strong> {thread.answer}
          </p>
        ) : null}
      </div>
    );
  }
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(await send({ intent: "decide", threadId: thread.id, answer, decision }));
  };
  return (
    <details className="comment-thread__decision">
      <summary>
        {t("thread.decideTitle")}: {thread.decision ? t(`decision.${thread.decision}`) : t("decision.none")}
      </summary>
      <form onSubmit={save} className="comments-form" noValidate>
        <div className="field">
          <label htmlFor={`answer-${thread.id}`}>{t("thread.answer")}</label>
          <textarea id={`answer-${thread.id}`} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`decision-${thread.id}`}>{t("thread.decision")}</label>
          <select id={`decision-${thread.id}`} value={decision} onChange={(e) => setDecision(e.target.value)}>
            <option value="">{t("decision.none")}</option>
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`decision.${d}`)}
              </option>
            ))}
          </select>
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--small">
          {t("thread.decide")}
        </button>
      </form>
    </details>
  );
}
