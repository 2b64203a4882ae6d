import { describe, expect, it } from "vitest";
import { editNotice } from "@/lib/meetings/edit-notice";

const NOW = new Date("2027-01-20T15:00:00Z");
const earlier = new Date("2027-01-20T14:59:00Z");
const later = new Date("2027-01-21T15:00:00Z");

describe('what "Save changes" says it did', () => {
  it.each([
    ["a published meeting: live now", { publication: "PUBLISHED", publishAt: earlier }, "updated"],
    ["a scheduled meeting whose time has come: live now", { publication: "SCHEDULED", publishAt: earlier }, "updated"],
    [
      "a scheduled meeting not yet public: still scheduled",
      { publication: "SCHEDULED", publishAt: later },
      "updatedScheduled",
    ],
    ["a draft: saved as a draft", { publication: "DRAFT", publishAt: null }, "updatedDraft"],
    [
      "a meeting waiting for review (an admin's edit): still waiting",
      { publication: "IN_REVIEW", publishAt: null },
      "updatedInReview",
    ],
    [
      "an edit that voided a review: back to draft",
      { publication: "DRAFT", publishAt: null, backToDraft: true },
      "backToDraft",
    ],
  ] as const)("%s", (_case, saved, notice) => {
    expect(editNotice(saved, NOW)).toBe(notice);
  });
});
