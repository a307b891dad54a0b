import { defineState } from "../state.js";

/** North Carolina: no rule stricter than the federal ones was found. */
export const NC = defineState({
  code: "US-NC",
  name: "North Carolina",
  notes: [],
});
