import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { createDbClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { CliError, runCli } from "./run-cli";

/**
 * `npm run admin:create -- --email a@b.org --name "Ana" [--password …]`:
 * the first admin (there is no sign-up page). Without --password it asks,
 * so the password stays out of the shell history.
 */
const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY)
    throw new CliError(`Missing ${question}: pass it as an argument (see docs/deployment.md, Scripts).`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await prompt.question(`${question}: `)).trim();
  } finally {
    prompt.close();
  }
}

runCli(async () => {
  const email = values.email ?? (await ask("--email"));
  const name = values.name ?? (await ask("--name"));
  const password = values.password ?? (await ask("--password"));
  if (!z.email().safeParse(email).success) throw new CliError(`"${email}" is not an email address.`);
  if (!name) throw new CliError("A name is required (--name).");
  const problem = passwordProblem(password);
  if (problem)
    throw new CliError(
      `The password is ${problem === "tooShort" ? "shorter than 12 characters" : problem === "tooLong" ? "longer than 128 characters" : "too common"}.`,
    );

  const target = resolveDatabaseTarget();
  // Before the very first start too: a fresh database gets its tables first.
  await applyMigrations(target);
  const db = createDbClient(target);
  try {
    if (await db.user.findUnique({ where: { email: email.toLowerCase() } })) {
      throw new CliError(`An account for ${email} already exists.`);
    }
    await createStaffAccount(db, { email, name, password, role: "ADMIN" });
    console.log(`Created admin ${email.toLowerCase()} in ${describeDatabaseTarget(target)}.`);
  } finally {
    await db.$disconnect();
  }
});
