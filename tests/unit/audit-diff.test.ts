import { describe, expect, it } from "vitest";
import { auditChanges } from "@/lib/audit/diff";
import { slugify } from "@/lib/text/slug";

describe("auditChanges", () => {
  it("lists every recorded field of a creation", () => {
    expect(auditChanges(null, { name: "Eddie", active: true })).toEqual([
      { field: "name", before: null, after: "Eddie" },
      { field: "active", before: null, after: true },
    ]);
  });

  it("keeps only the fields an edit changed, with readable values", () => {
    expect(auditChanges({ name: "A", tags: ["es"], same: 1 }, { name: "B", tags: ["es", "en"], same: 1 })).toEqual([
      { field: "name", before: "A", after: "B" },
      { field: "tags", before: "es", after: "es, en" },
    ]);
  });

  it("copes with entries that hold no object", () => {
    expect(auditChanges("odd", undefined)).toEqual([]);
  });
});

describe("slugify", () => {
  it("folds accents and punctuation into a stable ASCII slug", () => {
    expect(slugify("Iglesia Familia Bethel Internacional")).toBe("iglesia-familia-bethel-internacional");
    expect(slugify("  Año Nuevo: ¡Reunión!  ")).toBe("ano-nuevo-reunion");
    expect(slugify("<script>")).toBe("script");
    expect(slugify("¿?")).toBe("item");
    expect(slugify("a".repeat(100), "item", 10)).toBe("aaaaaaaaaa");
  });
});
