import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Errors are translation keys ("auth:validation.x") from the shared schemas, or sentences already translated. */
export function useErrorText() {
  const { t } = useTranslation();
  return (message: string) => (/^[a-z]+:[\w.]+$/.test(message) ? t(message) : message);
}

export function FormErrors({ id, errors }: { id?: string; errors?: string[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <div id={id} className="form-error" role="alert">
      {errors.map((e) => (
        <p key={e} style={{ margin: 0 }}>
          {text(e)}
        </p>
      ))}
    </div>
  );
}

/** The ids a control's aria-describedby names: its hint (when it has one) and its errors (when there are any). */
export const describedBy = (field: FieldMetadata<unknown>, hint = false) =>
  [hint ? `${field.id}-hint` : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;

/** A field's errors, named by its control's aria-describedby. */
export function FieldErrors({ field }: { field: FieldMetadata<unknown> }) {
  const text = useErrorText();
  return field.errors?.length ? (
    <p id={field.errorId} className="field-error" style={{ margin: 0 }}>
      {field.errors.map(text).join(" ")}
    </p>
  ) : null;
}

/** A Conform field's frame: label, optional hint, the control, its errors. */
export function Field({ field, label, hint, children }: { field: FieldMetadata<unknown>; label: ReactNode; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p id={`${field.id}-hint`} className="field-hint" style={{ margin: 0 }}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors field={field} />
    </div>
  );
}

export function TextField({
  field,
  label,
  type = "text",
  autoComplete,
  hint,
}: {
  field: FieldMetadata<string | undefined>;
  label: ReactNode;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  hint?: ReactNode;
}) {
  const props = getInputProps(field, { type });
  return (
    <Field field={field} label={label} hint={hint}>
      <input {...props} key={props.key} autoComplete={autoComplete} aria-describedby={describedBy(field, !!hint)} />
    </Field>
  );
}

export function TextAreaField({ field, label, rows = 4 }: { field: FieldMetadata<string | undefined>; label: ReactNode; rows?: number }) {
  const props = getTextareaProps(field);
  return (
    <Field field={field} label={label}>
      <textarea {...props} key={props.key} rows={rows} aria-describedby={describedBy(field)} />
    </Field>
  );
}

/**
 * Conform's reset sets a select to "no option" (blank) instead of its first one. Call after `useForm` (its
 * effects run first) with the form's id and last result: a reset form's selects show "— choose —" again.
 */
export function useSelectsShowPlaceholder(formId: string, lastResult: unknown) {
  useEffect(() => {
    const fix = () =>
      document
        .getElementById(formId)
        ?.querySelectorAll("select")
        .forEach((select) => {
          if (select.selectedIndex === -1) select.selectedIndex = 0;
        });
    fix();
    // Conform touches the fields once more after React's effects; look again when it is done.
    const timer = window.setTimeout(fix, 50);
    return () => window.clearTimeout(timer);
  }, [formId, lastResult]);
}

/** A select whose first option is the empty "— choose —" one (shown again when the form is reset). */
export function SelectField({
  field,
  label,
  placeholder,
  options,
}: {
  field: FieldMetadata<string | undefined>;
  label: ReactNode;
  placeholder: string;
  options: readonly { value: string; label: string }[];
}) {
  const props = getSelectProps(field);
  return (
    <Field field={field} label={label}>
      <select {...props} key={props.key} aria-describedby={describedBy(field)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A new password and its repetition, with the shared strength hint (sign-up, reset, account). */
export function NewPasswordFields({
  password,
  confirm,
  passwordLabel,
  confirmLabel,
}: {
  password: FieldMetadata<string | undefined>;
  confirm: FieldMetadata<string | undefined>;
  passwordLabel: string;
  confirmLabel: string;
}) {
  const { t } = useTranslation("auth");
  return (
    <>
      <TextField field={password} label={passwordLabel} type="password" autoComplete="new-password" hint={t("passwordHint")} />
      <TextField field={confirm} label={confirmLabel} type="password" autoComplete="new-password" />
    </>
  );
}

/** A form's main button, disabled while the form is being sent. */
export function SubmitButton({ children, busy, variant }: { children: ReactNode; busy?: boolean; variant?: "secondary" | "danger" }) {
  return (
    <p className="actions">
      <button type="submit" className={variant ? `button button--${variant}` : "button"} disabled={busy}>
        {children}
      </button>
    </p>
  );
}
