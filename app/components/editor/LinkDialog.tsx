import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { normaliseLinkHref } from "~/lib/editor/link";

export interface LinkDialogProps {
  /** The link under the caret, if any ("" for a new link). */
  initial: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  /** Closed without a change (Esc, "Anuluj"). */
  onCancel: () => void;
}

/**
 * The toolbar's link form in a modal <dialog> (instead of the browser's prompt()): a labelled field with a
 * hint, an error said in words, Esc and "Anuluj" close it; focus goes back to the text by the caller.
 */
export function LinkDialog({ initial, onApply, onRemove, onCancel }: LinkDialogProps) {
  const { t } = useTranslation("editor");
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  // Close the modal first (the browser then gives focus back to the toolbar button), then let the caller
  // act and focus the text.
  const finish = (then: () => void) => {
    ref.current?.close();
    then();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = normaliseLinkHref(value);
    if (!href) {
      setError(true);
      return;
    }
    finish(() => onApply(href));
  };

  return (
    <dialog
      ref={ref}
      className="link-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="link-dialog"
      onCancel={(event) => {
        event.preventDefault();
        finish(onCancel);
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="link-dialog__title">
          {t("ui.link.title")}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-href`}>{t("ui.link.label")}</label>
          <input
            id={`${id}-href`}
            type="url"
            inputMode="url"
            autoComplete="url"
            autoFocus
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError(false);
            }}
            aria-invalid={error || undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
          <span id={`${id}-hint`} className="hint">
            {t("ui.link.hint")}
          </span>
          {error ? (
            <span id={`${id}-error`} className="field-error" role="alert">
              {t("ui.link.invalid")}
            </span>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t("ui.link.apply")}
          </button>
          {initial ? (
            <button type="button" className="button button--secondary" onClick={() => finish(onRemove)}>
              {t("ui.link.remove")}
            </button>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => finish(onCancel)}>
            {t("ui.link.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
