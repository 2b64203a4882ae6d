/**
 * Localized paths of every page (next-intl `pathnames`). A plain module so
 * the browser-side language switch can use it without the i18n runtime.
 */
export const pathnames = {
  "/": "/",
  "/meetings/[slug]": { en: "/meetings/[slug]", es: "/reuniones/[slug]" },
  "/archive": { en: "/archive", es: "/archivo" },
  "/what-to-know": { en: "/what-to-know", es: "/que-saber" },
  "/what-to-know/history": { en: "/what-to-know/history", es: "/que-saber/historial" },
  "/partners": { en: "/partners", es: "/socios" },
  "/partners/[slug]": { en: "/partners/[slug]", es: "/socios/[slug]" },
  "/request-a-session": { en: "/request-a-session", es: "/solicitar-una-reunion" },
  "/questions": { en: "/questions", es: "/preguntas" },
  // Staff area: the same paths in both languages.
  "/admin": "/admin",
  "/admin/login": "/admin/login",
  "/admin/account": "/admin/account",
  "/admin/meetings/new": "/admin/meetings/new",
  "/admin/meetings/recurring": "/admin/meetings/recurring",
  "/admin/meetings/[id]": "/admin/meetings/[id]",
  "/admin/meetings/[id]/preview": "/admin/meetings/[id]/preview",
  "/admin/venues": "/admin/venues",
  "/admin/venues/new": "/admin/venues/new",
  "/admin/venues/[id]": "/admin/venues/[id]",
  "/admin/series": "/admin/series",
  "/admin/series/new": "/admin/series/new",
  "/admin/series/[id]": "/admin/series/[id]",
  "/admin/statements": "/admin/statements",
  "/admin/statements/new": "/admin/statements/new",
  "/admin/statements/[id]": "/admin/statements/[id]",
  "/admin/staff": "/admin/staff",
  "/admin/audit": "/admin/audit",
  "/admin/requests": "/admin/requests",
  "/admin/requests/[id]": "/admin/requests/[id]",
  "/admin/questions": "/admin/questions",
  "/admin/questions/[id]": "/admin/questions/[id]",
} as const;
