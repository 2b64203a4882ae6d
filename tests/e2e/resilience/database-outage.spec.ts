import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { startAppServer, type AppServer } from "../support/app-server";
import { freePort } from "../support/free-port";
import { dallasDate, fillNewMeeting, uniqueName } from "../support/meeting-form";
import { meetingPath } from "../support/meeting-pages";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { DEMO_ADMIN } from "../support/staff";
import {
  createdId,
  meetingFields,
  newMeetingForm,
  postForm,
  signInOverHttp,
  type PostResult,
} from "../support/staff-http";

/**
 * The database goes away under a running app, on a PostgreSQL server of the
 * test's own (stopped with pg_ctl, started again): residents get a friendly
 * 503 in their language (or a last good copy), monitors get 503 from
 * /api/health, staff keep what they typed, and everything comes back without
 * restarting the app. Then the app itself is killed mid-burst of saves.
 */

test.describe.configure({ mode: "serial" });

let cluster: PostgresCluster;
let app: AppServer;

async function startApp(): Promise<AppServer> {
  return startAppServer(await freePort(), {
    DATABASE_URL: cluster.url,
    SEED_DEMO_DATA: "true",
    SEED_DEMO_ADMIN: "true",
  });
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = await startPostgresCluster();
  app = await startApp();
});

test.afterAll(async () => {
  await app?.kill();
  cluster?.destroy();
});

const OUTAGE_TEXT = {
  en: "This page is not available right now",
  es: "Esta página no está disponible en este momento",
} as const;
// What must never reach a resident: stack frames, driver errors, addresses.
const LEAK = /\bat \S+\.js|Prisma|ECONNREFUSED|DatabaseNotReachable|127\.0\.0\.1|postgres/i;

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: app.baseURL, timezoneId: "Asia/Tokyo" });
}

/** A public page during the outage: a friendly 503 in the page's language, or a 200 last good copy. */
async function expectOutagePage(page: Page, path: string, locale: "en" | "es") {
  const response = await page.goto(path);
  const status = response!.status();
  expect([200, 503], `${path} answers 503 or a last good copy`).toContain(status);
  if (status === 503) {
    expect(Number(response!.headers()["retry-after"]), `${path} says when to retry`).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { level: 1, name: OUTAGE_TEXT[locale] })).toBeVisible();
  } else {
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await expect(page.locator("body")).not.toHaveText(LEAK);
  expect(await response!.text()).not.toMatch(/\bat \S+\.js:\d+|ECONNREFUSED/);
}

async function waitForHealth(expected: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const status = await fetch(`${app.baseURL}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === expected) return Date.now() - started;
    if (Date.now() - started > 60_000)
      throw new Error(`/api/health did not answer ${expected} within 60 s (last ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("with the database stopped: 503 pages, health says so, the open form keeps its input; all recovers without a restart", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const staffContext = await newContext(browser);
  const staff = await staffContext.newPage();
  const residents = await newContext(browser);
  const resident = await residents.newPage();

  await resident.goto("/en");
  const href = await resident.locator('main article[data-status="SCHEDULED"] h3 a').first().getAttribute("href");
  const slug = href!.split("/").pop()!;
  const publicPaths = [
    ["/en", "en"],
    ["/es", "es"],
    [meetingPath("en", slug), "en"],
    [meetingPath("es", slug), "es"],
  ] as const;

  // A staff member opens the form in Spanish and types a whole meeting
  // while the database still answers…
  await staff.goto("/es/admin/login");
  await staff.locator("#email").fill(DEMO_ADMIN.email);
  await staff.locator("#password").fill(DEMO_ADMIN.password);
  await staff.locator("main form button[type=submit]").click();
  await expect(staff).toHaveURL(/\/es\/admin$/);
  await staff.goto("/es/admin/meetings/new");
  const meeting = {
    titleEn: uniqueName("Outage meeting"),
    titleEs: uniqueName("Reunión durante el corte"),
    venueName: uniqueName("Salón"),
    date: dallasDate(2),
  };
  await fillNewMeeting(staff, meeting);
  // …and a colleague without JavaScript has the same form open.
  const noJsCookie = await signInOverHttp(app.baseURL);
  const noJsForm = await newMeetingForm(app.baseURL, noJsCookie);

  cluster.stop();
  const stoppedAt = Date.now();

  for (const [path, locale] of publicPaths) await expectOutagePage(resident, path, locale);
  // A page nobody opened before the outage, in a browser without JavaScript:
  // the 503 still explains itself, in the page's language.
  const noScript = await browser.newContext({ baseURL: app.baseURL, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  for (const [path, locale] of [
    ["/es/archivo", "es"],
    ["/en/archive", "en"],
  ] as const) {
    const response = await plain.goto(path);
    expect(response!.status(), path).toBe(503);
    expect(Number(response!.headers()["retry-after"]), path).toBeGreaterThan(0);
    await expect(plain.getByRole("heading", { level: 1, name: OUTAGE_TEXT[locale] })).toBeVisible();
    await expect(plain.locator("body")).not.toHaveText(LEAK);
  }
  await noScript.close();
  for (const path of [`/ics/en/${slug}`, "/feeds/es/upcoming.xml"]) {
    const response = await fetch(`${app.baseURL}${path}`);
    expect(response.status, path).toBe(503);
    expect(Number(response.headers.get("retry-after")), path).toBeGreaterThan(0);
    expect(await response.text()).not.toMatch(LEAK);
  }
  const health = await fetch(`${app.baseURL}/api/health`);
  expect(health.status).toBe(503);
  expect(health.headers.get("retry-after")).toBeTruthy();
  expect(await health.json()).toEqual({ status: "degraded", database: "unreachable" });

  // The save fails, says so in Spanish, and loses nothing typed.
  await staff.getByRole("button", { name: "Publicar…" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "No se pudo conectar con la base de datos" })).toBeVisible();
  await expect(staff).toHaveURL(/\/es\/admin\/meetings\/new$/);
  await expect(staff.locator("#titleEn")).toHaveValue(meeting.titleEn);
  await expect(staff.locator("#titleEs")).toHaveValue(meeting.titleEs);
  await expect(staff.locator("#venueName")).toHaveValue(meeting.venueName);
  await expect(staff.locator("#date")).toHaveValue(meeting.date);
  await expect(staff.locator("#hostName")).toHaveValue("Lt. Ana Ramírez");

  // Without JavaScript the post is not saved, and nothing pretends it was.
  const noJsTitle = uniqueName("No-JS outage meeting");
  const noJs = await postForm(
    noJsForm.url,
    [...noJsForm.fields, ...meetingFields(noJsForm.seriesId, noJsTitle)],
    noJsCookie,
  );
  expect(createdId(noJs)).toBeNull();
  expect([200, 503]).toContain(noJs.status);

  cluster.start();
  const restartedAt = Date.now();
  const healthRecoveryMs = await waitForHealth(200);
  for (const [path, locale] of publicPaths) {
    const response = await resident.goto(path);
    expect(response!.status(), path).toBe(200);
    await expect(resident.locator("html")).toHaveAttribute("lang", locale);
  }
  expect((await fetch(`${app.baseURL}/ics/en/${slug}`)).status).toBe(200);

  // The same form, untouched, now saves.
  await staff.getByRole("button", { name: "Publicar…" }).click();
  await expect(staff).toHaveURL(/\/es\/admin\/meetings\/[a-z0-9]+\?saved=created$/);
  const retried: PostResult = await postForm(
    noJsForm.url,
    [...noJsForm.fields, ...meetingFields(noJsForm.seriesId, noJsTitle)],
    noJsCookie,
  );
  expect(createdId(retried)).not.toBeNull();
  console.log(
    `outage: database down for ${restartedAt - stoppedAt} ms; /api/health back to 200 ${healthRecoveryMs} ms after the database started; no-JS post during the outage answered ${noJs.status}`,
  );

  const db = new pg.Client({ connectionString: cluster.url });
  await db.connect();
  try {
    const { rows } = await db.query<{ title: string; n: number }>(
      `SELECT title, count(*)::int AS n FROM "MeetingTranslation" WHERE locale = 'en' AND title = ANY($1) GROUP BY title ORDER BY title`,
      [[meeting.titleEn, noJsTitle]],
    );
    expect(rows).toEqual([meeting.titleEn, noJsTitle].sort().map((title) => ({ title, n: 1 })));
  } finally {
    await db.end();
  }
  await staffContext.close();
  await residents.close();
});

const NOTHING_SAVED = {
  en: "The database could not be reached, so nothing was saved.",
  es: "No se pudo conectar con la base de datos, así que no se guardó nada.",
} as const;

type TypedForm = { path: string; fields: Record<string, string>; submit: string };

/**
 * Every other staff form, typed while the database answers and posted while
 * it is stopped: each says in the page's language that nothing was saved and
 * keeps every field as typed (passwords too, which are never sent back: the
 * browser keeps them).
 */
test("with the database stopped: venue, series, staff, password and sign-in forms keep every typed field and say nothing was saved", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueName("outage").split(" ").at(-1)!;
  const forms: Record<"en" | "es", TypedForm[]> = {
    en: [
      {
        path: "/en/admin/venues/new",
        submit: "Add place",
        fields: {
          "#name": `Outage hall ${suffix}`,
          "#street": "12 Demo Street",
          "#postalCode": "75211",
          "#descriptionEs": "Un salón amplio.",
        },
      },
      {
        path: "/en/admin/series/new",
        submit: "Add series",
        fields: {
          "#titleEn": `Outage series ${suffix}`,
          "#titleEs": `Serie del corte ${suffix}`,
          "#startsOn": dallasDate(10),
          "#endsOn": dallasDate(40),
          "#descriptionEn": "Spring sessions.",
          "#descriptionEs": "Sesiones de primavera.",
        },
      },
    ],
    es: [
      {
        path: "/es/admin/staff",
        submit: "Agregar cuenta",
        fields: {
          "#name": "Ana Corte",
          "#email": `corte-${suffix}@example.org`,
          "#password": "una-frase-larga-y-rara-2027",
        },
      },
      {
        path: "/es/admin/account",
        submit: "Cambiar la contraseña",
        fields: {
          "#currentPassword": DEMO_ADMIN.password,
          "#newPassword": "otra-frase-larga-y-rara-2027",
          "#confirmPassword": "otra-frase-larga-y-rara-2027",
        },
      },
    ],
  };
  const opened: { page: Page; form: TypedForm; locale: "en" | "es" }[] = [];
  for (const locale of ["en", "es"] as const) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/${locale}/admin/login`);
    await page.locator("#email").fill(DEMO_ADMIN.email);
    await page.locator("#password").fill(DEMO_ADMIN.password);
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
    for (const form of forms[locale]) {
      const tab = await context.newPage();
      await tab.goto(form.path);
      for (const [selector, value] of Object.entries(form.fields)) await tab.locator(selector).fill(value);
      opened.push({ page: tab, form, locale });
    }
  }
  // Someone about to sign in, in Spanish.
  const signIn = await (await newContext(browser)).newPage();
  const signInForm: TypedForm = {
    path: "/es/admin/login",
    submit: "Iniciar sesión",
    fields: { "#email": DEMO_ADMIN.email, "#password": DEMO_ADMIN.password },
  };
  await signIn.goto(signInForm.path);
  for (const [selector, value] of Object.entries(signInForm.fields)) await signIn.locator(selector).fill(value);
  opened.push({ page: signIn, form: signInForm, locale: "es" });

  cluster.stop();
  try {
    for (const { page, form, locale } of opened) {
      await page.locator("main form").getByRole("button", { name: form.submit }).click();
      await expect(page.locator("main").getByRole("alert"), form.path).toContainText(NOTHING_SAVED[locale]);
      await expect(page, form.path).toHaveURL(new RegExp(`${form.path}$`));
      for (const [selector, value] of Object.entries(form.fields))
        await expect(page.locator(selector), `${form.path} ${selector}`).toHaveValue(value);
    }
  } finally {
    cluster.start();
  }
  await waitForHealth(200);
  // Nothing was half-saved while it was down.
  const db = new pg.Client({ connectionString: cluster.url });
  await db.connect();
  try {
    const venues = await db.query(`SELECT 1 FROM "Venue" WHERE name = $1`, [`Outage hall ${suffix}`]);
    const users = await db.query(`SELECT 1 FROM "user" WHERE email = $1`, [`corte-${suffix}@example.org`]);
    expect([venues.rowCount, users.rowCount]).toEqual([0, 0]);
  } finally {
    await db.end();
  }
  for (const { page } of opened) await page.context().close();
});

test("kill -9 of the app during a burst of saves loses no acknowledged save", async () => {
  test.setTimeout(240_000);
  const BURST = 60;
  const KILL_AFTER_ACKS = 5;
  const cookie = await signInOverHttp(app.baseURL);
  const form = await newMeetingForm(app.baseURL, cookie);
  const prefix = uniqueName("Burst");
  const acknowledged: string[] = [];
  let killed: Promise<void> | null = null;

  const outcomes = await Promise.all(
    Array.from({ length: BURST }, async (_, index) => {
      const title = `${prefix} #${index}`;
      try {
        const result = await postForm(form.url, [...form.fields, ...meetingFields(form.seriesId, title)], cookie);
        if (createdId(result)) {
          acknowledged.push(title);
          if (acknowledged.length === KILL_AFTER_ACKS) killed ??= app.kill("SIGKILL");
          return "acknowledged";
        }
        return `status ${result.status}`;
      } catch {
        return "connection lost";
      }
    }),
  );
  await killed;
  const lost = outcomes.filter((outcome) => outcome === "connection lost").length;
  console.log(
    `burst: ${BURST} saves posted, ${acknowledged.length} acknowledged, ${lost} cut off by kill -9, others: ${outcomes.filter((o) => o.startsWith("status")).join(", ") || "none"}`,
  );
  expect(killed, "the app was killed mid-burst").not.toBeNull();
  expect(lost, "some saves were still in flight when the app died").toBeGreaterThan(0);

  app = await startApp();
  const db = new pg.Client({ connectionString: cluster.url });
  await db.connect();
  try {
    const { rows } = await db.query<{ title: string; n: number }>(
      `SELECT title, count(*)::int AS n FROM "MeetingTranslation" WHERE locale = 'en' AND title LIKE $1 GROUP BY title`,
      [`${prefix} #%`],
    );
    const stored = new Map(rows.map((row) => [row.title, row.n]));
    for (const title of acknowledged) expect(stored.get(title), `${title} was acknowledged`).toBe(1);
    for (const row of rows) expect(row.n, `${row.title} is stored once`).toBe(1);
    console.log(
      `burst: after restart ${rows.length} of the burst's meetings are stored (${acknowledged.length} acknowledged, every one present once)`,
    );
  } finally {
    await db.end();
  }
  // The restarted app serves an acknowledged save.
  const { rows } = await (async () => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      return await client.query<{ id: string }>(`SELECT "meetingId" AS id FROM "MeetingTranslation" WHERE title = $1`, [
        acknowledged[0],
      ]);
    } finally {
      await client.end();
    }
  })();
  const edit = await fetch(`${app.baseURL}/en/admin/meetings/${rows[0]!.id}`, {
    headers: { cookie: await signInOverHttp(app.baseURL) },
  });
  expect(edit.status).toBe(200);
});
