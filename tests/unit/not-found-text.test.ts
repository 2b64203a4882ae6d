import { describe, expect, it } from "vitest";
import { notFoundText } from "@/lib/http/not-found-text";
import { messagesFor } from "@/lib/i18n/messages";

describe("the plain-text 404 of files (calendars, feeds, widget, images, flyers)", () => {
  it("says it in the path's language, or in every language when that is unknown", async () => {
    expect(await notFoundText(["es"], "Calendar").text()).toBe(`${messagesFor("es").Calendar.notFound}\n`);
    expect(await notFoundText(["en", "es"], "Calendar").text()).toBe(
      `${messagesFor("en").Calendar.notFound}\n${messagesFor("es").Calendar.notFound}\n`,
    );
  });

  it("is plain text a browser may not sniff, run or frame", () => {
    const response = notFoundText(["en"], "Calendar");
    expect(response.status).toBe(404);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "text/plain; charset=utf-8",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    });
  });
});
