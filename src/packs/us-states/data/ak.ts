import { defineState } from "../state.js";

/** Alaska: no automated or recorded sales calls. */
export const AK = defineState({
  code: "US-AK",
  name: "Alaska",
  notes: [],
  bans: [
    {
      key: "AUTOMATED",
      description:
        "No telephone solicitation or telephonic advertisement by a call that uses an automated or recorded message.",
      law: "AS 45.50.475",
      section: "AS 45.50.475(a)(4)",
      url: "https://www.akleg.gov/basis/statutes.asp#45.50.475",
      evidence: "primary",
      quote:
        "originates a telephone call using an automated or recorded message as a telephonic advertisement or a telephone solicitation",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
