import { headers } from "next/headers";
import { policyNonce } from "@/lib/security/content-security-policy";

// What needs a script on pages that otherwise have none (residents' pages
// carry no framework JavaScript: lib/serving/plain-page.ts): the
// phone's own share sheet and the copy buttons, each rendered hidden by the
// server (components/native-share-button.tsx, components/copy-text-button.tsx)
// and shown here only where the browser can do it; and, on the page that
// answers a form post, the focus on the answer (components/forms/use-answer-focus.ts
// does the same where the framework runs). Focused again once the page has
// loaded: going to the form's #fragment moves the focus to the page itself.
const SCRIPT = `(function () {
  var answer = document.querySelector("[data-form-answer]");
  if (answer) {
    answer.focus();
    window.addEventListener("load", function () { answer.focus(); });
  }
  if (navigator.share) document.querySelectorAll("[data-native-share]").forEach(function (button) {
    button.closest("li").hidden = false;
    button.setAttribute("data-share-link", "native");
    button.addEventListener("click", function () {
      navigator.share({ title: button.dataset.title, text: button.dataset.text, url: button.dataset.url }).catch(function () {});
    });
  });
  if (navigator.clipboard) document.querySelectorAll("[data-copy-for]").forEach(function (box) {
    var field = document.getElementById(box.dataset.copyFor);
    var status = box.querySelector("[role=status]");
    box.hidden = false;
    box.querySelector("button").addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(
        function () { status.textContent = box.dataset.copied; },
        function () { status.textContent = box.dataset.failed; }
      );
    });
  });
})();`.replace(/\n\s*/g, " ");

/**
 * The site's one inline script. Rendered with the render's nonce (proxy.ts
 * puts the policy on the request), which `next dev` serves as it is; in
 * production the request boundary removes the nonce and allows the script
 * by its hash (lib/serving/plain-page.ts). Placed after the page's
 * content, so what it looks for is already there.
 */
export async function PageEnhancements() {
  const nonce = policyNonce((await headers()).get("content-security-policy"));
  return <script nonce={nonce} data-enhance="" dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
