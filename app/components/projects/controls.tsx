import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { describedBy as describedByIds, Field, FieldErrors } from "~/components/form-fields";

/* Field controls of the project forms: label, hint and the field's own errors wired with ARIA. */

// Nested list rows give fields of loosely typed metadata; every control renders strings.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyField = FieldMetadata<any, any, any>;

const describedBy = (field: AnyField, hint?: ReactNode) => describedByIds(field, !!hint);

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
    <Field field={field} label={label} hint={hint}>
      <input {...props} key={props.key} inputMode={inputMode} size={size} aria-describedby={describedBy(field, hint)} />
    </Field>
  );
}

export function TextArea({ field, label, hint }: { field: AnyField; label: ReactNode; hint?: ReactNode }) {
  const props = getTextareaProps(field);
  return (
    <Field field={field} label={label} hint={hint}>
      <textarea {...props} key={props.key} rows={3} aria-describedby={describedBy(field, hint)} />
    </Field>
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
    <Field field={field} label={label} hint={hint}>
      <select {...props} key={props.key} aria-describedby={describedBy(field, hint)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Checkbox({ field, label }: { field: AnyField; label: ReactNode }) {
  const props = getInputProps(field, { type: "checkbox" });
  return (
    <div className="field field--checkbox">
      <input {...props} key={props.key} aria-describedby={describedBy(field)} />
      <label htmlFor={field.id}>{label}</label>
      <FieldErrors field={field} />
    </div>
  );
}

export { FieldErrors };
