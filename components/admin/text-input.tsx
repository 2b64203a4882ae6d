import type { InputHTMLAttributes } from "react";
import { describedBy, FormField, inputClass } from "./form-field";

type Props = {
  name: string;
  label: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  maxLength?: number;
  required?: boolean;
  multiline?: boolean;
  type?: InputHTMLAttributes<HTMLInputElement>["type"];
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
  autoComplete?: string;
};

/** One labelled text input or textarea whose hint and error are tied to it for screen readers. */
export function TextInput({ name, label, defaultValue, error, hint, maxLength, required, multiline, type = "text", inputMode, autoComplete }: Props) {
  const aria = describedBy(name, { hint, error });
  return (
    <FormField id={name} label={label} error={error} hint={hint}>
      {multiline ? (
        <textarea
          id={name}
          name={name}
          rows={4}
          defaultValue={defaultValue}
          maxLength={maxLength}
          required={required}
          className={`${inputClass} py-2`}
          {...aria}
        />
      ) : (
        <input
          id={name}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          maxLength={maxLength}
          required={required}
          className={inputClass}
          {...aria}
        />
      )}
    </FormField>
  );
}
