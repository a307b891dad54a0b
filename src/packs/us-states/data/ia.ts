import { defineState } from "../state.js";

/** Iowa: no rule stricter than the federal ones was found. */
export const IA = defineState({
  code: "US-IA",
  name: "Iowa",
  notes: ["Bills for a state no-call list were not enacted as far as seen."],
});
