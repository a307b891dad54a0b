import { defineState } from "../state.js";

/** American Samoa: no rule stricter than the federal ones was found. */
export const AS = defineState({
  code: "US-AS",
  name: "American Samoa",
  alsoCodes: ["AS"],
  notes: [],
});
