import { expect, test } from "@playwright/test";
import { startAppServer, type AppServer } from "../support/app-server";
import { freePort } from "../support/free-port";
import { freshAppDatabase } from "../support/fresh-app-database";
import { uniqueName } from "../support/meeting-form";
import {
  addStaffOverHttp,
  createdId,
  editMeetingForm,
  meetingFields,
  newMeetingForm,
  postForm,
  signInOverHttp,
} from "../support/staff-http";

/**
 * 100 connections for 60 s against the production build: residents reading
 * the listing, meeting pages and calendar files in both languages while an
 * editor creates meetings and keeps editing one, all over HTTP. Nothing may
 * fail, and the database must hold exactly the saves that were acknowledged.
 * On PostgreSQL (DATABASE_URL) in a fresh database of its own, else on PGlite.
 */

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const DURATION_MS = Number(process.env.LOAD_SECONDS ?? 60) * 1000;

type Tally = {
  requests: number;
  byKind: Record<string, number>;
  statuses: Record<string, number>;
  errors: string[];
  slowestMs: number;
  created: string[];
  createRefused: number;
  updates: number;
};

test("100 connections for 60 s of reads and staff saves: no errors, every acknowledged save stored exactly once", async () => {
  test.setTimeout(DURATION_MS + 180_000);
  const database = await freshAppDatabase("load");
  let app: AppServer | null = null;
  try {
    app = await startAppServer(await freePort(), database.env);
    const base = app.baseURL;
    const adminCookie = await signInOverHttp(base);
    const editor = {
      name: "Load Editor",
      email: `load-editor-${Date.now()}@encuentros.test`,
      password: "load-editor-password-2027",
      role: "EDITOR" as const,
    };
    await addStaffOverHttp(base, adminCookie, editor);
    const cookie = await signInOverHttp(base, editor);
    const form = await newMeetingForm(base, cookie);

    const prefix = uniqueName("Load");
    const edited = createdId(
      await postForm(form.url, [...form.fields, ...meetingFields(form.seriesId, `${prefix} edited`)], cookie),
    );
    expect(edited, "the meeting to edit was created").not.toBeNull();
    const listing = await (await fetch(`${base}/en`)).text();
    const slugs = [...new Set([...listing.matchAll(/\/en\/meetings\/([a-z0-9-]+)/g)].map((match) => match[1]!))].slice(
      0,
      5,
    );
    const seriesIcs = /\/ics\/en\/series\/[a-z0-9-]+\.ics/.exec(listing)?.[0];
    expect(slugs.length).toBeGreaterThan(0);
    expect(seriesIcs).toBeTruthy();
    const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
    const reads: (() => string)[] = [
      () => "/en",
      () => "/es",
      () => "/es?week=next",
      () => `/en/meetings/${pick(slugs)}`,
      () => `/es/reuniones/${pick(slugs)}`,
      () => `/ics/${pick(["en", "es"])}/${pick(slugs)}`,
      () => seriesIcs!.replace("/en/", `/${pick(["en", "es"])}/`),
    ];

    const tally: Tally = {
      requests: 0,
      byKind: {},
      statuses: {},
      errors: [],
      slowestMs: 0,
      created: [],
      createRefused: 0,
      updates: 0,
    };
    const timed = async <T>(
      kind: string,
      run: () => Promise<T & { status: number }>,
    ): Promise<(T & { status: number }) | null> => {
      const started = Date.now();
      tally.requests += 1;
      tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1;
      try {
        const result = await run();
        tally.statuses[result.status] = (tally.statuses[result.status] ?? 0) + 1;
        if (result.status >= 500) tally.errors.push(`${kind}: ${result.status}`);
        return result;
      } catch (error) {
        tally.errors.push(`${kind}: ${(error as Error).cause ?? error}`);
        return null;
      } finally {
        tally.slowestMs = Math.max(tally.slowestMs, Date.now() - started);
      }
    };

    const deadline = Date.now() + DURATION_MS;
    let counter = 0;
    const reader = async () => {
      while (Date.now() < deadline) {
        if (Math.random() < 0.05) {
          const title = `${prefix} #${(counter += 1)}`;
          const result = await timed("create", () =>
            postForm(form.url, [...form.fields, ...meetingFields(form.seriesId, title)], cookie),
          );
          if (result && createdId(result)) tally.created.push(title);
          else if (result) tally.createRefused += 1;
        } else {
          const path = pick(reads)();
          await timed("read", async () => {
            const response = await fetch(`${base}${path}`);
            await response.arrayBuffer();
            return { status: response.status };
          });
        }
      }
    };
    // One connection edits the same meeting over and over, as a person would.
    const initialVersion = Number(
      (await editMeetingForm(base, cookie, edited!)).fields.find(([name]) => name === "version")?.[1],
    );
    const editorLoop = async () => {
      while (Date.now() < deadline) {
        const editForm = await timed("edit form", async () => ({
          status: 200,
          ...(await editMeetingForm(base, cookie, edited!)),
        }));
        if (!editForm) continue;
        const state = editForm.fields.map(([, value]) => value).find((value) => value.includes('"values"'));
        const values = (JSON.parse(state!) as unknown[]).find(
          (item): item is { values: Record<string, unknown> } =>
            typeof item === "object" && item !== null && "values" in item,
        )!.values;
        const fields: [string, string][] = Object.entries(values).flatMap(([name, value]): [string, string][] =>
          Array.isArray(value)
            ? value.map((item) => [name, String(item)])
            : value === true
              ? [[name, "on"]]
              : value === false
                ? []
                : [[name, String(value)]],
        );
        const changed = fields.map(([name, value]): [string, string] =>
          name === "titleEn" ? [name, `${prefix} edited ${tally.updates + 1}`] : [name, value],
        );
        const posted = editForm.fields.filter(([name]) => name.startsWith("$ACTION") || name === "version");
        const result = await timed("update", () => postForm(editForm.url, [...posted, ...changed], cookie));
        // Created through the form, the meeting is a draft: each save says it was saved as one.
        if (result?.status === 303 && result.location?.endsWith("?saved=updatedDraft")) tally.updates += 1;
        else if (result) tally.errors.push(`update not saved: ${result.status} ${result.location}`);
      }
    };

    const started = Date.now();
    await Promise.all([editorLoop(), ...Array.from({ length: CONNECTIONS - 1 }, reader)]);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `load (${database.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}): ${tally.requests} requests in ${seconds.toFixed(1)} s (${(tally.requests / seconds).toFixed(0)}/s) over ${CONNECTIONS} connections; ` +
        `${JSON.stringify(tally.byKind)}; statuses ${JSON.stringify(tally.statuses)}; ${tally.created.length} creations and ${tally.updates} edits acknowledged; ` +
        `${tally.errors.length} errors; slowest ${tally.slowestMs} ms`,
    );
    expect(tally.errors.slice(0, 10), "no 5xx, no socket errors, no refused edit").toEqual([]);
    expect(tally.createRefused, "every creation was acknowledged").toBe(0);
    expect(tally.created.length).toBeGreaterThan(0);
    expect(tally.updates).toBeGreaterThan(0);

    await app.kill();
    app = null;
    const stored = await database.query<{ title: string; n: number }>(
      `SELECT title, count(*)::int AS n FROM "MeetingTranslation" WHERE locale = 'en' AND title LIKE $1 GROUP BY title`,
      [`${prefix} #%`],
    );
    expect(
      stored.reduce((sum, row) => sum + row.n, 0),
      "rows = acknowledged creations",
    ).toBe(tally.created.length);
    expect(new Set(stored.map((row) => row.title))).toEqual(new Set(tally.created));
    const [meeting] = await database.query<{ version: number }>(`SELECT version FROM "Meeting" WHERE id = $1`, [
      edited,
    ]);
    expect(meeting!.version - initialVersion, "each acknowledged edit raised the version once").toBe(tally.updates);
  } catch (error) {
    console.log(`The app's last output:\n${app?.output().slice(-4000)}`);
    throw error;
  } finally {
    await app?.kill();
    await database.dispose();
  }
});
