import { explainDatabaseError } from "@/lib/db/errors";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { EnvError } from "@/lib/env";
import { loadEnvFile } from "./env-file.mjs";

type Explain = (error: unknown) => string | null;

/** A mistake the operator can fix; its message is the whole story. */
export class CliError extends Error {}

const explainConfigError: Explain = (error) => {
  if (error instanceof CliError || error instanceof EnvError) return error.message;
  try {
    return explainDatabaseError(error, resolveDatabaseTarget());
  } catch {
    return null;
  }
};

/**
 * Runs a command-line entry point. Known configuration mistakes end with one
 * plain sentence ("Error: ...") and exit code 1; anything else keeps its
 * stack for debugging.
 */
export function runCli(main: () => Promise<void>, explain: Explain = explainConfigError): void {
  loadEnvFile();
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      const explanation = explain(error);
      console.error(explanation ? `Error: ${explanation}` : error);
      process.exit(1);
    },
  );
}
