"use client";

import { Button } from "@/components/button";
import "./globals.css";

type Props = { error: unknown; retry: () => void };

// Replaces the whole document when even the locale layout fails, so neither
// the language nor the messages are known: both languages, Spanish first.
// The text mirrors the "Error" messages but is written out, because this
// component ships with every page and importing both message files would
// add them to every resident's download.
export default function GlobalError({ retry }: Props) {
  return (
    <html lang="es">
      <body className="mx-auto max-w-xl p-6">
        <title>Algo salió mal · Something went wrong</title>
        <main role="alert">
          <h1 className="text-2xl font-bold">Algo salió mal</h1>
          <p className="mt-2">Por favor, inténtelo de nuevo en un momento.</p>
          <h2 lang="en" className="mt-6 text-2xl font-bold">
            Something went wrong
          </h2>
          <p lang="en" className="mt-2">
            Please try again in a moment.
          </p>
          <p className="mt-6">
            <Button type="button" onClick={() => retry()} width="narrow" className="py-2 text-lg">
              Intentar de nuevo <span lang="en">· Try again</span>
            </Button>
          </p>
          <p className="mt-4 flex flex-wrap gap-x-6">
            <a href="/es">Ver próximas reuniones</a>
            <a href="/en" lang="en">
              See upcoming meetings
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
