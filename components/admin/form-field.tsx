import type { ReactNode } from "react";

export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2 text-base aria-[invalid=true]:border-red-700";

type Props = { id: string; label: string; error?: string; hint?: string; children: ReactNode };

/** A label, its control, an optional hint and a per-field error linked for screen readers. */
export function FormField({ id, label, error, hint, children }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** aria attributes that tie a control to its hint and error. */
export function describedBy(id: string, { hint, error }: { hint?: string; error?: string }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": error ? true : undefined };
}
