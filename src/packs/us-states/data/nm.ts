import { defineState } from "../state.js";

/** New Mexico: telephone solicitation 9 a.m.–9 p.m. */
export const NM = defineState({
  code: "US-NM",
  name: "New Mexico",
  notes: [
    "Left out: automated or prerecorded solicitation needs both an established business relationship and the person's consent to hear the message (§ 57-12-22(A)); the federal written-consent rule applies.",
    "The statute text read is the 2006 code; later amendments were not checked.",
    "No start is recorded for `US-NM-HOURS` (checked 2026-12-04): the 2006 code copy on law.justia.com shows § 57-12-22(B)(5) but no history line, and none was found elsewhere. Undated, the rule binds at every instant (the stricter reading).",
  ],
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
