import { defineState } from "../state.js";

/** Northern Mariana Islands: no rule stricter than the federal ones was found. */
export const MP = defineState({
  code: "US-MP",
  name: "Northern Mariana Islands",
  alsoCodes: ["MP"],
  notes: [
    "No territorial telemarketing statute was found.",
    "Customers coded MP (ISO 3166-1) get this pack too; the federal pack applies only to US and US-xx codes, so code them US-MP to get the federal rules.",
  ],
});
