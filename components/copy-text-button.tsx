"use client";

import { useState, useSyncExternalStore } from "react";

type Props = { targetId: string; labels: { copy: string; copied: string; failed: string } };

const subscribe = () => () => {};

/** Copies a text field's value to the clipboard. Shown only once scripts run; the field can always be selected by hand. */
export function CopyTextButton({ targetId, labels }: Props) {
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
        className="min-h-11 rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700"
      >
        {labels.copy}
      </button>
      <span role="status">{state === "copied" ? labels.copied : state === "failed" ? labels.failed : ""}</span>
    </p>
  );
}
