import { defineState } from "../state.js";

/** Nebraska: no rule stricter than the federal ones was found. */
export const NE = defineState({
  code: "US-NE",
  name: "Nebraska",
  notes: [],
});
