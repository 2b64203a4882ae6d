import type { ReactNode } from "react";
import { PageEnhancements } from "./page-enhancements";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * Header, main and footer of the residents' pages. A page may pass its own
 * path for the language switch; otherwise it is read from the request.
 */
export function PublicChrome({ children, currentPath }: { children: ReactNode; currentPath?: string }) {
  return (
    <>
      <SiteHeader currentPath={currentPath} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 outline-none">
        {children}
      </main>
      <SiteFooter />
      <PageEnhancements />
    </>
  );
}
