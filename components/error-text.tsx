"use client";

import { createContext, useContext, type ReactNode } from "react";

export type ErrorText = { heading: string; body: string; retry: string; backHome: string; homeHref: string };

const ErrorTextContext = createContext<ErrorText | null>(null);

/**
 * Hands the error boundary its few translated strings from the server
 * layout, so residents' pages ship no translation runtime to the browser.
 */
export function ErrorTextProvider({ value, children }: { value: ErrorText; children: ReactNode }) {
  return <ErrorTextContext.Provider value={value}>{children}</ErrorTextContext.Provider>;
}

export function useErrorText(): ErrorText | null {
  return useContext(ErrorTextContext);
}
