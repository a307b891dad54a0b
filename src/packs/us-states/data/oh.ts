import { defineState } from "../state.js";

/** Ohio: no rule stricter than the federal ones was found. */
export const OH = defineState({
  code: "US-OH",
  name: "Ohio",
  notes: [],
});
