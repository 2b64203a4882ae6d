import { spawn, type ChildProcessByStdio } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { EmailRenderError, type RenderedEmail } from "./content";

/** Renders stored messages (its kind, language and parameters) to subject, text and HTML. */
export type EmailRenderer = {
  render(message: { kind: string; locale: string; params: unknown }): Promise<RenderedEmail>;
  /** Ends the renderer (its process, if it started one). */
  close(): void;
};

type Pending = { resolve: (email: RenderedEmail) => void; reject: (error: Error) => void };
type Answer = ({ ok: true } & RenderedEmail) | { ok: false; error: string };

/**
 * Renders in a process of its own, `node --import tsx lib/email/render-child.ts`,
 * started at the first message and ended by close(). Why: react-dom/server
 * cannot run anywhere in Next.js's server build. Its production build
 * compiles instrumentation.ts and all it imports, the sender job included,
 * under the `react-server` condition, where `react-dom/server` resolves to
 * a module without exports (and Turbopack refuses the import outright).
 * The child loads the same components with Node.js's own resolution.
 * A turn of the sender with messages pays about a second to start it.
 */
export function renderInChildProcess(projectRoot = process.cwd()): EmailRenderer {
  let child: ChildProcessByStdio<Writable, Readable, null> | null = null;
  const pending: Pending[] = [];

  const failAll = (error: Error) => {
    for (const waiting of pending.splice(0)) waiting.reject(error);
  };

  function start(): ChildProcessByStdio<Writable, Readable, null> {
    const started = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "lib/email/render-child.ts")], {
      cwd: projectRoot,
      stdio: ["pipe", "pipe", "inherit"],
    });
    createInterface({ input: started.stdout, crlfDelay: Infinity }).on("line", (line) => {
      const waiting = pending.shift();
      if (!waiting) return;
      const answer = JSON.parse(line) as Answer;
      if (answer.ok) waiting.resolve({ subject: answer.subject, text: answer.text, html: answer.html });
      else waiting.reject(new EmailRenderError(answer.error));
    });
    started.on("error", (error) => failAll(error));
    started.on("exit", (code, signal) => {
      if (child === started) child = null;
      failAll(new Error(`The email renderer stopped (${signal ?? `exit code ${code}`}).`));
    });
    return started;
  }

  return {
    render(message) {
      child ??= start();
      const running = child;
      return new Promise<RenderedEmail>((resolve, reject) => {
        pending.push({ resolve, reject });
        running.stdin.write(
          `${JSON.stringify({ kind: message.kind, locale: message.locale, params: message.params })}\n`,
        );
      });
    },
    close() {
      child?.stdin.end();
      child = null;
    },
  };
}
