import type { ComponentProps, ReactNode } from "react";

/** The message at the top of a form after a refused or invalid submission. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {children}
    </p>
  );
}

/** A confirmation after a saved change; a residents' form passes what makes it focusable. */
export function FormNotice({ children, className = "", ...props }: ComponentProps<"p">) {
  return (
    <p {...props} role="status" className={`rounded-md bg-green-50 p-3 text-green-900 ${className}`}>
      {children}
    </p>
  );
}
