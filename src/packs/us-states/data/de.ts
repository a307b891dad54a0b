import { defineState } from "../state.js";

/** Delaware: no rule stricter than the federal ones was found. */
export const DE = defineState({
  code: "US-DE",
  name: "Delaware",
  notes: [],
});
