import { publicText } from "@/lib/text/plain-text";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text or an attribute value made safe to place in HTML written by hand
 * (feeds, the widget, the flyer, snippets): as publicText leaves it, with
 * markup characters escaped.
 */
export function escapeHtml(text: string): string {
  return publicText(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
