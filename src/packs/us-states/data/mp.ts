import { defineState } from "../state.js";

/** Northern Mariana Islands: no rule stricter than the federal ones was found. */
export const MP = defineState({
  code: "US-MP",
  name: "Northern Mariana Islands",
  alsoCodes: ["MP"],
  notes: [],
});
