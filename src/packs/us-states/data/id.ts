import { defineState } from "../state.js";

/** Idaho: no rule stricter than the federal ones was found. */
export const ID = defineState({
  code: "US-ID",
  name: "Idaho",
  notes: [
    "The National registry may serve as the Idaho list (Idaho Code § 48-1003A); its three-month grace is more lenient than the federal 31 days.",
  ],
});
