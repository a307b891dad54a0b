import { defineState } from "../state.js";

/** Delaware: no rule stricter than the federal ones was found. */
export const DE = defineState({
  code: "US-DE",
  name: "Delaware",
  notes: ["The Attorney General gives 8 a.m.–9 p.m. and the national registry."],
});
