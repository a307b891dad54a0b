import { defineState } from "../state.js";

/** Nebraska: no rule stricter than the federal ones was found. */
export const NE = defineState({
  code: "US-NE",
  name: "Nebraska",
  notes: [
    "Left out: no automatic dialing-announcing device solicitation to mobile, paging or other charged numbers (Neb. Rev. Stat. § 86-244; primary): the engine does not yet take the contact point's line type into this rule; prerecorded messages on Sundays and holidays only 1 p.m.–9 p.m. (291 NAC ch. 11 § 3; secondary).",
  ],
});
