import { describe, expect, it } from "vitest";
import { parseArchiveQuery } from "@/lib/meetings/archive-query";

describe("parseArchiveQuery", () => {
  it("reads a page number", () => {
    expect(parseArchiveQuery({ page: "3" })).toEqual({ page: 3 });
    expect(parseArchiveQuery({ page: " 2 " })).toEqual({ page: 2 });
  });

  it("defaults to page 1 when there is no page", () => {
    expect(parseArchiveQuery({})).toEqual({ page: 1 });
    expect(parseArchiveQuery({ page: "" })).toEqual({ page: 1 });
  });

  it.each(["abc", "0", "-1", "2.5", "2abc", "0x10", "1e3", "Infinity", "99999999999999999999"])(
    "falls back to page 1 for %j",
    (page) => {
      expect(parseArchiveQuery({ page })).toEqual({ page: 1 });
    },
  );

  it("uses the first value when the parameter repeats", () => {
    expect(parseArchiveQuery({ page: ["4", "9"] })).toEqual({ page: 4 });
  });

  it("keeps a page past the end, for the page to answer with a 404", () => {
    expect(parseArchiveQuery({ page: "500" })).toEqual({ page: 500 });
  });

  it("ignores other parameters", () => {
    expect(parseArchiveQuery({ page: "2", utm_source: "flyer" })).toEqual({ page: 2 });
  });
});
