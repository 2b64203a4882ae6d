"use client";

import { useState, useSyncExternalStore } from "react";
import { COPY_BUTTON_CLASS, type CopyButtonProps } from "./plain-copy-button";

const subscribe = () => () => {};

type Props = Pick<CopyButtonProps, "labels"> &
  ({ targetId: string } | { /** Copied as it is, when it is not a field's value. */ text: string });

/** Copies a text field's value (or a given text) to the clipboard. Shown only once scripts run; the text can always be selected by hand. */
export function CopyTextButton(props: Props) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  if (!hydrated) return null;
  const { labels } = props;

  async function copy() {
    const field = "targetId" in props ? document.getElementById(props.targetId) : null;
    const text =
      "text" in props
        ? props.text
        : field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement
          ? field.value
          : "";
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <p className="mt-2 flex flex-wrap items-center gap-3">
      <button type="button" onClick={copy} className={COPY_BUTTON_CLASS}>
        {labels.copy}
      </button>
      <span role="status">{state === "copied" ? labels.copied : state === "failed" ? labels.failed : ""}</span>
    </p>
  );
}
