import type { Locale } from "./locales";
import { pathnames } from "./pathnames";

function templateToPattern(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split("/")
    .map((part) => {
      const match = /^\[(\w+)\]$/.exec(part);
      if (!match) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(match[1]!);
      return "([^/]+)";
    })
    .join("/");
  return { pattern: new RegExp(`^${source}$`), names };
}

function localized(template: string | Record<string, string>, locale: Locale): string {
  return typeof template === "string" ? template : (template[locale] ?? "");
}

/**
 * The same page in another language: "/es/reuniones/x" → "/en/meetings/x".
 * Slugs are shared, so only the locale prefix and the localized path
 * segments change. Unknown paths keep their rest and only swap the prefix.
 */
export function switchLocalePath(pathname: string, from: Locale, to: Locale): string {
  const rest = pathname.replace(new RegExp(`^/${from}(?=/|$)`), "") || "/";
  for (const template of Object.values(pathnames)) {
    const { pattern, names } = templateToPattern(localized(template, from));
    const match = pattern.exec(rest);
    if (!match) continue;
    let target = localized(template, to);
    names.forEach((name, index) => {
      target = target.replace(`[${name}]`, match[index + 1]!);
    });
    return target === "/" ? `/${to}` : `/${to}${target}`;
  }
  return rest === "/" ? `/${to}` : `/${to}${rest}`;
}
