import { defineState } from "../state.js";

/** Arkansas: no automated recorded-message sales calls (a felony). */
export const AR = defineState({
  code: "US-AR",
  name: "Arkansas",
  notes: [],
  bans: [
    {
      key: "AUTOMATED",
      description:
        "No use of a telephone to offer goods or services by an automated system that selects and dials numbers and plays recorded messages.",
      law: "Ark. Code § 5-63-204",
      section: "§ 5-63-204(a)",
      url: "https://law.justia.com/codes/arkansas/title-5/subtitle-6/chapter-63/subchapter-2/section-5-63-204/",
      evidence: "statute-copy",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
