import { defineState } from "../state.js";

/** North Carolina: no rule stricter than the federal ones was found. */
export const NC = defineState({
  code: "US-NC",
  name: "North Carolina",
  notes: [
    "Left out: prerecorded messages only after a live operator's approval (N.C.G.S. § 75-104); the federal written-consent rule applies.",
  ],
});
