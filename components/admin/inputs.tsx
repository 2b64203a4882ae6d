"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, FormField, inputClass } from "@/components/admin/form-field";

type Base = { name: string; label: string; error?: string; hint?: string; /** Defaults to the name. */ id?: string };

type TextProps = Base & {
  value?: string;
  type?: "text" | "date" | "time" | "email" | "password" | "tel" | "number";
  maxLength?: number;
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
  required?: boolean;
  min?: string;
  max?: string;
};

/** One labelled input whose hint and error are tied to it for screen readers. */
export function TextInput({
  name,
  id = name,
  label,
  error,
  hint,
  value,
  type = "text",
  maxLength,
  autoComplete,
  inputMode,
  required,
  min,
  max,
}: TextProps) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        maxLength={maxLength}
        autoComplete={autoComplete ?? "off"}
        inputMode={inputMode}
        required={required}
        min={min}
        max={max}
        className={inputClass}
        {...describedBy(id, { hint, error })}
      />
    </FormField>
  );
}

export function TextArea({
  name,
  id = name,
  label,
  error,
  hint,
  value,
  rows = 4,
}: Base & { value: string; rows?: number }) {
  // No maxLength: a pasted text that is too long is kept and the error names the limit.
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        name={name}
        defaultValue={value}
        rows={rows}
        className={`${inputClass} py-1`}
        {...describedBy(id, { hint, error })}
      />
    </FormField>
  );
}

export function Select({
  name,
  id = name,
  label,
  error,
  hint,
  value,
  children,
}: Base & { value: string; children: ReactNode }) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <select id={id} name={name} defaultValue={value} className={inputClass} {...describedBy(id, { hint, error })}>
        {children}
      </select>
    </FormField>
  );
}

export function Checkbox({
  name,
  label,
  checked,
  value,
  id,
}: {
  name: string;
  label: string;
  checked: boolean;
  value?: string;
  id?: string;
}) {
  const inputId = id ?? name;
  return (
    <label htmlFor={inputId} className="flex min-h-11 items-center gap-3">
      <input id={inputId} name={name} type="checkbox" value={value} defaultChecked={checked} className="size-5" />
      <span>{label}</span>
    </label>
  );
}

/** Checkboxes sharing one name; the first carries the field's id so the error summary can link to it. */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  error?: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-6">
        {options.map((option, index) => (
          <Checkbox
            key={option.value}
            id={index === 0 ? name : `${name}-${option.value}`}
            name={name}
            value={option.value}
            label={option.label}
            checked={checked.includes(option.value)}
          />
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="mt-1 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
      <legend className="px-1 text-lg font-bold">{title}</legend>
      {children}
    </fieldset>
  );
}
