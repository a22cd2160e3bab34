import { getInputProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
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
  const text = useErrorText();
  const hintId = `${field.id}-hint`;
  const props = getInputProps(field, { type });
  const describedBy = [hint ? hintId : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint" style={{ margin: 0 }}>
          {hint}
        </p>
      ) : null}
      <input {...props} key={props.key} autoComplete={autoComplete} aria-describedby={describedBy || undefined} />
      {field.errors?.length ? (
        <p id={field.errorId} className="field-error" style={{ margin: 0 }}>
          {field.errors.map(text).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
