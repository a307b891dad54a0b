import { defineState } from "../state.js";

/** New York: no rule stricter than the federal ones was found. */
export const NY = defineState({
  code: "US-NY",
  name: "New York",
  notes: [],
});
