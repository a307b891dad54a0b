import { defineState } from "../state.js";

/** West Virginia: no rule stricter than the federal ones was found. */
export const WV = defineState({
  code: "US-WV",
  name: "West Virginia",
  notes: [
    "W. Va. Code § 46A-6F-601(a)(4): 8 a.m.–9 p.m., Monday through Sunday, the federal window.",
  ],
});
