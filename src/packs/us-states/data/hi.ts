import { defineState } from "../state.js";

/** Hawaii: no rule stricter than the federal ones was found. */
export const HI = defineState({
  code: "US-HI",
  name: "Hawaii",
  notes: [],
});
