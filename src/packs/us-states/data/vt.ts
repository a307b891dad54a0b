import { defineState } from "../state.js";

/** Vermont: no rule stricter than the federal ones was found. */
export const VT = defineState({
  code: "US-VT",
  name: "Vermont",
  notes: [],
});
