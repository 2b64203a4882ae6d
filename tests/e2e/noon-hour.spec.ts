import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { createMeetingThroughForm, dallasDate, uniqueName } from "./support/meeting-form";
import { signInAsDemoAdmin } from "./support/staff";

const plainText = async (page: Page, selector: string) =>
  ((await page.locator(selector).innerText()) ?? "").replace(/\s+/g, " ");

// Half past noon was written "0:30 p. m." in Spanish (ICU's 0–11 clock): the
// one thing residents must never misread.
test("a session at 12:30 PM reads 12:30 in both languages on the listing, the meeting page, the announcement and the flyer", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAsDemoAdmin(page, "en");
  const date = dallasDate(5);
  const titleEn = uniqueName("Noon meeting");
  const editPath = await createMeetingThroughForm(page, "en", {
    titleEn,
    titleEs: `Reunión del mediodía ${titleEn.split(" ").at(-1)}`,
    venueName: uniqueName("Iglesia del mediodía"),
    date,
    startTime: "12:30",
    endTime: "13:30",
  });

  const announcement = (await page.locator("#announcement-text").inputValue()).replace(/\s+/g, " ");
  expect(announcement).toContain("12:30 – 1:30 p. m.");
  expect(announcement).toContain("12:30 – 1:30 PM");
  expect(announcement).not.toMatch(/\b0:30/);

  const publicPath = await page.getByRole("link", { name: "Open the public page" }).getAttribute("href");
  const slug = publicPath!.split("/").at(-1)!;
  for (const [locale, meetingPath, range] of [
    ["en", `/en/meetings/${slug}`, "12:30 – 1:30 PM"],
    ["es", `/es/reuniones/${slug}`, "12:30 – 1:30 p. m."],
  ] as const) {
    await page.goto(`/${locale}?from=${date}&to=${date}`);
    const card = page
      .locator("article")
      .filter({ has: page.getByRole("link", { name: locale === "en" ? titleEn : /Reunión del mediodía/ }) });
    await expect(card).toHaveCount(1);
    const cardText = (await card.innerText()).replace(/\s+/g, " ");
    expect(cardText).toContain(range);
    expect(cardText).not.toMatch(/\b0:30/);

    await page.goto(meetingPath);
    const main = await plainText(page, "main");
    expect(main).toContain(range);
    expect(main).not.toMatch(/\b0:30/);
  }

  const flyer = await page.request.get(`/flyer/meeting/${slug}.pdf`);
  expect(flyer.status()).toBe(200);
  const flyerText = (await pdfText(await flyer.body())).replace(/\s+/g, " ");
  expect(flyerText).toContain("12:30 – 1:30 p. m.");
  expect(flyerText).toContain("12:30 – 1:30 PM");
  expect(flyerText).not.toMatch(/\b0:30/);
  expect(editPath).toMatch(/\/en\/admin\/meetings\//);
});
