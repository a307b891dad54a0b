import { defineState } from "../state.js";

/** North Dakota: no rule stricter than the federal ones was found. */
export const ND = defineState({
  code: "US-ND",
  name: "North Dakota",
  notes: [
    "Hours 8 a.m.–9 p.m. (N.D.C.C. § 51-28-05); the AG uses the National registry as the state list, with 30 days to delete numbers.",
  ],
});
