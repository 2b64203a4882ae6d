import { describe, expect, it } from "vitest";
import { matchPublicRoute, missingPagePath, pathLocale, pathSegments, staffAreaLocale } from "@/lib/serving/routes";

describe("the residents' routes, as the boundary matches them", () => {
  it("knows every page of the route table in each language, and the files", () => {
    expect(matchPublicRoute("/es")).toMatchObject({
      name: "/",
      path: "/es",
      locale: "es",
      body: "page",
      takesPosts: false,
    });
    expect(matchPublicRoute("/en/meetings/demo-1")).toMatchObject({
      name: "/meetings/[slug]",
      locale: "en",
      takesPosts: true,
    });
    expect(matchPublicRoute("/es/que-saber")).toMatchObject({ name: "/what-to-know", takesPosts: true });
    expect(matchPublicRoute("/es/solicitar-una-reunion")).toMatchObject({
      name: "/request-a-session",
      takesPosts: true,
    });
    expect(matchPublicRoute("/es/archivo")).toMatchObject({ name: "/archive", takesPosts: false });
    expect(matchPublicRoute("/ics/en/demo-1")).toMatchObject({ body: "calendar", locale: "en" });
    expect(matchPublicRoute("/ics/es/series/invierno-2027.ics")).toMatchObject({ body: "calendar", locale: "es" });
    expect(matchPublicRoute("/feeds/es/upcoming.xml")).toMatchObject({ body: "rss", locale: "es" });
    expect(matchPublicRoute("/embed/en/venue/bethel")).toMatchObject({ body: "html", locale: "en" });
  });

  it("never matches the staff area or anything else", () => {
    for (const path of [
      "/es/admin",
      "/en/admin/meetings/new",
      "/",
      "/fr",
      "/es/nada",
      "/api/health",
      "/es/reuniones",
      "/ics/fr/x",
      "/es/reuniones/a/b",
    ]) {
      expect(matchPublicRoute(path), path).toBeNull();
    }
  });

  it("sends every other spelling of a route to its one spelling", () => {
    const cases: [string, string][] = [
      ["/%65s", "/es"],
      ["/ES/Que-Saber", "/es/que-saber"],
      ["/es/que-saber/", "/es/que-saber"],
      ["//es//que-saber", "/es/que-saber"],
      ["/es/./que-saber", "/es/que-saber"],
      ["/es/x/../que-saber", "/es/que-saber"],
      ["/es/%71ue-saber", "/es/que-saber"],
      ["/es/what-to-know", "/es/que-saber"],
      ["/en/archivo", "/en/archive"],
      ["/en/reuniones/demo-1", "/en/meetings/demo-1"],
      ["/ics/ES/series/winter.ICS", "/ics/es/series/winter.ics"],
    ];
    for (const [given, canonical] of cases) expect(matchPublicRoute(given), given).toEqual({ redirect: canonical });
  });

  it("refuses double, overlong and malformed encodings instead of guessing", () => {
    for (const path of [
      "/%2565s",
      "/%C0%AEes",
      "/%E0%80%AEes/que-saber",
      "/es/%",
      "/es/reuniones/%ZZ",
      "/es/reuniones/a%2Fb",
      "/es\\que-saber",
    ]) {
      expect(matchPublicRoute(path), path).toBeNull();
    }
    expect(pathSegments("/%C0%AE")).toBeNull();
  });

  it("keeps slugs as they are and refuses ones that could not exist", () => {
    expect(matchPublicRoute("/es/reuniones/Demo_1")).toMatchObject({ path: "/es/reuniones/Demo_1", slug: "Demo_1" });
    expect(matchPublicRoute("/ics/es/series/invierno-2027.ics")).toMatchObject({ slug: "invierno-2027" });
    expect(matchPublicRoute("/en/archive")).toMatchObject({ slug: null });
    expect(matchPublicRoute(`/es/reuniones/${"a".repeat(161)}`)).toBeNull();
    expect(matchPublicRoute("/es/reuniones/<script>")).toBeNull();
  });

  it("knows the staff area in each language, as the path was sent", () => {
    expect(staffAreaLocale("/es/admin")).toBe("es");
    expect(staffAreaLocale("/en/admin/informe")).toBe("en");
    expect(staffAreaLocale("/en/admin/")).toBe("en");
    for (const path of ["/es/administrar", "/EN/admin", "/admin", "/es", "/fr/admin"])
      expect(staffAreaLocale(path), path).toBeNull();
  });

  it("sends an unknown slug to a path no page matches", () => {
    expect(matchPublicRoute(missingPagePath("en"))).toBeNull();
    expect(staffAreaLocale(missingPagePath("es"))).toBeNull();
  });

  it("gives a not-found page the language of the path's first segment, Spanish otherwise", () => {
    expect(pathLocale("/en/nothing")).toBe("en");
    expect(pathLocale("/EN/nothing")).toBe("en");
    expect(pathLocale("/nothing")).toBe("es");
    expect(pathLocale("/%C0%AE")).toBe("es");
  });
});
