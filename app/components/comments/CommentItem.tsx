import { getFormProps, getTextareaProps } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/lib/format";
import type { CommentView } from "~/lib/comments/views";
import { commandSchemas, MAX_BODY } from "~/lib/comments/validation";
import { ErrorText, SubmitCancel, useCommentForm, useSidebar } from "./context";

/** One comment of a thread: author, time, body (or "deleted"); its author may edit it or delete it (confirmed). */
export function CommentItem({ comment }: { comment: CommentView }) {
  const { t } = useTranslation("comments");
  const { locale, viewer } = useSidebar();
  const [editing, setEditing] = useState(false);
  return (
    <li className={`comment${comment.deleted ? " comment--deleted" : ""}`} data-comment-id={comment.id}>
      <p className="comment__meta">
        <strong>{comment.author?.name ?? "—"}</strong> · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, locale)}</time>
        {comment.edited && !comment.deleted ? ` ${t("thread.edited")}` : null}
      </p>
      {comment.deleted ? (
        <p className="comment__body comment__body--deleted">{t("deletedComment")}</p>
      ) : editing ? (
        <EditForm comment={comment} onDone={() => setEditing(false)} />
      ) : (
        <p className="comment__body" data-testid="comment-body">
          {comment.body}
        </p>
      )}
      {comment.mine && !comment.deleted && !editing && viewer.canComment ? (
        <OwnActions commentId={comment.id} onEdit={() => setEditing(true)} />
      ) : null}
    </li>
  );
}

function EditForm({ comment, onDone }: { comment: CommentView; onDone(): void }) {
  const { t } = useTranslation("comments");
  const { online } = useSidebar();
  const { fetcher, form, fields, url, busy, succeeded } = useCommentForm(commandSchemas.edit, `edit-${comment.id}`, {
    commentId: comment.id,
    body: comment.body ?? "",
  });
  useEffect(() => {
    if (succeeded) onDone();
  }, [succeeded, onDone]);
  return (
    <fetcher.Form method="post" action={url} className="comments-form" {...getFormProps(form)} onKeyDown={(e) => (e.key === "Escape" ? onDone() : undefined)}>
      <input type="hidden" name="intent" value="edit" />
      <input type="hidden" name={fields.commentId.name} value={comment.id} />
      <ErrorText id={form.errorId} errors={form.errors} />
      <div className="field">
        <label htmlFor={fields.body.id}>{t("thread.editLabel")}</label>
        <textarea {...getTextareaProps(fields.body)} key={fields.body.key} rows={3} maxLength={MAX_BODY} />
        <ErrorText id={fields.body.errorId} errors={fields.body.errors} />
      </div>
      <SubmitCancel submit={t("thread.save")} cancel={t("thread.cancel")} onCancel={onDone} disabled={busy || !online} small />
    </fetcher.Form>
  );
}

function OwnActions({ commentId, onEdit }: { commentId: string; onEdit(): void }) {
  const { t } = useTranslation("comments");
  const { url, online } = useSidebar();
  const fetcher = useFetcher();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="actions">
      <button type="button" className="link-button comment__action" onClick={onEdit}>
        {t("thread.edit")}
      </button>
      {confirming ? (
        <fetcher.Form method="post" action={url} className="actions">
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="commentId" value={commentId} />
          <button type="submit" className="button button--danger button--small" aria-label={t("thread.confirmDeleteLabel")} disabled={!online}>
            {t("thread.confirmDelete")}
          </button>
          <button type="button" className="link-button comment__action" onClick={() => setConfirming(false)}>
            {t("thread.cancel")}
          </button>
        </fetcher.Form>
      ) : (
        <button type="button" className="link-button comment__action" onClick={() => setConfirming(true)}>
          {t("thread.delete")}
        </button>
      )}
    </div>
  );
}
