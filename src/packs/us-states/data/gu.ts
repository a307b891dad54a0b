import { defineState } from "../state.js";

/** Guam: no rule stricter than the federal ones was found. */
export const GU = defineState({
  code: "US-GU",
  name: "Guam",
  alsoCodes: ["GU"],
  notes: [],
});
