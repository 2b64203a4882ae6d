import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("the page to return to after signing in again", () => {
  it("keeps the path and query of a staff page in the sign-in page's language", () => {
    expect(safeReturnPath("http://127.0.0.1:3100/es/admin/venues/new", "es")).toBe("/es/admin/venues/new");
    expect(safeReturnPath("/en/admin/meetings/abc123?change=1", "en")).toBe("/en/admin/meetings/abc123?change=1");
    expect(safeReturnPath("/en/admin", "en")).toBe("/en/admin");
  });

  it("is nothing for any other place: another site, a public page, another language, the sign-in page", () => {
    for (const value of [
      "https://evil.example/",
      "/en/administrator",
      "/es/reuniones/x",
      "/es/admin/venues",
      "/en/admin/login",
      "/en/admin/login?next=/en/admin",
      "javascript:alert(1)",
      "",
      undefined,
      42,
      ["/en/admin"],
    ]) {
      expect(safeReturnPath(value, "en"), String(value)).toBeNull();
    }
    // A host that is not this one keeps only its path, so it cannot lead elsewhere.
    expect(safeReturnPath("https://evil.example/en/admin/staff", "en")).toBe("/en/admin/staff");
    expect(safeReturnPath("//evil.example/en/admin", "en")).toBe("/en/admin");
  });
});
