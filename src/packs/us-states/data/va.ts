import { defineState } from "../state.js";

/** Virginia: no rule stricter than the federal ones was found. */
export const VA = defineState({
  code: "US-VA",
  name: "Virginia",
  notes: [],
});
