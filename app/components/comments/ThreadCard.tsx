import { getFormProps } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/lib/format";
import type { ThreadView } from "~/lib/comments/views";
import { commandSchemas } from "~/lib/comments/validation";
import { CommentItem } from "./CommentItem";
import { ErrorText, useCommentForm, useSidebar } from "./context";
import { DecidePanel } from "./DecidePanel";
import { MentionTextarea } from "./MentionTextarea";

/** One thread: its passage (or "deleted from the document"), state, comments, the reply box and the decision. */
export function ThreadCard({
  thread,
  active,
  sectionTitle,
  onChoose,
}: {
  thread: ThreadView;
  active: boolean;
  sectionTitle: string | null;
  onChoose(): void;
}) {
  const { t } = useTranslation("comments");
  const { viewer, locale } = useSidebar();
  const detached = thread.anchor.status === "detached" && thread.anchorStart !== null;
  const quote = thread.anchor.status === "attached" ? thread.anchor.text : thread.quote;
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
          {viewer.canComment ? <StatusButton thread={thread} /> : null}
        </div>
      </div>
      {thread.justification ? (
        <p className="comment-thread__justification">
          <strong>{t("thread.justification")}:</strong> {thread.justification}
        </p>
      ) : null}
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} />
        ))}
      </ol>
      {viewer.canComment ? <ReplyForm threadId={thread.id} /> : null}
      {viewer.canDecide || thread.answer || thread.decision ? <DecidePanel thread={thread} /> : null}
    </li>
  );
}

function StatusButton({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation("comments");
  const { url, online } = useSidebar();
  const fetcher = useFetcher();
  const intent = thread.status === "open" ? "resolve" : "reopen";
  return (
    <fetcher.Form method="post" action={url}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="threadId" value={thread.id} />
      <button type="submit" className="button button--secondary button--small" disabled={!online || fetcher.state !== "idle"}>
        {intent === "resolve" ? t("thread.resolve") : t("thread.reopen")}
      </button>
    </fetcher.Form>
  );
}

function ReplyForm({ threadId }: { threadId: string }) {
  const { t } = useTranslation("comments");
  const { members, online, viewer } = useSidebar();
  const { fetcher, form, fields, url, busy } = useCommentForm(commandSchemas.reply, `reply-${threadId}`);
  return (
    <fetcher.Form method="post" action={url} className="comments-form comments-form--reply" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="reply" />
      <input type="hidden" name={fields.threadId.name} value={threadId} />
      <ErrorText id={form.errorId} errors={form.errors} />
      <MentionTextarea
        field={fields.body}
        label={t("thread.replyLabel")}
        description={viewer.canDecide ? t("thread.replyDescription") : undefined}
        members={members}
      />
      <button type="submit" className="button button--small" disabled={busy || !online}>
        {t("thread.replySubmit")}
      </button>
    </fetcher.Form>
  );
}
