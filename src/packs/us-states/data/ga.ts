import { defineState } from "../state.js";

/** Georgia: no rule stricter than the federal ones was found. */
export const GA = defineState({
  code: "US-GA",
  name: "Georgia",
  notes: [],
});
