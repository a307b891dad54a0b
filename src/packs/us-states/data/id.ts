import { defineState } from "../state.js";

/** Idaho: no rule stricter than the federal ones was found. */
export const ID = defineState({
  code: "US-ID",
  name: "Idaho",
  notes: [],
});
