import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { plainPage } from "@/lib/serving/plain-page";

const ENHANCE = "(function () { document.body.dataset.ok = '1'; })();";
const page = (body: string) =>
  `<!DOCTYPE html><html lang="es"><head><link rel="modulepreload" href="/_next/a.js"/><link rel="preload" as="script" href="/_next/b.js"/><link rel="preload" as="font" href="/f.woff2"/><script src="/_next/c.js" async=""></script></head><body>${body}</body></html>`;

describe("a residents' page without the framework's scripts", () => {
  it("drops every script Next.js writes, whatever it holds, and the hints to fetch them", async () => {
    const { html, whole } = await plainPage(
      page(
        `<main><p>Hola &amp; bienvenidos</p></main><script>self.__next_f.push([1,"</div><p>x"])</script><script nonce="abc">(self.__next_f=self.__next_f||[]).push([0])</script>`,
      ),
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("modulepreload");
    expect(html).not.toContain('as="script"');
    expect(html).toContain('<link rel="preload" as="font" href="/f.woff2"/>');
    expect(html).toContain("<main><p>Hola &amp; bienvenidos</p></main>");
    expect(whole).toBe(true);
  });

  it("keeps structured data and the enhancement script, without its nonce, allowed by its hash", async () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"Event","name":"a &lt; b"}</script>';
    const { html, scriptHashes } = await plainPage(
      page(`${jsonLd}<script nonce="secret-nonce" data-enhance="">${ENHANCE}</script>`),
    );
    expect(html).toContain(jsonLd);
    expect(html).toContain(`<script data-enhance="">${ENHANCE}</script>`);
    expect(html).not.toContain("secret-nonce");
    expect(scriptHashes).toEqual([crypto.createHash("sha256").update(ENHANCE).digest("base64")]);
  });

  it("keeps no nonce anywhere, stylesheets included", async () => {
    const { html } = await plainPage(
      page('<link rel="stylesheet" href="/_next/a.css" nonce="secret-nonce" data-precedence="next"/>'),
    );
    expect(html).toContain('<link rel="stylesheet" href="/_next/a.css" data-precedence="next"/>');
    expect(html).not.toContain("secret-nonce");
  });

  it("tells a whole document from a fragment or RSC data", async () => {
    expect((await plainPage("{}")).whole).toBe(false);
    expect((await plainPage('1:"$Sreact.fragment"\n0:["$","html"]')).whole).toBe(false);
    expect((await plainPage("<p>part of a page</p>")).whole).toBe(false);
  });

  it("copies text that looks like markup inside other elements as it is", async () => {
    const body = '<textarea name="q">&lt;/script&gt;&lt;script&gt;alert(1)</textarea><p title="a &quot;b&quot;">x</p>';
    expect((await plainPage(page(body))).html).toContain(body);
  });
});
