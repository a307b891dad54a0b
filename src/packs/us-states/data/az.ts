import { defineState } from "../state.js";

/** Arizona: no rule stricter than the federal ones was found. */
export const AZ = defineState({
  code: "US-AZ",
  name: "Arizona",
  notes: [
    "Automated calls and texts need prior permission or an existing business relationship (A.R.S. § 13-2919), and calls and texts to numbers on the National registry are barred (§ 44-1282, 2023): no stricter than the federal rules as modelled.",
  ],
});
