import { defineState } from "../state.js";

/** Oregon: no rule stricter than the federal ones was found. */
export const OR = defineState({
  code: "US-OR",
  name: "Oregon",
  notes: [],
});
