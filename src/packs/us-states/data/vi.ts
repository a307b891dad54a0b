import { defineState } from "../state.js";

/** U.S. Virgin Islands: no rule stricter than the federal ones was found. */
export const VI = defineState({
  code: "US-VI",
  name: "U.S. Virgin Islands",
  alsoCodes: ["VI"],
  notes: [],
});
