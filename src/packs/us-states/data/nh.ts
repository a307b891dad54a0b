import { defineState } from "../state.js";

/** New Hampshire: no rule stricter than the federal ones was found. */
export const NH = defineState({
  code: "US-NH",
  name: "New Hampshire",
  notes: [],
});
