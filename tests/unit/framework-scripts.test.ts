import { describe, expect, it } from "vitest";
import { plainPageBody, withoutFrameworkScripts } from "@/lib/cache/framework-scripts";

// The shape of a page as Next.js renders it (trimmed from a real meeting page).
const PAGE = [
  '<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/1rs0uf07vxfij.css" nonce="abc" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="abc" href="/_next/static/chunks/1ks0mxnk9ob55.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/extra.js"/>',
  '<script src="/_next/static/chunks/2-r2hkt5edzae.js" async="" nonce="abc"></script>',
  '<SCRIPT src="/_next/static/chunks/polyfills.js" noModule="" nonce="abc"></SCRIPT >',
  '<link rel="canonical" href="https://encuentros.example/es/reuniones/x"/>',
  '<link rel="alternate" type="text/calendar" href="https://encuentros.example/ics/es/series/x.ics" title="Calendario"/>',
  "</head><body>",
  '<main><h1>Reunión &lt;script&gt;alert(1)&lt;/script&gt;</h1>',
  '<textarea readOnly="">&lt;script src=&quot;https://x&quot;&gt;&lt;/script&gt;</textarea>',
  '<script type="application/ld+json">{"@type":"Event","name":"Reuni\\u003cn"}</script></main>',
  '<script nonce="abc" data-enhance="">(function () { document.title; })();</script>',
  '<script nonce="abc">(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="abc">self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>',
  "</body></html>",
].join("");

describe("residents' pages without the framework's scripts", () => {
  const plain = withoutFrameworkScripts(PAGE);

  it("drops the framework's script files, their preloads and its inline hydration data", () => {
    expect(plain).not.toContain("/_next/static/chunks/2-r2hkt5edzae.js");
    expect(plain).not.toContain("polyfills.js");
    expect(plain).not.toContain("1ks0mxnk9ob55.js");
    expect(plain).not.toContain("extra.js");
    expect(plain).not.toContain("__next_f");
  });

  it("keeps the stylesheet, the feed and canonical links, the structured data and the site's own script", () => {
    expect(plain).toContain('<link rel="stylesheet" href="/_next/static/chunks/1rs0uf07vxfij.css"');
    expect(plain).toContain('<link rel="canonical"');
    expect(plain).toContain('type="text/calendar"');
    expect(plain).toContain('<script type="application/ld+json">{"@type":"Event","name":"Reuni\\u003cn"}</script>');
    expect(plain).toContain('<script nonce="abc" data-enhance="">(function () { document.title; })();</script>');
  });

  it("leaves text that only looks like a script alone", () => {
    expect(plain).toContain("<h1>Reunión &lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    expect(plain).toContain("<textarea readOnly=\"\">&lt;script src=&quot;https://x&quot;&gt;&lt;/script&gt;</textarea>");
    expect(plain.endsWith("</body></html>")).toBe(true);
  });

  it("changes only HTML bodies, byte for byte otherwise", () => {
    const calendar = new TextEncoder().encode("BEGIN:VCALENDAR\r\n<script>\r\n");
    expect(plainPageBody(calendar, "text/calendar; charset=utf-8")).toBe(calendar);
    expect(new TextDecoder().decode(plainPageBody(new TextEncoder().encode(PAGE), "text/html; charset=utf-8"))).toBe(plain);
  });
});
