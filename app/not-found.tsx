import "./globals.css";

// Reached only for paths outside any locale that the proxy did not redirect
// (for example a file-like path). Bilingual because the language is unknown.
export default function GlobalNotFound() {
  return (
    <html lang="es">
      <body className="mx-auto max-w-xl p-6">
        <main>
          <h1 className="text-2xl font-bold">No encontramos esa página</h1>
          <p className="mt-2">
            <a href="/es">Ver próximas reuniones</a>
          </p>
          <h2 lang="en" className="mt-8 text-2xl font-bold">
            We could not find that page
          </h2>
          <p lang="en" className="mt-2">
            <a href="/en">See upcoming meetings</a>
          </p>
        </main>
      </body>
    </html>
  );
}
