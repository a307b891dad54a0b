import { defineState } from "../state.js";

/** Arkansas: no automated recorded-message sales calls (a felony). */
export const AR = defineState({
  code: "US-AR",
  name: "Arkansas",
  notes: [
    "The only exceptions are order-status information to a purchaser and a reply to a call the person made: automated marketing calls are denied even with consent (cautious).",
    "Arkansas's database may include the Arkansas registrants of the national registry (§ 4-99-404): not modelled as a separate register.",
    "No start date is recorded (in force since ever, the strict reading): the history line of § 5-63-204 (the Acts that enacted and amended it) was not found in the copy read (instalawyer.io, checked 2026-12-04).",
  ],
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
