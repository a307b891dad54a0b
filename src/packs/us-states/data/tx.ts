import { defineState } from "../state.js";

const BC301 = "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.301.htm";
const BC304 = "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.304.htm";

/** Texas: Monday–Saturday 9 a.m.–9 p.m., Sunday noon–9 p.m.; the Texas no-call list; texts are telephone solicitations from 1 September 2025 (SB 140). */
export const TX = defineState({
  code: "US-TX",
  name: "Texas",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "Telephone solicitation calls only Monday to Saturday 9 a.m.–9 p.m. and Sunday noon–9 p.m. at the called person's location.",
      law: "Tex. Bus. & Com. Code § 301.051",
      section: "§ 301.051",
      url: BC301,
      evidence: "secondary",
      from: "2009-04-01",
      channels: ["voice"],
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", until: "21:00" },
        { days: ["sun"], from: "12:00", until: "21:00" },
      ],
    },
    {
      key: "HOURS-SMS",
      description:
        "Marketing texts are telephone solicitations from 1 September 2025: Monday to Saturday 9 a.m.–9 p.m., Sunday noon–9 p.m.",
      law: "Tex. Bus. & Com. Code § 301.051, as extended to texts by SB 140 (89th Leg., 2025)",
      section: "§ 301.051; SB 140 § 1",
      url: BC301,
      evidence: "secondary",
      from: "2025-09-01",
      channels: ["sms"],
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", until: "21:00" },
        { days: ["sun"], from: "12:00", until: "21:00" },
      ],
    },
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No telemarketing call to a number on the current Texas no-call list (published quarterly, including the Texas part of the national registry); a consumer's own request or an established business relationship exempts.",
      law: "Tex. Bus. & Com. Code §§ 304.004, 304.051–304.052",
      section: "§ 304.051 (quarterly list), § 304.052 (no calls), § 304.004(1)–(2) (exemptions)",
      url: BC304,
      quote: "updated and published on January 1, April 1, July 1, and October 1 of each year",
      evidence: "statute-copy",
      from: "2009-04-01",
      maxAge: "P92D",
      consentOverrides: true,
      existingCustomerOverrides: "P546D",
    },
  ],
});
