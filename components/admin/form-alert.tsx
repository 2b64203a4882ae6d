import type { ReactNode } from "react";

/** The message at the top of a form after a refused or invalid submission. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {children}
    </p>
  );
}

/** A confirmation after a saved change. */
export function FormNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
      {children}
    </p>
  );
}
