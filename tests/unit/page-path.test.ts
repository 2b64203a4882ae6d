import { describe, expect, it } from "vitest";
import { pagePath } from "@/lib/i18n/paths";

describe("localized page paths", () => {
  it("builds each language's path with params and query", () => {
    expect(pagePath("/", "es")).toBe("/es");
    expect(pagePath("/archive", "es")).toBe("/es/archivo");
    expect(pagePath({ pathname: "/meetings/[slug]", params: { slug: "demo-1" } }, "en")).toBe("/en/meetings/demo-1");
    expect(pagePath({ pathname: "/meetings/[slug]", params: { slug: "demo-1" } }, "es")).toBe("/es/reuniones/demo-1");
    expect(pagePath({ pathname: "/archive", query: { page: 2, missing: undefined } }, "en")).toBe("/en/archive?page=2");
  });
});
