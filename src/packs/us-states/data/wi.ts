import { defineState } from "../state.js";

/** Wisconsin: no rule stricter than the federal ones was found. */
export const WI = defineState({
  code: "US-WI",
  name: "Wisconsin",
  notes: [
    "The state registry is the Wisconsin part of the National registry, checked at least every 31 days (ATCP 127.80): the federal register covers it.",
  ],
});
