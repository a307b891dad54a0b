import { defineState } from "../state.js";

/** Ohio: no rule stricter than the federal ones was found. */
export const OH = defineState({
  code: "US-OH",
  name: "Ohio",
  notes: [
    "Telephone solicitors register with the Attorney General (ORC ch. 4719): a duty of the sender, not modelled.",
  ],
});
