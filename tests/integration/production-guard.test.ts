import { describe, expect, it } from "vitest";
import { DEMO_ADMIN, ensureDemoAdmin } from "@/lib/auth/demo-admin";
import { deploymentConfigProblems, deploymentDatabaseProblems, needsFirstAdmin } from "@/lib/auth/production-guard";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { parseEnv } from "@/lib/env";
import { zonedDateKey } from "@/lib/time/central-time";
import { removeDemo, seedDemoData } from "@/prisma/seed-demo";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { TEST_PASSWORD } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const SECRET = "x".repeat(48);
const deployment = parseEnv({ SITE_URL: "https://encuentros.example", AUTH_SECRET: SECRET });
const local = parseEnv({});

describe("a real deployment's configuration", () => {
  it("needs AUTH_SECRET and refuses the demo, whatever NODE_ENV or the database; local mode needs neither", () => {
    expect(deploymentConfigProblems(deployment)).toEqual([]);
    expect(
      deploymentConfigProblems(parseEnv({ SITE_URL: "https://encuentros.example", NODE_ENV: "development" })),
    ).toEqual([expect.stringMatching(/^AUTH_SECRET is not set/)]);
    expect(
      deploymentConfigProblems(
        parseEnv({ SITE_URL: "https://encuentros.example", AUTH_SECRET: SECRET, SEED_DEMO_ADMIN: "true" }),
      ),
    ).toEqual([expect.stringMatching(/^SEED_DEMO_ADMIN=true .* local mode only/)]);
    expect(deploymentConfigProblems(parseEnv({ SEED_DEMO_DATA: "true", NODE_ENV: "production" }))).toEqual([]);
  });

  it("needs EMAIL_FROM once it sends email (SMTP_URL set); without SMTP_URL it starts with email off", () => {
    const smtp = {
      SITE_URL: "https://encuentros.example",
      AUTH_SECRET: SECRET,
      SMTP_URL: "smtps://u:p@smtp.example.org:465",
    };
    expect(deploymentConfigProblems(parseEnv(smtp))).toEqual([
      expect.stringMatching(/^EMAIL_FROM is not set: a real deployment that sends email/),
    ]);
    expect(deploymentConfigProblems(parseEnv({ ...smtp, EMAIL_FROM: "Encuentros <encuentros@example.org>" }))).toEqual(
      [],
    );
    expect(deploymentConfigProblems(parseEnv({ SMTP_URL: "smtp://127.0.0.1:1025" }))).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("a real deployment's database (%s)", (kind) => {
  const fixture = migratedDatabaseFor(kind);

  it("says when there is no admin yet, and not once there is one", async () => {
    expect(await needsFirstAdmin(fixture.db)).toBe(true);
    expect(await deploymentDatabaseProblems(fixture.db, deployment)).toEqual([]);
    await createStaffAccount(fixture.db, {
      email: `first-${kind}@example.org`,
      name: "First",
      password: TEST_PASSWORD,
      role: "ADMIN",
    });
    expect(await needsFirstAdmin(fixture.db)).toBe(false);
  });

  it("refuses the demo admin and the demo data; local mode accepts both", async () => {
    await ensureDemoAdmin(fixture.db);
    await ensureDemoAdmin(fixture.db);
    expect(await fixture.db.user.count({ where: { email: DEMO_ADMIN.email } })).toBe(1);
    expect(await deploymentDatabaseProblems(fixture.db, deployment)).toEqual([
      expect.stringMatching(/demo admin account .* `npm run demo:remove`/),
    ]);

    await seedDemoData(fixture.db, zonedDateKey(new Date()));
    expect(await deploymentDatabaseProblems(fixture.db, deployment)).toEqual([
      expect.stringMatching(/demo admin/),
      expect.stringMatching(/^Demo data .* `npm run demo:remove`/),
    ]);
    expect(await deploymentDatabaseProblems(fixture.db, local)).toEqual([]);
  });

  it("stores only a scrypt hash of the demo admin's password", async () => {
    const account = await fixture.db.account.findFirstOrThrow({ where: { user: { email: DEMO_ADMIN.email } } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(DEMO_ADMIN.password);
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });

  it("starts once `npm run demo:remove` has run, keeping what staff made", async () => {
    const series = await fixture.db.series.findFirstOrThrow();
    const venue = await fixture.db.venue.create({
      data: {
        slug: `real-${kind}`,
        name: "Real Church",
        kind: "CHURCH",
        street: "1 Main St",
        city: "Dallas",
        postalCode: "75201",
      },
    });
    const startsAt = new Date(Date.now() + 86_400_000);
    await fixture.db.meeting.create({
      data: {
        slug: `real-meeting-${kind}`,
        seriesId: series.id,
        venueId: venue.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        hostName: "Lt. Ana Ramírez",
      },
    });
    expect(await removeDemo(fixture.db)).toMatchObject({ accounts: 1, venues: 5 });
    expect(await deploymentDatabaseProblems(fixture.db, deployment)).toEqual([]);
    expect(await fixture.db.meeting.findMany({ select: { slug: true } })).toEqual([{ slug: `real-meeting-${kind}` }]);
    expect(await fixture.db.series.count()).toBe(1);
  });
});
