import { getFormProps, getTextareaProps } from "@conform-to/react";
import { useEffect, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { commandSchemas, MAX_BODY } from "~/lib/comments/validation";
import { ErrorText, SubmitCancel, useCommentForm, useSidebar } from "./context";
import { MentionTextarea } from "./MentionTextarea";

export type Draft = { field: string; anchorStart: string; anchorEnd: string; quote: string };

/** "Comment on the selection": the passage, the remark with @mentions, an optional justification. Esc cancels. */
export function NewThreadForm({ draft, onCancel, onCreated }: { draft: Draft; onCancel(): void; onCreated(threadId: string | null): void }) {
  const { t } = useTranslation("comments");
  const { members, online } = useSidebar();
  const { fetcher, form, fields, url, busy, succeeded, result } = useCommentForm(commandSchemas.create, "new-thread");
  useEffect(() => {
    if (succeeded) onCreated(result?.threadId ?? null);
  }, [succeeded, result, onCreated]);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onCancel();
  };
  return (
    <fetcher.Form method="post" action={url} className="comments-form" {...getFormProps(form)} aria-labelledby="new-thread-title" onKeyDown={onKeyDown}>
      <h3 id="new-thread-title">{t("newThread.title")}</h3>
      <input type="hidden" name="intent" value="create" />
      <input type="hidden" name={fields.field.name} value={draft.field} />
      <input type="hidden" name={fields.anchorStart.name} value={draft.anchorStart} />
      <input type="hidden" name={fields.anchorEnd.name} value={draft.anchorEnd} />
      <input type="hidden" name={fields.quote.name} value={draft.quote} />
      <p className="comments-form__passage">
        {t("newThread.passage")}: <q>{draft.quote}</q>
      </p>
      <ErrorText id={form.errorId} errors={form.errors} />
      <MentionTextarea field={fields.body} label={t("newThread.body")} members={members} autoFocus />
      <div className="field">
        <label htmlFor={fields.justification.id}>{t("newThread.justification")}</label>
        <textarea {...getTextareaProps(fields.justification)} key={fields.justification.key} rows={2} maxLength={MAX_BODY} />
        <ErrorText id={fields.justification.errorId} errors={fields.justification.errors} />
      </div>
      <p className="comments-form__hint">{t("newThread.keys")}</p>
      <SubmitCancel submit={t("newThread.submit")} cancel={t("newThread.cancel")} onCancel={onCancel} disabled={busy || !online} />
    </fetcher.Form>
  );
}
