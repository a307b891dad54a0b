import { defineState } from "../state.js";

/** Kansas: no rule stricter than the federal ones was found. */
export const KS = defineState({
  code: "US-KS",
  name: "Kansas",
  notes: [],
});
