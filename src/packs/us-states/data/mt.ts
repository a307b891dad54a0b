import { defineState } from "../state.js";

/** Montana: no rule stricter than the federal ones was found. */
export const MT = defineState({
  code: "US-MT",
  name: "Montana",
  notes: [],
});
