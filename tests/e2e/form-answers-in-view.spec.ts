import { expect, test, type Locator, type Page } from "@playwright/test";
import { dallasDate, uniqueName } from "./support/meeting-form";
import { firstMeetingPath, REQUEST_FORM_PATH } from "./support/public-pages";
import { askQuestion, fillRequest, submitRequest, postByButton, testClientAddress } from "./support/resident-forms";

// An old phone's first screen: what a resident sees without scrolling.
const SCREEN = { width: 360, height: 780 } as const;
const address = testClientAddress();
test.use({ viewport: SCREEN, extraHTTPHeaders: { "x-forwarded-for": address } });

/** The answer to a post is wholly inside the first screen: the browser opened the answer page at it. Soft: every case is measured and reported. */
async function expectInFirstScreen(message: Locator, which: string) {
  await expect(message).toBeVisible();
  const box = await message.boundingBox();
  expect(box, which).not.toBeNull();
  const { y: top, height } = box!;
  test.info().annotations.push({
    type: "message box",
    description: `${which}: top ${Math.round(top)} px, bottom ${Math.round(top + height)} px`,
  });
  expect.soft(top, `${which}: top of the message`).toBeGreaterThanOrEqual(0);
  expect.soft(top + height, `${which}: bottom of the message`).toBeLessThanOrEqual(SCREEN.height);
}

/** The answer page's address is the page's own, with the form's section as its fragment. */
async function expectFragment(page: Page, path: string, fragment: string) {
  await expect.soft(page).toHaveURL((url) => url.pathname === path && url.search === "" && url.hash === `#${fragment}`);
}

test.describe("without JavaScript, in Spanish", () => {
  test.use({ javaScriptEnabled: false });

  test("on a meeting page, the answer to a question (refused and sent) and to each tap is inside the first screen", async ({
    page,
  }) => {
    const path = await firstMeetingPath(page, "es");
    await page.goto(path);

    await askQuestion(page, "");
    await expectInFirstScreen(page.getByRole("alert").filter({ hasText: "Su pregunta:" }), "empty question");
    await expectFragment(page, path, "pregunta");

    await askQuestion(page, `¿Habrá intérprete de lengua de señas? ${uniqueName("visible")}`);
    await expectInFirstScreen(
      page.getByRole("status").filter({ hasText: "Gracias. Su pregunta se envió sin su nombre." }),
      "question sent",
    );
    await expectFragment(page, path, "pregunta");

    const attendance = page.getByRole("region", { name: "¿Piensa venir a esta reunión?" });
    await postByButton(page, "Pienso venir");
    await expectInFirstScreen(attendance.getByText(/^Gracias\./), "I plan to come");
    await expectFragment(page, path, "asistencia");

    await postByButton(page, "Vietnamita");
    await expectInFirstScreen(
      attendance.getByText(/^Gracias\. .*interpretación en vietnamita/),
      "interpretation in Vietnamese",
    );
    await expectFragment(page, path, "asistencia");
  });

  test("on the request form, the list of problems and the thank-you are inside the first screen", async ({ page }) => {
    await page.goto(REQUEST_FORM_PATH.es);
    await submitRequest(page);
    await expectInFirstScreen(
      page.getByRole("alert").filter({ hasText: "Nombre de su iglesia, escuela o grupo" }),
      "request with problems",
    );
    await expectFragment(page, REQUEST_FORM_PATH.es, "solicitud");

    await fillRequest(page, { organization: uniqueName("Iglesia a la vista"), date: dallasDate(5) });
    await submitRequest(page);
    await expectInFirstScreen(
      page.getByRole("status").filter({ hasText: "Gracias. Recibimos su solicitud." }),
      "request sent",
    );
    await expectFragment(page, REQUEST_FORM_PATH.es, "solicitud");
  });
});

test.describe("with JavaScript, in English", () => {
  test.use({ javaScriptEnabled: true });

  test("focus moves to each answer, whether the page came back from a plain post or the form answered in place", async ({
    page,
  }) => {
    const path = await firstMeetingPath(page, "en");
    await page.goto(path);

    // Residents' pages carry no framework script: the first post is a plain
    // one, and its answer page (with the framework) answers the next in place.
    const send = page.getByRole("button", { name: "Send my question" });
    await send.click();
    await expect(page.getByRole("alert").filter({ hasText: "Your question:" })).toBeFocused();
    await expectFragment(page, path, "question");
    await page.getByLabel("Your question").fill(`Will there be a sign language interpreter? ${uniqueName("focus")}`);
    await send.click();
    await expect(
      page.getByRole("status").filter({ hasText: "Thank you. Your question was sent without your name." }),
    ).toBeFocused();

    await page.getByRole("button", { name: "I plan to come", exact: true }).click();
    await expect(page.getByRole("region", { name: "Coming to this meeting?" }).getByText(/^Thank you\./)).toBeFocused();
  });
});
