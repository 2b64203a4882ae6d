"use client";

import { Button } from "@/components/button";
import { useErrorText } from "@/components/error-text";

type Props = { error: unknown; retry: () => void };

// The error itself is never shown: in production its message is generic, and
// residents need a way forward, not details. Next.js logs it on the server.
export default function LocalizedError({ retry }: Props) {
  const text = useErrorText();
  if (!text) return null;
  return (
    <div role="alert" className="mx-auto w-full max-w-3xl px-4 py-6">
      <h1 className="text-3xl font-bold">{text.heading}</h1>
      <p className="mt-2 text-lg">{text.body}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="button" onClick={() => retry()} width="narrow" className="py-2 text-lg">
          {text.retry}
        </Button>
        <a href={text.homeHref} className="inline-flex min-h-11 items-center text-lg">
          {text.backHome}
        </a>
      </div>
    </div>
  );
}
