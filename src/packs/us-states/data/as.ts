import { defineState } from "../state.js";

/** American Samoa: no rule stricter than the federal ones was found. */
export const AS = defineState({
  code: "US-AS",
  name: "American Samoa",
  alsoCodes: ["AS"],
  notes: [
    "No territorial telemarketing statute was found.",
    "Customers coded AS (ISO 3166-1) get this pack too; the federal pack applies only to US and US-xx codes, so code them US-AS to get the federal rules.",
  ],
});
