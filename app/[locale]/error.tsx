"use client";

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
        <button
          type="button"
          onClick={() => retry()}
          className="min-h-11 rounded-md bg-brand-800 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-900"
        >
          {text.retry}
        </button>
        <a href={text.homeHref} className="inline-flex min-h-11 items-center text-lg">
          {text.backHome}
        </a>
      </div>
    </div>
  );
}
