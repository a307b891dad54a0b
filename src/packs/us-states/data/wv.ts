import { defineState } from "../state.js";

/** West Virginia: no rule stricter than the federal ones was found. */
export const WV = defineState({
  code: "US-WV",
  name: "West Virginia",
  notes: [],
});
