"use client";

import { useSyncExternalStore } from "react";
import { externalLinkClass } from "./link-styles";

type Props = { label: string; title: string; text: string; url: string };

const subscribe = () => () => {};
const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

/**
 * The phone's own share sheet, offered only where the browser has one (and
 * JavaScript runs): the server renders nothing, so no dead button appears.
 * A dismissed sheet is not an error.
 */
export function NativeShareButton({ label, title, text, url }: Props) {
  const available = useSyncExternalStore(subscribe, canShare, () => false);
  if (!available) return null;
  return (
    <li>
      <button
        type="button"
        className={externalLinkClass}
        onClick={() => navigator.share({ title, text, url }).catch(() => undefined)}
        data-share-link="native"
      >
        {label}
      </button>
    </li>
  );
}
