import { defineState } from "../state.js";

const MS723 =
  "https://www.dnc.com/blog/no-more-holidays-mississippi-marketers-magnolia-state-lifts-prohibition-telemarketing-legal";
const MS707 =
  "https://cliclaw.com/library/state-laws/mississippi/mississippi-telephone-solicitation-act-miss-code-ann-%C2%A7-77-3-701-%E2%80%94-77";

/** Mississippi: calls and texts 8 a.m.–8 p.m. Central Standard Time, none on Sundays; the Mississippi no-call list. */
export const MS = defineState({
  code: "US-MS",
  name: "Mississippi",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "Telephone solicitations only between 8 a.m. and 8 p.m. Central Standard Time (9 a.m.–8 p.m. local all year, cautious); none on a Sunday.",
      law: "Miss. Code Ann. § 77-3-723",
      section: "§ 77-3-723(1)",
      url: MS723,
      quote:
        "may only be made between the hours of 8:00 a.m. and 8:00 p.m. Central Standard Time. No telephone solicitations may be made on a Sunday.",
      evidence: "statute-copy",
      from: "2003-07-01",
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", until: "20:00" },
      ],
    },
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No telephone solicitation to a number on Mississippi's no-call list (with the Mississippi part of the national registry); an express invitation exempts.",
      law: "Miss. Code Ann. §§ 77-3-707, 77-3-717",
      section: "§ 77-3-707, § 77-3-717",
      url: MS707,
      evidence: "statute-copy",
      from: "2003-07-01",
      maxAge: "P31D",
      consentOverrides: true,
    },
  ],
});
