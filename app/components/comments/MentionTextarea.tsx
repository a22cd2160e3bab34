import { useInputControl, type FieldMetadata } from "@conform-to/react";
import { useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { mentionQuery } from "~/lib/comments/mentions";
import type { MemberOption } from "~/lib/comments/views";
import { MAX_BODY } from "~/lib/comments/validation";
import { ErrorText } from "./context";

/**
 * A comment body with @mention suggestions. Keyboard: ↓ moves into the suggestions, ↑/↓ between them, Enter
 * picks one (the caret comes back after the name), Esc goes back to the text. Ctrl+Enter sends the form.
 */
export function MentionTextarea({
  field,
  label,
  description,
  members,
  autoFocus,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  /** What this box is for (e.g. which of two reply boxes), read out with the label. */
  description?: string;
  members: MemberOption[];
  autoFocus?: boolean;
}) {
  const { t } = useTranslation("comments");
  const control = useInputControl(field);
  const value = typeof control.value === "string" ? control.value : "";
  const ref = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [caret, setCaret] = useState(0);
  const query = mentionQuery(value.slice(0, caret));
  const suggestions =
    query === null
      ? []
      : members
          .filter((m) => m.name.toLocaleLowerCase("pl").startsWith(query.toLocaleLowerCase("pl")) || (m.email !== "" && m.email.startsWith(query.toLowerCase())))
          .slice(0, 5);
  const insert = (member: MemberOption) => {
    const before = value.slice(0, caret).replace(/@[^@]*$/, `@${member.name} `);
    // Render the new text at once and put the caret after the name in the same event, so keys typed right
    // after the pick land in the text (a deferred focus lost them while the picked button disappeared).
    flushSync(() => {
      control.change(before + value.slice(caret));
      setCaret(before.length);
    });
    ref.current?.focus();
    ref.current?.setSelectionRange(before.length, before.length);
  };
  const option = (index: number) => listRef.current?.querySelectorAll<HTMLButtonElement>("button")[index];
  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "ArrowDown" && suggestions.length > 0 && !event.altKey && !event.ctrlKey) {
      event.preventDefault();
      option(0)?.focus();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  const onOptionKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = index + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) ref.current?.focus();
      else option(Math.min(next, suggestions.length - 1))?.focus();
    } else if (event.key === "Escape") {
      // Back to the text, not out of the form.
      event.preventDefault();
      event.stopPropagation();
      ref.current?.focus();
    }
  };
  const hintId = `${field.id}-hint`;
  const descriptionId = `${field.id}-description`;
  const describedBy = [description ? descriptionId : null, hintId, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {description ? (
        <p id={descriptionId} className="comments-form__hint">
          {description}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={field.id}
        name={field.name}
        rows={3}
        value={value}
        maxLength={MAX_BODY}
        aria-describedby={describedBy}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-autocomplete="list"
        aria-controls={suggestions.length > 0 ? `${field.id}-mentions` : undefined}
        autoFocus={autoFocus}
        onChange={(e) => {
          control.change(e.target.value);
          setCaret(e.target.selectionStart);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onBlur={control.blur}
        onKeyDown={onTextKey}
      />
      <p id={hintId} className="comments-form__hint">
        {t("thread.mentionHint")}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {suggestions.length > 0 ? t("thread.mentionCount", { count: suggestions.length }) : ""}
      </p>
      {suggestions.length > 0 ? (
        <ul ref={listRef} id={`${field.id}-mentions`} className="mention-suggestions" aria-label={t("thread.mentionSuggestions")}>
          {suggestions.map((m, index) => (
            <li key={m.id}>
              <button type="button" className="link-button" onClick={() => insert(m)} onKeyDown={(e) => onOptionKey(e, index)}>
                @{m.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorText id={field.errorId} errors={field.errors} />
    </div>
  );
}
