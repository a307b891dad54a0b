import { defineState } from "../state.js";

/** Hawaii: no rule stricter than the federal ones was found. */
export const HI = defineState({
  code: "US-HI",
  name: "Hawaii",
  notes: [
    "A phone may not ring more than ten times (HRS § 481P-3): a duty of the caller, not modelled. No state list was confirmed.",
  ],
});
