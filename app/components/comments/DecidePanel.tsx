import { getFormProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import type { ThreadView } from "~/lib/comments/views";
import { commandSchemas, DECISIONS, MAX_ANSWER } from "~/lib/comments/validation";
import { ErrorText, useCommentForm, useSidebar } from "./context";

/**
 * The coordinator's official answer and decision for the consultation report — not a reply in the discussion;
 * both say so, so the two boxes under a thread are not confused. Others see what was decided.
 */
export function DecidePanel({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation("comments");
  const { viewer } = useSidebar();
  if (!viewer.canDecide) {
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
  return <DecideForm thread={thread} />;
}

function DecideForm({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation("comments");
  const { online } = useSidebar();
  const { fetcher, form, fields, url, busy } = useCommentForm(commandSchemas.decide, `decide-${thread.id}`, {
    threadId: thread.id,
    answer: thread.answer ?? "",
    decision: thread.decision ?? "",
  });
  const descriptionId = `${fields.answer.id}-description`;
  return (
    <details className="comment-thread__decision">
      <summary>
        {t("thread.decideTitle")}: {thread.decision ? t(`decision.${thread.decision}`) : t("decision.none")}
      </summary>
      <fetcher.Form method="post" action={url} className="comments-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="decide" />
        <input type="hidden" name={fields.threadId.name} value={thread.id} />
        <ErrorText id={form.errorId} errors={form.errors} />
        <div className="field">
          <label htmlFor={fields.answer.id}>{t("thread.answer")}</label>
          <p id={descriptionId} className="comments-form__hint">
            {t("thread.answerDescription")}
          </p>
          <textarea {...getTextareaProps(fields.answer)} key={fields.answer.key} rows={3} maxLength={MAX_ANSWER} aria-describedby={descriptionId} />
          <ErrorText id={fields.answer.errorId} errors={fields.answer.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.decision.id}>{t("thread.decision")}</label>
          <select {...getSelectProps(fields.decision)} key={fields.decision.key}>
            <option value="">{t("decision.none")}</option>
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`decision.${d}`)}
              </option>
            ))}
          </select>
          <ErrorText id={fields.decision.errorId} errors={fields.decision.errors} />
        </div>
        <button type="submit" className="button button--small" disabled={busy || !online}>
          {t("thread.decide")}
        </button>
      </fetcher.Form>
    </details>
  );
}
