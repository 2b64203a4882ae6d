import { expect, test } from "@playwright/test";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { baseURL } from "../../../playwright.config";
import { freshPostgresDatabase, siblingDatabaseName } from "../../support/fresh-postgres-database";
import { axeViolations } from "../support/axe";
import {
  createMeetingThroughForm,
  dallasDate,
  fillNewMeeting,
  PUBLISH_LABELS,
  uniqueName,
} from "../support/meeting-form";
import {
  LISTING_PATHS,
  nextWholeMinute,
  publicSightings,
  seriesEditPath,
  setReviewRequired,
  slugFromPreview,
} from "../support/publishing";
import { addStaffAccount, signIn, uniqueSuffix } from "../support/staff";

/**
 * Two `next start` processes on one PostgreSQL behave as one site: a
 * meeting saved through instance A shows on instance B's already-cached
 * listing within two seconds (B hears A's save through LISTEN/NOTIFY), and
 * so does a statement an admin changes (issue #17's first "Done when"); a
 * meeting approved for a time ahead is published by the in-app scheduler
 * and shows on both instances within a minute of that time. PostgreSQL
 * only: an embedded PGlite folder belongs to a single process.
 */

const serverUrl = process.env.DATABASE_URL?.match(/^postgres(ql)?:\/\//i) ? process.env.DATABASE_URL : null;
const firstPort = new URL(baseURL).port ? Number(new URL(baseURL).port) + 1 : 3101;
const instances = [`http://127.0.0.1:${firstPort}`, `http://127.0.0.1:${firstPort + 1}`] as const;

/** A day ("YYYY-MM-DD") as the public pages print it in Spanish. */
function printedInSpanish(key: string): string {
  return new Intl.DateTimeFormat("es-US", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${key}T12:00:00Z`),
  );
}

async function healthy(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    expect(child.exitCode, `the instance at ${url} is running`).toBeNull();
    if (
      await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never became healthy`);
}

if (serverUrl) {
  test.describe("two app instances on one PostgreSQL", () => {
    test.describe.configure({ mode: "serial" });
    // Pages open on instance A; B is asked directly.
    test.use({ baseURL: instances[0] });
    const children: ChildProcess[] = [];

    test.beforeAll(async () => {
      test.setTimeout(120_000);
      const databaseUrl = await freshPostgresDatabase(serverUrl, siblingDatabaseName(serverUrl, "instances"));
      const env = { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO_ADMIN: "true", TZ: "UTC" };
      const tsx = path.resolve("node_modules/.bin/tsx");
      for (const script of ["lib/cli/db-migrate.ts", "prisma/seed.ts"]) {
        const run = spawnSync(tsx, [script], { env, encoding: "utf8" });
        expect(run.status, `${script}: ${run.stderr}`).toBe(0);
      }
      for (const url of instances) {
        // The build the suite's own server made, started twice as the
        // server process of `npm start` (lib/server-process/server.mjs).
        const child = spawn(process.execPath, [path.resolve("lib/server-process/server.mjs")], {
          stdio: "ignore",
          env: { ...env, PORT: new URL(url).port, NODE_ENV: "production", NEXT_DIST_DIR: ".next-e2e", SITE_URL: url },
        });
        children.push(child);
      }
      await Promise.all(instances.map((url, index) => healthy(url, children[index]!)));
    });

    test.afterAll(() => {
      for (const child of children) child.kill("SIGTERM");
    });

    test("a meeting saved through instance A is on instance B's cached listing within two seconds", async ({
      page,
      request,
    }) => {
      const b = instances[1];
      // B has the listing in its cache before the save.
      await expect.poll(async () => (await request.get(`${b}/en`)).headers()["x-encuentros-cache"]).toBe("hit");

      const titleEn = uniqueName("Two instances");
      await signIn(page, undefined, "en");
      await createMeetingThroughForm(page, "en", {
        titleEn,
        titleEs: "Dos instancias",
        venueName: uniqueName("Iglesia"),
        date: dallasDate(1),
      });
      const saved = Date.now();

      await expect
        .poll(async () => (await (await request.get(`${b}/en`)).text()).includes(titleEn), {
          intervals: [50],
          timeout: 5_000,
        })
        .toBe(true);
      expect(Date.now() - saved).toBeLessThan(2_000);
    });

    test("an admin changes a statement's Spanish text through instance A: both instances show it dated today within two seconds, and the history keeps the old text with its dates", async ({
      page,
      browser,
      request,
    }) => {
      // Both have "What to know" and its history in their caches before the save.
      for (const url of instances) {
        for (const path of ["/es/que-saber", "/es/que-saber/historial"]) {
          await expect
            .poll(async () => (await request.get(`${url}${path}`)).headers()["x-encuentros-cache"])
            .toBe("hit");
        }
      }
      const today = dallasDate(0);
      await signIn(page, undefined, "en");
      await page.goto("/en/admin/statements");
      await page.getByRole("link", { name: /^Edit statement: Dallas police enforce state and local law/ }).click();
      const before = { text: await page.locator("#textEs").inputValue() };
      expect(before.text).toContain("órdenes de arresto pendientes");
      // The date it was last confirmed, as the Spanish page prints it (the form asks afresh each time instead of showing it).
      const whatToKnow = (await (await page.request.get("/es/que-saber")).text()).replace(/<[^>]*>/g, "");
      const confirmedBefore = /Confirmado por última vez el ([^·]+?)(?: ·|$)/m
        .exec(whatToKnow.slice(whatToKnow.indexOf(before.text)))?.[1]
        ?.trim();
      expect(confirmedBefore).toBeTruthy();
      const changed = `${before.text} (${uniqueName("confirmado")})`;
      await page.locator("#textEs").fill(changed);
      await page.getByLabel("Yes: the department said or confirmed it on the day below.").check();
      await page.locator("#statedOn").fill(today);
      await page.locator("main form[novalidate] button[type=submit]").click();
      await expect(page).toHaveURL(/\/en\/admin\/statements\?saved=1$/);
      const saved = Date.now();

      for (const url of instances) {
        await expect
          .poll(async () => (await request.get(`${url}/es/que-saber`)).text(), { intervals: [50], timeout: 5_000 })
          .toContain(changed);
      }
      expect(Date.now() - saved).toBeLessThan(2_000);

      // As a resident reads them (no staff cookie), on each instance.
      const resident = await browser.newPage();
      for (const url of instances) {
        await resident.goto(`${url}/es/que-saber`);
        await expect(resident.getByRole("listitem").filter({ hasText: changed })).toContainText(
          `Confirmado por última vez el ${printedInSpanish(today)}`,
        );
        await resident.goto(`${url}/es/que-saber/historial`);
        const history = resident.getByRole("region", { name: changed });
        await expect(history.getByRole("listitem")).toHaveCount(2);
        await expect(history.getByRole("listitem").nth(0)).toContainText(
          `Texto actual, desde el ${printedInSpanish(today)}`,
        );
        await expect(history.getByRole("listitem").nth(0)).toContainText(`declarado el ${printedInSpanish(today)}`);
        await expect(history.getByRole("listitem").nth(1)).toContainText(before.text);
        await expect(history.getByRole("listitem").nth(1)).toContainText("Texto anterior, guardado el");
        await expect(history.getByRole("listitem").nth(1)).toContainText(`declarado el ${confirmedBefore}`);
      }
      await resident.close();
    });

    test("in Spanish: an editor's draft, previewed in both languages and sent for review, approved by an admin for the next minute, is on both instances' listing, feeds and widget within a minute of that time", async ({
      browser,
      request,
    }) => {
      // Up to 80 s until the chosen minute, then up to a minute for the scheduler (every 20 s) and both caches.
      test.setTimeout(240_000);
      const admin = await (await browser.newContext({ baseURL: instances[0] })).newPage();
      await signIn(admin, undefined, "es");
      const editor = {
        name: "Editora de prueba",
        email: `editor-${uniqueSuffix()}@example.org`,
        password: "a-long-editor-passphrase-2027",
        role: "EDITOR" as const,
      };
      await addStaffAccount(admin, editor, "es");
      const series = await seriesEditPath(admin);
      await setReviewRequired(admin, series, true);
      try {
        // The editor works on instance B; the admin and residents use both.
        const editorPage = await (await browser.newContext({ baseURL: instances[1] })).newPage();
        await signIn(editorPage, editor, "es");
        await editorPage.goto("/es/admin/meetings/new");
        const titleEs = uniqueName("Programada");
        const titleEn = uniqueName("Scheduled");
        await fillNewMeeting(editorPage, {
          titleEn,
          titleEs,
          venueName: uniqueName("Salón programado"),
          date: dallasDate(1),
          startTime: "05:00",
          endTime: "05:45",
        });
        await editorPage.getByRole("button", { name: PUBLISH_LABELS.es.draft }).click();
        await expect(editorPage.getByTestId("publication-state")).toContainText("Borrador: no es público");
        const editPath = new URL(editorPage.url()).pathname;

        // The preview in each language, as residents will read it (what a preview is and is not: drafts-and-publishing.spec.ts).
        await editorPage.getByRole("link", { name: "Vista previa en inglés" }).click();
        await expect(editorPage.getByTestId("preview-banner")).toContainText("Preview — not public");
        await expect(editorPage.getByRole("heading", { level: 1 })).toHaveText(titleEn);
        await editorPage.goto(`${editPath}/preview`);
        await expect(editorPage.getByTestId("preview-banner")).toContainText("Vista previa — no es pública");
        await expect(editorPage.getByRole("heading", { level: 1 })).toHaveText(titleEs);
        const slug = await slugFromPreview(editorPage);

        await editorPage.goto(editPath);
        await editorPage.getByRole("button", { name: "Pedir revisión" }).click();
        await expect(editorPage.getByRole("status").filter({ hasText: "Enviada a revisión" })).toBeVisible();
        // The author is told someone else must approve, and gets no approve button (the action refuses too: tests/integration).
        await expect(editorPage.getByText("Usted pidió esta revisión")).toBeVisible();
        await expect(editorPage.getByRole("button", { name: "Aprobar" })).toHaveCount(0);
        for (const origin of instances)
          expect(await publicSightings(request, slug, titleEs, origin), origin).toEqual([]);

        await admin.goto("/es/admin?tab=review");
        await expect(admin.getByRole("link", { name: /Esperando revisión \([1-9]\d*\)/ })).toBeVisible();
        await admin.getByRole("link", { name: titleEs }).click();
        await expect(admin.getByRole("button", { name: "Aprobar" })).toBeVisible();
        expect(await axeViolations(admin, "review step")).toEqual([]);
        const when = nextWholeMinute();
        await admin.locator("#review-publishDate").fill(when.date);
        await admin.locator("#review-publishTime").fill(when.time);
        await admin.getByRole("button", { name: "Aprobar" }).click();
        await expect(admin.getByRole("status").filter({ hasText: "Programada" })).toBeVisible();
        expect(Date.now(), "approved before the chosen minute").toBeLessThan(when.at.getTime());
        for (const origin of instances)
          expect(await publicSightings(request, slug, titleEs, origin), origin).toEqual([]);

        // Residents on either instance: the listing, the feeds and the widget, within a minute of the chosen time.
        const listed = async (origin: string) => {
          const seen: string[] = [];
          for (const path of LISTING_PATHS) {
            const body = (await (await request.get(`${origin}${path}`)).text()).replace(/\r?\n[ \t]/g, "");
            if ([slug, titleEs, titleEn].some((text) => body.includes(text))) seen.push(path);
          }
          return seen;
        };
        await expect
          .poll(async () => [...(await listed(instances[0])), ...(await listed(instances[1]))].length, {
            timeout: 60_000 + (when.at.getTime() - Date.now()),
            intervals: [2_000],
          })
          .toBe(2 * LISTING_PATHS.length);
        expect(
          Date.now() - when.at.getTime(),
          "public on both instances within a minute of the chosen time",
        ).toBeLessThanOrEqual(60_000);
        for (const origin of instances)
          expect(await publicSightings(request, slug, titleEs, origin), origin).toEqual(
            expect.arrayContaining([`/es/reuniones/${slug}`, `/en/meetings/${slug}`, ...LISTING_PATHS]),
          );
      } finally {
        await setReviewRequired(admin, series, false);
      }
    });
  });
}
