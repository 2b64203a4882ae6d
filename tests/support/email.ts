import { renderEmail } from "@/lib/email/render";
import type { EmailRenderer } from "@/lib/email/renderer";

/**
 * The sender's renderer, in the test's own process: the same rendering
 * without starting `node --import tsx` for every turn. The app renders in a
 * process of its own (lib/email/renderer.ts); tests/integration/email-outbox.test.ts
 * runs that one too.
 */
export const renderInThisProcess: EmailRenderer = {
  render: async (message) => renderEmail(message),
  close: () => undefined,
};
