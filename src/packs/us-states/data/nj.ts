import { defineState } from "../state.js";

/** New Jersey: no rule stricter than the federal ones was found. */
export const NJ = defineState({
  code: "US-NJ",
  name: "New Jersey",
  notes: [],
});
