import { defineState } from "../state.js";

/** New Jersey: no rule stricter than the federal ones was found. */
export const NJ = defineState({
  code: "US-NJ",
  name: "New Jersey",
  notes: [
    "Hours 8 a.m.–9 p.m. (N.J.S.A. § 56:8-128(d)), the federal window; a claim that New Jersey moved to 8 p.m. in 2024 is contradicted by the statute text. The list may be the National registry.",
  ],
});
