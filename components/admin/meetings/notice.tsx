import type { ReactNode } from "react";

/** A one-line outcome above a form: good news politely, a refusal assertively; a warning is read in place, before acting. */
export function Notice({ tone, children }: { tone: "success" | "problem" | "warning"; children: ReactNode }) {
  if (tone === "warning")
    return (
      <p className="mt-4 rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
        {children}
      </p>
    );
  return tone === "success" ? (
    <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 p-3 font-semibold text-green-900">
      {children}
    </p>
  ) : (
    <p role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {children}
    </p>
  );
}
