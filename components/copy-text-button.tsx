"use client";

import { useState, useSyncExternalStore } from "react";
import { COPY_BUTTON_CLASS, type CopyButtonProps } from "./plain-copy-button";

const subscribe = () => () => {};

/** Copies a text field's value to the clipboard. Shown only once scripts run; the field can always be selected by hand. */
export function CopyTextButton({ targetId, labels }: CopyButtonProps) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  if (!hydrated) return null;

  async function copy() {
    const field = document.getElementById(targetId);
    const text = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : "";
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <p className="mt-2 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className={COPY_BUTTON_CLASS}
      >
        {labels.copy}
      </button>
      <span role="status">{state === "copied" ? labels.copied : state === "failed" ? labels.failed : ""}</span>
    </p>
  );
}
