import { defineState } from "../state.js";

/** Iowa: no rule stricter than the federal ones was found. */
export const IA = defineState({
  code: "US-IA",
  name: "Iowa",
  notes: [],
});
