import type { Locale } from "./locales";
import { pagePath, type PageHref } from "./paths";

/**
 * The section of a residents' page that holds a form, named in the page's
 * language: its element id, and the fragment of the address the form posts
 * to (the resident may share that address).
 */
const FORM_SECTIONS = {
  question: { en: "question", es: "pregunta" },
  attendance: { en: "attendance", es: "asistencia" },
  request: { en: "request", es: "solicitud" },
} as const satisfies Record<string, Record<Locale, string>>;

export type FormSection = keyof typeof FORM_SECTIONS;

export function formSectionId(section: FormSection, locale: Locale): string {
  return FORM_SECTIONS[section][locale];
}

/**
 * Where a residents' form posts without JavaScript: its page's own path and
 * the form's section (React's useActionState permalink). The browser keeps
 * the fragment through the post, so the answer page opens at the form and
 * its message instead of at the top, thousands of pixels above.
 */
export function formPermalink(page: PageHref, section: FormSection, locale: Locale): string {
  return `${pagePath(page, locale)}#${formSectionId(section, locale)}`;
}
