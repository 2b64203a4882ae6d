import { renderToStaticMarkup } from "react-dom/server";
import { EmailDocument } from "@/components/email/email-document";
import { isLocale } from "@/lib/i18n/locales";
import { EmailRenderError, emailText, type EmailContent, type RenderedEmail } from "./content";
import { emailKind } from "./kinds";

/** The content of a stored message, from its kind and parameters. */
export function composeEmail(kind: string, locale: string, params: unknown): EmailContent {
  const definition = emailKind(kind);
  if (!definition) throw new EmailRenderError(`Unknown kind of message "${kind}".`);
  if (!isLocale(locale)) throw new EmailRenderError(`Unknown language "${locale}".`);
  const parsed = definition.params.safeParse(params);
  if (!parsed.success) throw new EmailRenderError(`Its parameters do not fit the kind "${kind}".`);
  return definition.compose(parsed.data, locale);
}

/**
 * A stored message as its subject, plain text and HTML. Never imported by
 * anything Next.js builds: react-dom/server cannot run under the
 * `react-server` condition its server build uses (pages, actions, route
 * handlers, and instrumentation.ts with the sender job). The sender has it
 * done in a process of its own (lib/email/renderer.ts, render-child.ts);
 * the tests call it directly.
 */
export function renderEmail(message: { kind: string; locale: string; params: unknown }): RenderedEmail {
  const content = composeEmail(message.kind, message.locale, message.params);
  const locale = isLocale(message.locale) ? message.locale : "es";
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<EmailDocument content={content} locale={locale} />)}`;
  return { subject: content.subject, text: emailText(content), html };
}
