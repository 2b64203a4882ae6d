import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { JAVA, missingToolsSentence } from "../support/system-tools";
import { firstMeetingPath, publicPaths, REQUEST_FORM_PATH, type TestLocale } from "./support/public-pages";
import { postByButton, testClientAddress } from "./support/resident-forms";

// The Nu HTML Checker, from npm (vnu-jar, pinned), run on the machine's Java.
const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));
const address = testClientAddress();
test.use({ extraHTTPHeaders: { "x-forwarded-for": address } });

// The submit buttons of the residents' forms, pressed with nothing filled in
// (a refused question or request: nothing is stored) or a tap.
const BUTTONS = {
  en: { question: "Send my question", plan: "I plan to come", request: "Send the request" },
  es: { question: "Enviar mi pregunta", plan: "Pienso venir", request: "Enviar la solicitud" },
} as const;
const WHAT_TO_KNOW = { en: "/en/what-to-know", es: "/es/que-saber" } as const;

type CheckedPage = { name: string; html: string };
type VnuMessage = {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
};

/** What the browser received in answer to a form post, without JavaScript: the page a resident then sees. */
async function answerPages(browser: Browser, locale: TestLocale, meetingPath: string): Promise<CheckedPage[]> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": address },
  });
  const page = await context.newPage();
  const answer = async (pagePath: string, button: string, name: string): Promise<CheckedPage> => {
    await page.goto(pagePath);
    const response = await postByButton(page, button);
    expect(response.status(), name).toBe(200);
    return { name: `${name} (${locale})`, html: await response.text() };
  };
  const buttons = BUTTONS[locale];
  const pages = [
    await answer(meetingPath, buttons.question, "a meeting page answering an empty question"),
    await answer(meetingPath, buttons.plan, "a meeting page answering a tap"),
    await answer(WHAT_TO_KNOW[locale], buttons.question, "what to know answering an empty question"),
    await answer(REQUEST_FORM_PATH[locale], buttons.request, "the request form answering an empty request"),
  ];
  await context.close();
  return pages;
}

/** Every page type as residents receive it over HTTP, in a language. */
async function residentsPages(page: Page, browser: Browser, locale: TestLocale): Promise<CheckedPage[]> {
  const paths = await publicPaths(page, locale);
  const pages: CheckedPage[] = [];
  for (const pagePath of paths) {
    const response = await page.request.get(pagePath);
    expect([200, 404], pagePath).toContain(response.status());
    expect(response.headers()["content-type"], pagePath).toMatch(/^text\/html/);
    pages.push({ name: pagePath, html: await response.text() });
  }
  return [...pages, ...(await answerPages(browser, locale, await firstMeetingPath(page, locale)))];
}

/** Checks every file in one start of the checker; returns its errors and warnings (not its informational notes). */
function vnuProblems(files: string[]): VnuMessage[] {
  const run = spawnSync("java", ["-jar", VNU_JAR, "--format", "json", "--stdout", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (run.error) throw run.error;
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`The HTML checker did not answer in JSON (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  return report.messages.filter((message) => message.type !== "info" || message.subType === "warning");
}

test("every residents' page type, in both languages, as residents receive it (answers to form posts and the 404 page included), has no error or warning in the Nu HTML Checker", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // Fails (never skips) without Java, before fetching anything.
  if (!JAVA.find()) throw new Error(missingToolsSentence([JAVA]));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-vnu-"));
  try {
    const checked = new Map<string, string>();
    const pages = [...(await residentsPages(page, browser, "es")), ...(await residentsPages(page, browser, "en"))];
    pages.forEach((checkedPage, index) => {
      const file = path.join(folder, `page-${index}.html`);
      fs.writeFileSync(file, checkedPage.html);
      checked.set(`file:${file}`, checkedPage.name);
    });
    // A page known to break a rule: proves the checker ran on these files and that its report is read.
    const known = path.join(folder, "known-bad.html");
    fs.writeFileSync(
      known,
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><form action=""></form></body></html>',
    );

    const problems = vnuProblems([...checked.keys(), known].map((url) => url.replace(/^file:/, "")));
    const [fromKnown, fromPages] = [
      problems.filter((problem) => problem.url === `file:${known}`),
      problems.filter((problem) => problem.url !== `file:${known}`),
    ];
    expect(fromKnown.map((problem) => problem.message)).toEqual([
      "Bad value “” for attribute “action” on element “form”: Must be non-empty.",
    ]);
    expect(
      fromPages.map(
        (problem) =>
          `${checked.get(problem.url ?? "") ?? problem.url}:${problem.lastLine}:${problem.firstColumn} ${problem.subType ?? problem.type}: ${problem.message} [${problem.extract ?? ""}]`,
      ),
    ).toEqual([]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
