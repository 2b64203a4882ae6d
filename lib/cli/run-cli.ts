import { explainDatabaseError } from "@/lib/db/errors";
import { resolveDatabaseTarget } from "@/lib/db/target";

type Explain = (error: unknown) => string | null;

const explainConfigError: Explain = (error) => explainDatabaseError(error, resolveDatabaseTarget());

/**
 * Runs a command-line entry point. Known configuration mistakes end with one
 * plain sentence ("Error: ...") and exit code 1; anything else keeps its
 * stack for debugging.
 */
export function runCli(main: () => Promise<void>, explain: Explain = explainConfigError): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      const explanation = explain(error);
      console.error(explanation ? `Error: ${explanation}` : error);
      process.exit(1);
    },
  );
}
