import { defineState } from "../state.js";

/** Arizona: no rule stricter than the federal ones was found. */
export const AZ = defineState({
  code: "US-AZ",
  name: "Arizona",
  notes: [],
});
