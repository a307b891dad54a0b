import { defineState } from "../state.js";

/** District of Columbia: no prerecorded sales calls except to existing customers about earlier orders. */
export const DC = defineState({
  code: "US-DC",
  name: "District of Columbia",
  notes: [],
  bans: [
    {
      key: "PRERECORDED",
      description:
        "No automated dialing system with a prerecorded message to solicit the purchase or lease of goods, services or property.",
      law: "D.C. Code § 34-1701",
      section: "§ 34-1701(b)(1)",
      url: "https://code.dccouncil.gov/us/dc/council/code/sections/34-1701",
      evidence: "primary",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
