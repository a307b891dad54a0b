import { defineState } from "../state.js";

/** New Mexico: telephone solicitation 9 a.m.–9 p.m. */
export const NM = defineState({
  code: "US-NM",
  name: "New Mexico",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "No telephone solicitation for goods or services received before 9 a.m. or after 9 p.m.",
      law: "NMSA 1978 § 57-12-22",
      section: "§ 57-12-22(B)(5)",
      url: "https://law.justia.com/codes/new-mexico/2006/nmrc/jd_57-12-22-2105.html",
      evidence: "statute-copy",
      quote: "that are received before 9:00 a.m. or after 9:00 p.m.",
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
});
