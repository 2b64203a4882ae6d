import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import jsQR from "jsqr";
import { PDFDocument } from "pdf-lib";
import { PNG } from "pngjs";
import { plainText } from "./support/meeting-pages";
import {
  DEMO_PARTNER_SLUG,
  firstMeetingPath,
  LOCALES,
  openListingPageWith,
  partnerPath,
  type TestLocale,
} from "./support/public-pages";
import { signIn } from "./support/staff";

const TEXT = {
  en: {
    kicker: "Partner of Encuentros",
    centralTime: "(Central time)",
    switchTo: "es",
    partnerHeading: "Upcoming meetings here",
  },
  es: {
    kicker: "Socio de Encuentros",
    centralTime: "(hora del centro)",
    switchTo: "en",
    partnerHeading: "Próximas reuniones aquí",
  },
} as const;

/** A demo session at the demo partner church, read from its page (staff tests add sessions of their own meanwhile). */
async function partnerMeetingPath(page: Page, locale: TestLocale): Promise<string> {
  await page.goto(partnerPath(locale));
  const link = page.locator('main article[data-status="SCHEDULED"] h3 a[href*="/demo-"]').first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

function slugOf(path: string): string {
  return path.split("/").pop()!;
}

async function decodeQrPng(request: APIRequestContext, path: string): Promise<string | undefined> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = PNG.sync.read(await response.body());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function pdfPageCount(bytes: Buffer): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}

/** Every share link of the page: its URL parts and the decoded message, which must say what, when and where. */
async function expectShareLinks(page: Page, pageUrl: string, mustSay: string[]) {
  const share = page.locator("[data-share]");
  await expect(share).toBeVisible();
  const href = async (key: string) => {
    const link = share.locator(`a[data-share-link="${key}"]`);
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    return (await link.getAttribute("href"))!;
  };
  const whatsapp = new URL(await href("whatsapp"));
  expect(`${whatsapp.origin}${whatsapp.pathname}`).toBe("https://wa.me/");
  const message = whatsapp.searchParams.get("text")!;
  expect(message.endsWith(`\n${pageUrl}`)).toBe(true);
  for (const words of mustSay) expect(plainText(message)).toContain(plainText(words));

  const facebook = new URL(await href("facebook"));
  expect(`${facebook.origin}${facebook.pathname}`).toBe("https://www.facebook.com/sharer/sharer.php");
  expect([...facebook.searchParams.entries()]).toEqual([["u", pageUrl]]);

  const sms = await href("sms");
  expect(sms.startsWith("sms:?&body=")).toBe(true);
  expect(decodeURIComponent(sms.slice("sms:?&body=".length))).toBe(message);

  const email = /^mailto:\?subject=([^&]+)&body=(.+)$/.exec(await href("email"));
  expect(email).not.toBeNull();
  expect(decodeURIComponent(email![2]!)).toBe(message);

  await expect(share.locator("input#share-url")).toHaveValue(pageUrl);
  await expect(share.locator("input#share-url")).toHaveAttribute("readonly", "");
  // Nothing that tracks where a visit came from.
  expect(message).not.toMatch(/utm_|fbclid/);
}

for (const locale of LOCALES) {
  test.describe(`partner page in ${locale}`, () => {
    test("shows the church, its upcoming sessions, calendar feeds, widget code, QR code and flyer", async ({
      page,
      baseURL,
    }) => {
      const path = partnerPath(locale);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByText(TEXT[locale].kicker)).toBeVisible();
      await expect(page.locator("h1")).toHaveText("Familia Bethel Internacional");
      await expect(page.getByRole("heading", { level: 2, name: TEXT[locale].partnerHeading })).toBeVisible();
      await expect(page.locator("main article[data-status]").first()).toBeVisible();

      const feed = `${baseURL}/ics/${locale}/venue/${DEMO_PARTNER_SLUG}.ics`;
      await expect(page.locator('a[data-feed="https"]')).toHaveAttribute("href", feed);
      await expect(page.locator('a[data-feed="webcal"]')).toHaveAttribute("href", feed.replace(/^https?:/, "webcal:"));
      const calendar = await page.request.get(feed);
      expect(calendar.status()).toBe(200);

      const snippet = await page.locator("textarea#embed-code").inputValue();
      expect(snippet).toContain(`src="${baseURL}/embed/${locale}/venue/${DEMO_PARTNER_SLUG}"`);
      await expect(page.locator("textarea#embed-code")).toHaveAttribute("readonly", "");
      // The page runs no framework script: its own small script shows and wires the copy button.
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      const copied = { en: ["Copy text", "Copied"], es: ["Copiar texto", "Copiado"] }[locale];
      await page.getByRole("button", { name: copied[0] }).click();
      await expect(page.getByRole("status").filter({ hasText: copied[1] })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

      await expect(page.locator("[data-qr] img")).toHaveAttribute(
        "src",
        `/qr/${locale}/partner/${DEMO_PARTNER_SLUG}.svg`,
      );
      await expect(page.locator(`[data-qr] a[href="/flyer/partner/${DEMO_PARTNER_SLUG}"]`)).toBeVisible();

      const url = `${baseURL}${path}`;
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        "href",
        `${baseURL}${partnerPath("en")}`,
      );
      await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
        "href",
        `${baseURL}${partnerPath("es")}`,
      );
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", url);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Familia Bethel/);
      // A link preview picture of its own, in this language.
      const ogImage = page.locator('meta[property="og:image"]');
      await expect(ogImage).toHaveAttribute(
        "content",
        new RegExp(`^${baseURL}/og/${locale}/partner/${DEMO_PARTNER_SLUG}\\.png\\?v=[a-z0-9]+\\.\\d+$`),
      );
      await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
        "content",
        new RegExp(`^Familia Bethel Internacional: .+${TEXT[locale].centralTime.replace(/[()]/g, "\\$&")}$`),
      );
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      const image = await page.request.get((await ogImage.getAttribute("content"))!);
      expect(image.status()).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
      const png = PNG.sync.read(await image.body());
      expect([png.width, png.height]).toEqual([1200, 630]);

      await expectShareLinks(page, url, ["Familia Bethel Internacional", "Dallas, TX"]);

      // The language switch keeps the visitor on this church's page.
      const other = TEXT[locale].switchTo;
      await expect(page.locator(`header a[hreflang="${other}"]`)).toHaveAttribute("href", partnerPath(other));
    });

    test("is linked from the venue name on a meeting page and the listing", async ({ page }) => {
      await openListingPageWith(page, locale, `main article a[href="${partnerPath(locale)}"]`);
      await page.goto(await partnerMeetingPath(page, locale));
      const venueLinks = page.locator(`main dl a[href^="${partnerPath(locale, "")}"]`);
      await expect(venueLinks).toHaveCount(1);
    });

    test("has no axe violations", async ({ page }) => {
      await page.goto(partnerPath(locale));
      await expect(page.locator("h1")).toBeVisible();
      expect(await axeViolations(page, partnerPath(locale))).toEqual([]);
    });

    test("meeting page shares title, date, Central time and place, and its QR codes open it", async ({
      page,
      baseURL,
    }) => {
      const path = await partnerMeetingPath(page, locale);
      await page.goto(path);
      const title = (await page.locator("h1").textContent())!;
      const day = (await page.locator("main dl time").first().textContent())!;
      const venue = (await page.locator("main dl dd a").first().textContent())!;
      const url = `${baseURL}${path}`;
      await expectShareLinks(page, url, [title, day, TEXT[locale].centralTime, venue]);

      const slug = slugOf(path);
      await expect(page.locator(`[data-qr] a[href="/qr/${locale}/meeting/${slug}.png"]`)).toBeVisible();
      expect(await decodeQrPng(page.request, `/qr/${locale}/meeting/${slug}.png`)).toBe(url);
      const svg = await page.request.get(`/qr/${locale}/meeting/${slug}.svg`);
      expect(svg.status()).toBe(200);
      expect(svg.headers()["content-type"]).toBe("image/svg+xml");
      expect(svg.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.svg"$/);
      expect(await svg.text()).toMatch(/^<svg [^>]*viewBox=/);
    });

    test("the partner QR code opens the partner page in this language", async ({ page, baseURL }) => {
      expect(await decodeQrPng(page.request, `/qr/${locale}/partner/${DEMO_PARTNER_SLUG}.png`)).toBe(
        `${baseURL}${partnerPath(locale)}`,
      );
    });
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`unknown partner (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });
    const cases = [
      { path: "/en/partners/no-such-church", lang: "en", heading: "We could not find that page" },
      { path: "/es/socios/no-existe", lang: "es", heading: "No encontramos esa página" },
      // A venue that is not a partner has no partner page.
      { path: "/es/socios/escuela-benito-juarez", lang: "es", heading: "No encontramos esa página" },
    ] as const;
    for (const { path, lang, heading } of cases) {
      test(`${path} answers a localized 404`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      });
    }
  });
}

test("unknown QR codes and flyers answer 404", async ({ request }) => {
  for (const path of [
    "/qr/en/meeting/no-such-meeting.png",
    "/qr/es/partner/escuela-benito-juarez.svg",
    "/flyer/partner/no-existe",
    "/flyer/meeting/no-existe.pdf",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test.describe("flyers", () => {
  const flyers = async (page: Page) => [
    `/flyer/meeting/${slugOf(await firstMeetingPath(page, "es"))}`,
    `/flyer/partner/${DEMO_PARTNER_SLUG}`,
  ];

  test("print as exactly one US letter page, in both languages, with the promises and QR codes", async ({ page }) => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    for (const path of await flyers(page)) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const csp = response!.headers()["content-security-policy"]!;
      for (const directive of ["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"])
        expect(csp, path).toContain(directive);
      expect(csp, path).not.toContain("script-src");
      expect(response!.headers()["x-frame-options"], path).toBe("DENY");
      // The icon the flyer names (and the one browsers ask for unasked) exists.
      for (const icon of [
        ...(await page
          .locator('link[rel="icon"]')
          .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))),
        "/favicon.ico",
      ]) {
        const answer = await page.request.get(icon);
        expect(answer.status(), icon).toBe(200);
        expect(answer.headers()["content-type"], icon).toMatch(/^image\//);
      }
      await expect(page.locator('section[lang="es"]')).toContainText(
        "no participará en redadas federales de deportación",
      );
      await expect(page.locator('section[lang="en"]')).toContainText("will not join federal deportation raids");
      await expect(page.locator("svg[role=img]")).toHaveCount(2);
      // Both QR codes whole on the sheet: the text above never pushes them out of the page box.
      const cut = await page
        .locator(".qr")
        .evaluateAll(
          (codes) =>
            codes.filter(
              (qr) => qr.getBoundingClientRect().bottom > qr.closest(".flyer")!.getBoundingClientRect().bottom + 0.5,
            ).length,
        );
      expect(cut, path).toBe(0);
      expect(await pdfPageCount(await page.pdf({ format: "Letter" })), path).toBe(1);

      const download = await page.request.get(`${path}.pdf`);
      expect(download.status()).toBe(200);
      expect(download.headers()["content-type"]).toBe("application/pdf");
      expect(await pdfPageCount(await download.body()), `${path}.pdf`).toBe(1);
    }
    expect(refused).toEqual([]);
  });

  test("have no axe violations", async ({ page }) => {
    for (const path of await flyers(page)) {
      await page.goto(path);
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });
});

test("staff copy a bilingual announcement from the meeting's admin page", async ({ page, context, baseURL }) => {
  await signIn(page);
  await page.goto(`/en/admin?q=${encodeURIComponent("Familia Bethel")}`);
  const edit = page.locator("main table tbody a").first();
  await expect(edit).toBeVisible();
  await edit.click();
  await expect(page).toHaveURL(/\/en\/admin\/meetings\/[a-z0-9]+$/);
  const publicHref = await page.locator('main a[href^="/en/meetings/"]').first().getAttribute("href");
  const slug = slugOf(publicHref!);

  const field = page.locator("textarea#announcement-text");
  await expect(field).toHaveAttribute("readonly", "");
  const text = plainText(await field.inputValue());
  const spanish = text.indexOf("Reunión comunitaria con el Departamento de Policía de Dallas");
  const english = text.indexOf("Community meeting with the Dallas Police Department");
  expect(spanish).toBeGreaterThanOrEqual(0);
  expect(english).toBeGreaterThan(spanish);
  expect(text).toContain(`${baseURL}/es/reuniones/${slug}`);
  expect(text).toContain(`${baseURL}/en/meetings/${slug}`);
  expect(text).toMatch(/Cuándo: \S+ \d+ de \S+ · .+ \(hora del centro\)/);
  expect(text).toMatch(/When: \S+, \S+ \d+ · .+ \(Central time\)/);
  expect(text).toContain("Dónde: ");
  expect(text).toContain("Where: ");

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(plainText(await page.evaluate(() => navigator.clipboard.readText()))).toBe(text);
});

test.describe("the phone's own share sheet", () => {
  test("is offered where the browser has one, and shares this page in its language", async ({ page }) => {
    // Desktop Chromium on Linux has no share sheet: stand in for a phone's.
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { sharedData: shared });
      Object.defineProperty(navigator, "share", { value: async (data: ShareData) => void shared.push(data) });
    });
    const path = await firstMeetingPath(page, "es");
    await page.goto(path);
    const button = page.getByRole("button", { name: "Más formas de compartir…" });
    await expect(button).toBeVisible();
    await button.click();
    const [data] = await page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData);
    expect(new URL(data!.url!).pathname).toBe(path);
    expect(data!.text).toMatch(/\(hora del centro\)/);
  });

  test("is not shown where the browser has none", async ({ page }) => {
    await page.goto(await firstMeetingPath(page, "en"));
    await expect(page.locator("[data-share-link]")).toHaveCount(4);
    await expect(page.getByRole("button", { name: "More ways to share…" })).toHaveCount(0);
  });
});
