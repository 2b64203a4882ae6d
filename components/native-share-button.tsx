import { externalLinkClass } from "./link-styles";

type Props = { label: string; title: string; text: string; url: string };

/**
 * The phone's own share sheet, offered only where the browser has one:
 * rendered hidden, and shown by the page's enhancement script
 * (components/page-enhancements.tsx) where `navigator.share` exists, so no
 * dead button appears anywhere else. A dismissed sheet is not an error.
 */
export function NativeShareButton({ label, title, text, url }: Props) {
  return (
    <li hidden>
      <button
        type="button"
        className={externalLinkClass}
        data-native-share=""
        data-title={title}
        data-text={text}
        data-url={url}
      >
        {label}
      </button>
    </li>
  );
}
