import { describe, expect, it } from "vitest";
import { COMPARED_FIELDS, compareRevision } from "@/lib/meeting-revisions/compare";
import { meetingFormValues } from "@/tests/support/meeting-factory";

const published = meetingFormValues("series-1", "venue-1", {
  hostTitleEn: "Community liaison",
  wheelchairAccessible: true,
  spokenLanguages: ["es", "en"],
});
const changedFields = (change: Record<string, unknown>) =>
  compareRevision(published, { ...published, ...change })
    .filter((comparison) => comparison.changed)
    .map((comparison) => comparison.field);

describe("a draft change beside the published meeting", () => {
  it("lists every compared field once, in the form's order, and nothing as changed when nothing is", () => {
    const comparisons = compareRevision(published, { ...published });
    expect(comparisons.map((comparison) => comparison.field)).toEqual([...COMPARED_FIELDS]);
    expect(comparisons.filter((comparison) => comparison.changed)).toEqual([]);
  });

  it("marks the date and times as one change, as residents read them", () => {
    const [when] = compareRevision(published, { ...published, startTime: "20:00", endTime: "21:00" });
    expect(when).toEqual({
      field: "when",
      before: { date: "2027-01-28", startTime: "18:00", endTime: "19:30" },
      after: { date: "2027-01-28", startTime: "20:00", endTime: "21:00" },
      changed: true,
    });
    expect(changedFields({ date: "2027-01-29" })).toEqual(["when"]);
  });

  it("marks each changed text, place, series, language and yes/no, and only those", () => {
    expect(changedFields({ titleEs: "Reunión cambiada", venueId: "venue-2" })).toEqual(["venueId", "titleEs"]);
    expect(changedFields({ seriesId: "series-2", interpretation: ["en", "vi"], wheelchairAccessible: false })).toEqual([
      "seriesId",
      "interpretation",
      "wheelchairAccessible",
    ]);
    expect(changedFields({ accessibilityNotesEn: "Ramp at the side door." })).toEqual(["accessibilityNotesEn"]);
  });

  it("does not count white space at the ends, the order of languages, or an unticked box left out", () => {
    expect(changedFields({ titleEn: `  ${published.titleEn}\n`, spokenLanguages: ["en", "es"] })).toEqual([]);
    const withoutBox: Record<string, unknown> = { ...published, parkingAvailable: false };
    delete withoutBox.parkingAvailable;
    expect(compareRevision(published, withoutBox).filter((comparison) => comparison.changed)).toEqual([]);
  });

  it("keeps both values as they are shown: text trimmed, languages as a sorted set, boxes as yes or no", () => {
    const byField = Object.fromEntries(
      compareRevision(published, { ...published, titleEs: " Nueva ", spokenLanguages: ["vi", "es", "vi"] }).map(
        (row) => [row.field, row],
      ),
    );
    expect(byField.titleEs).toMatchObject({ before: "Reunión comunitaria", after: "Nueva", changed: true });
    expect(byField.spokenLanguages).toMatchObject({ before: ["en", "es"], after: ["es", "vi"], changed: true });
    expect(byField.wheelchairAccessible).toMatchObject({ before: true, after: true, changed: false });
    expect(byField.hostTitleEs).toMatchObject({ before: "", after: "", changed: false });
  });
});
