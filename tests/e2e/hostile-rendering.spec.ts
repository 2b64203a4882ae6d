import { expect, test } from "@playwright/test";
import { createMeetingThroughForm, dallasDate } from "./support/meeting-form";
import { signInAsDemoAdmin, uniqueSuffix } from "./support/staff";

// Text that looks like markup is valid input: staff may save it, and every
// page must show it as the characters typed, never as elements or script.
test("a meeting titled with markup shows as text on the public pages and in the staff list, and runs nothing", async ({
  page,
  request,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const tag = uniqueSuffix();
  const titleEn = `<img src=x onerror=alert('${tag}')>`;
  const titleEs = `<script>alert('${tag}')</script> Reunión`;
  const venueName = `<svg onload=alert(1)> Iglesia ${tag}`;

  await signInAsDemoAdmin(page, "en");
  await createMeetingThroughForm(page, "en", { titleEn, titleEs, venueName, date: dallasDate(4) });
  const publicPath = await page.getByRole("link", { name: "Open the public page" }).getAttribute("href");
  expect(publicPath).toMatch(new RegExp(`^/en/meetings/script-alert-${tag}-script-reunion-${dallasDate(4)}$`));

  await page.goto(publicPath!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEn);
  await expect(page.locator("main")).toContainText(venueName);
  await expect(page.locator("img[src='x'], svg[onload]")).toHaveCount(0);

  await page.goto(publicPath!.replace("/en/meetings/", "/es/reuniones/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEs);
  await expect(page.locator("script:not([src])", { hasText: tag })).toHaveCount(0);

  await page.goto(`/en/admin?q=${tag}`);
  await expect(page.locator("main table tbody")).toContainText(titleEn);
  await expect(page.locator("main img[src='x']")).toHaveCount(0);
  expect(dialogs).toEqual([]);

  // The HTML itself carries the title escaped, not as a tag.
  const html = await (await request.get(publicPath!)).text();
  expect(html).not.toContain(titleEn);
  expect(html).toContain(`&lt;img src=x onerror=alert(&#x27;${tag}&#x27;)&gt;`);
});
