import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useErrorText } from "~/components/form-fields";

/* Field controls of the project forms: label, hint and the field's own errors wired with ARIA. */

// Nested list rows give fields of loosely typed metadata; every control renders strings.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyField = FieldMetadata<any, any, any>;

function describedBy(field: AnyField, hint?: ReactNode) {
  return [hint ? `${field.id}-hint` : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;
}

function Errors({ field }: { field: AnyField }) {
  const text = useErrorText();
  if (!field.errors?.length) return null;
  return (
    <p id={field.errorId} className="field-error" style={{ margin: 0 }}>
      {field.errors.map(text).join(" ")}
    </p>
  );
}

function Hint({ field, hint }: { field: AnyField; hint?: ReactNode }) {
  return hint ? (
    <p id={`${field.id}-hint`} className="field-hint" style={{ margin: 0 }}>
      {hint}
    </p>
  ) : null;
}

export function Input({
  field,
  label,
  hint,
  inputMode,
  size,
}: {
  field: AnyField;
  label: ReactNode;
  hint?: ReactNode;
  inputMode?: "decimal" | "numeric";
  size?: number;
}) {
  const props = getInputProps(field, { type: "text" });
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <Hint field={field} hint={hint} />
      <input {...props} key={props.key} inputMode={inputMode} size={size} aria-describedby={describedBy(field, hint)} />
      <Errors field={field} />
    </div>
  );
}

export function TextArea({ field, label, hint }: { field: AnyField; label: ReactNode; hint?: ReactNode }) {
  const props = getTextareaProps(field);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <Hint field={field} hint={hint} />
      <textarea {...props} key={props.key} rows={3} aria-describedby={describedBy(field, hint)} />
      <Errors field={field} />
    </div>
  );
}

export function Select({
  field,
  label,
  options,
  placeholder,
  hint,
}: {
  field: AnyField;
  label: ReactNode;
  options: readonly (readonly [string, string])[];
  placeholder?: string;
  hint?: ReactNode;
}) {
  const props = getSelectProps(field);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <Hint field={field} hint={hint} />
      <select {...props} key={props.key} aria-describedby={describedBy(field, hint)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Errors field={field} />
    </div>
  );
}

export function Checkbox({ field, label }: { field: AnyField; label: ReactNode }) {
  const props = getInputProps(field, { type: "checkbox" });
  return (
    <div className="field field--checkbox">
      <input {...props} key={props.key} aria-describedby={describedBy(field)} />
      <label htmlFor={field.id}>{label}</label>
      <Errors field={field} />
    </div>
  );
}

export { Errors as FieldErrors };
