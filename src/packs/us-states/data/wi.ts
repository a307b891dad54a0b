import { defineState } from "../state.js";

/** Wisconsin: no rule stricter than the federal ones was found. */
export const WI = defineState({
  code: "US-WI",
  name: "Wisconsin",
  notes: [],
});
