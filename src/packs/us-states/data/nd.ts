import { defineState } from "../state.js";

/** North Dakota: no rule stricter than the federal ones was found. */
export const ND = defineState({
  code: "US-ND",
  name: "North Dakota",
  notes: [],
});
