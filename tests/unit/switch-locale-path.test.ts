import { describe, expect, it } from "vitest";
import { switchLocalePath } from "@/lib/i18n/switch-locale-path";

describe("the language switch's target", () => {
  it("maps each localized page to its counterpart, keeping the slug", () => {
    expect(switchLocalePath("/es", "es", "en")).toBe("/en");
    expect(switchLocalePath("/es/reuniones/demo-familia-bethel-4", "es", "en")).toBe(
      "/en/meetings/demo-familia-bethel-4",
    );
    expect(switchLocalePath("/en/meetings/demo-familia-bethel-4", "en", "es")).toBe(
      "/es/reuniones/demo-familia-bethel-4",
    );
    expect(switchLocalePath("/en/archive", "en", "es")).toBe("/es/archivo");
    expect(switchLocalePath("/es/que-saber", "es", "en")).toBe("/en/what-to-know");
    expect(switchLocalePath("/es/admin/meetings/abc", "es", "en")).toBe("/en/admin/meetings/abc");
  });

  it("keeps an unknown path and only swaps the language", () => {
    expect(switchLocalePath("/es/no-existe", "es", "en")).toBe("/en/no-existe");
  });
});
