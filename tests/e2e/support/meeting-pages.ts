import { expect, type Locator, type Page } from "@playwright/test";
import type { TestLocale } from "./public-pages";

/** What a resident reads on a meeting page, in each language. */
export const MEETING_TEXT = {
  en: {
    segment: "meetings",
    intlLocale: "en-US",
    ogLocale: "en_US",
    meridiem: { am: "AM", pm: "PM" },
    centralTime: "(Central time)",
    demoAddress: "(Demo address)",
    when: "When",
    where: "Where",
    language: "Language",
    host: "Host",
    about: "About this meeting",
    access: "Access and help",
    wheelchair: "Wheelchair accessible",
    directions: "Directions",
    downloadIcs: "Download calendar file (.ics)",
    updateCalendar: "Update my calendar (.ics)",
    cancelled: "Cancelled",
    note: "Note from the organizers",
    cancelledSummary: "CANCELLED: ",
    promises: "What the police department has promised",
    switchLanguage: "Ver esta página en español",
  },
  es: {
    segment: "reuniones",
    intlLocale: "es",
    ogLocale: "es_US",
    meridiem: { am: "a. m.", pm: "p. m." },
    centralTime: "(hora del centro)",
    demoAddress: "(Dirección de demostración)",
    when: "Cuándo",
    where: "Dónde",
    language: "Idioma",
    host: "Presenta",
    about: "Sobre esta reunión",
    access: "Acceso y ayuda",
    wheelchair: "Acceso para silla de ruedas",
    directions: "Cómo llegar",
    downloadIcs: "Descargar archivo de calendario (.ics)",
    updateCalendar: "Actualizar mi calendario (.ics)",
    cancelled: "Cancelada",
    note: "Aviso de los organizadores",
    cancelledSummary: "CANCELADA: ",
    promises: "Lo que el departamento de policía ha prometido",
    switchLanguage: "View this page in English",
  },
} as const;

/** Meeting page path in a language: same slug, localized segment. */
export function meetingPath(locale: TestLocale, slug: string): string {
  return `/${locale}/${MEETING_TEXT[locale].segment}/${slug}`;
}

/** Whitespace as a reader sees it: Intl puts thin and narrow no-break spaces around times. */
export function plainText(text: string | null): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** One session as its card on the listing shows it. */
export type ListedMeeting = {
  path: string;
  slug: string;
  title: string;
  day: string;
  /** "6:00 – 7:30 PM (Central time)" */
  time: string;
  startsAt: Date;
  venue: string;
  address: string;
  languages: string;
  note: string | null;
};

async function readCard(page: Page, card: Locator, locale: TestLocale): Promise<ListedMeeting> {
  const text = MEETING_TEXT[locale];
  const link = card.locator("h3 a");
  await expect(link).toHaveAttribute("href", new RegExp(`^/${locale}/${text.segment}/[a-z0-9-]+$`));
  const time = card.locator("time");
  await expect(time).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  const timeLine = card.locator("p").filter({ has: page.locator("time") });
  await expect(timeLine).toContainText(text.centralTime);
  const day = card.locator("xpath=ancestor::section[1]/h2");
  await expect(day).toBeVisible();
  const venue = card.locator("h3 + p");
  await expect(venue).not.toBeEmpty();
  const address = card.locator("p").filter({ hasText: text.demoAddress });
  await expect(address).toHaveCount(1);
  const languages = card.locator("p").filter({ hasText: /^(Held in|En) / });
  await expect(languages).toHaveCount(1);
  const note = card.locator("p").filter({ hasText: text.note });
  await expect(note).toHaveCount((await card.getAttribute("data-status")) === "CANCELLED" ? 1 : 0);

  const path = (await link.getAttribute("href"))!;
  return {
    path,
    slug: path.split("/").pop()!,
    title: plainText(await link.textContent()),
    day: plainText(await day.textContent()),
    time: plainText(await timeLine.textContent()),
    startsAt: new Date((await time.getAttribute("datetime"))!),
    venue: plainText(await venue.textContent()),
    // The card adds "(Demo address)" after the street address.
    address: plainText(await address.textContent())
      .replace(text.demoAddress, "")
      .trim(),
    languages: plainText(await languages.textContent()),
    note:
      (await note.count()) > 0
        ? plainText(await note.textContent())
            .replace(`${text.note}:`, "")
            .trim()
        : null,
  };
}

/**
 * Reads a session from the listing (the first upcoming one, or the
 * cancelled one) and opens its page.
 */
export async function openListedMeeting(
  page: Page,
  locale: TestLocale,
  which: "first" | "cancelled" = "first",
): Promise<ListedMeeting> {
  await page.goto(`/${locale}`);
  // Demo sessions only (staff tests add and cancel their own meanwhile); the
  // demo's cancelled session is the one with the funeral note.
  const cards =
    which === "cancelled"
      ? page.locator('main article[data-status="CANCELLED"]').filter({ hasText: "funeral" })
      : page.locator('main article[data-status="SCHEDULED"]').filter({ hasText: MEETING_TEXT[locale].demoAddress });
  await expect(cards.first()).toBeVisible();
  const meeting = await readCard(page, cards.first(), locale);
  const response = await page.goto(meeting.path);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1, name: meeting.title })).toBeVisible();
  return meeting;
}

/** The page's schema.org data, parsed. */
export async function readJsonLd(
  page: Page,
): Promise<Record<string, unknown> & { location: { address: Record<string, string> } }> {
  const script = page.locator('script[type="application/ld+json"]');
  await expect(script).toHaveCount(1);
  return JSON.parse((await script.textContent()) ?? "");
}

/**
 * An independent reading of an instant on a Dallas wall clock, to check the
 * page against: "6:00", PM, weekday, day of the month and UTC offset.
 */
export function dallasClock(instant: Date, locale: TestLocale) {
  const part = (options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes, intlLocale = "en-US") =>
    new Intl.DateTimeFormat(intlLocale, { timeZone: "America/Chicago", ...options })
      .formatToParts(instant)
      .find((candidate) => candidate.type === type)?.value ?? "";
  const clock = { hour: "numeric", minute: "2-digit", hour12: true } as const;
  return {
    time: `${part(clock, "hour")}:${part(clock, "minute")}`,
    meridiem: MEETING_TEXT[locale].meridiem[part(clock, "dayPeriod") === "PM" ? "pm" : "am"],
    weekday: part({ weekday: "long" }, "weekday", MEETING_TEXT[locale].intlLocale),
    dayOfMonth: part({ day: "numeric" }, "day"),
    // "GMT-06:00" → "-06:00"
    offset: part({ timeZoneName: "longOffset" }, "timeZoneName").replace("GMT", ""),
  };
}

/** Google Calendar's compact UTC form: 20270129T000000Z. */
export function compactUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}
