import { defineState } from "../state.js";

/** Kansas: no rule stricter than the federal ones was found. */
export const KS = defineState({
  code: "US-KS",
  name: "Kansas",
  notes: [
    "The Kansas list defers to the National registry, consulted at least every 30 days (K.S.A. 50-670a): the federal 31 days is within a day of it; objections to an existing business honoured five years (a withdrawal in the ledger blocks for good).",
  ],
});
