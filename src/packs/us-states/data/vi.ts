import { defineState } from "../state.js";

/** U.S. Virgin Islands: no rule stricter than the federal ones was found. */
export const VI = defineState({
  code: "US-VI",
  name: "U.S. Virgin Islands",
  alsoCodes: ["VI"],
  notes: [
    "12A V.I.C. ch. 6 regulates telemarketing practices (secondary, thin); nothing stricter confirmed.",
    "Customers coded VI (ISO 3166-1) get this pack too; the federal pack applies only to US and US-xx codes, so code them US-VI to get the federal rules.",
  ],
});
