import { defineState } from "../state.js";

/** Guam: no rule stricter than the federal ones was found. */
export const GU = defineState({
  code: "US-GU",
  name: "Guam",
  alsoCodes: ["GU"],
  notes: [
    "Telephonic sellers register with the Attorney General (5 GCA § 32301 et seq.): a duty of the sender, not modelled.",
    "Customers coded GU (ISO 3166-1) get this pack too; the federal pack applies only to US and US-xx codes, so code them US-GU to get the federal rules.",
  ],
});
