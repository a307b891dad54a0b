import { defineState } from "../state.js";

const T17 =
  "https://d1tvxue8o4w0fl.cloudfront.net/regulation/alabama-administrative-code/title-770-alabama-public-service-commission/chapter-770-x-5-telephone-rules/section-770-x-5-17-live-and-automated-solicitations-and-announcements";
const HOL = "https://archives.alabama.gov/";

/** Alabama: solicitation calls Monday–Saturday 8 a.m.–8 p.m., none on Sundays or holidays (PSC Rule T-17). */
export const AL = defineState({
  code: "US-AL",
  name: "Alabama",
  notes: [
    "The PSC's Telephone Rules (r. 770-X-5, Rule T-17 among them) were adopted by order of 10 December 1992 in Docket 15957 (the order's text on docstoc, secondary, checked 2026-12-04); the rule's later amendments were not traced: the start is that of the rules.",
    "Cautious: Rule T-17(1) is worded for automated solicitation calls; its hours, Sunday and holiday bans are applied to every marketing call and text, as the compilers do.",
    "Holidays: the state holidays of Ala. Code § 1-3-8 from the holiday tables (Confederate Memorial Day, Jefferson Davis' birthday and the federal days, a Saturday holiday observed on the Friday, a Sunday one on the Monday).",
    "Left out: Mardi Gras, a holiday only in Baldwin and Mobile counties (Easter-based, and the engine does not know a customer's county): add it as a dated overlay where it matters.",
    "Alabama's own do-not-call database (Ala. Code § 8-19C-2) was merged into the National Do Not Call Registry in 2003 by secondary accounts; not modelled as a separate register.",
  ],
  hours: [
    {
      key: "HOURS",
      description: "No solicitation calls on Sundays; on other days only between 8 a.m. and 8 p.m.",
      law: "Ala. Admin. Code r. 770-X-5-.17 (PSC Rule T-17)",
      section: "r. 770-X-5-.17(1)(b)",
      url: T17,
      quote:
        "No solicitation calls are allowed on Sundays or holidays. On the days that calls are allowed, none will be placed prior to 8 a.m. or after 8 p.m.",
      evidence: "statute-copy",
      from: "1992-12-10",
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "08:00", until: "20:00" },
      ],
    },
  ],
  holidays: [
    {
      key: "HOLIDAYS",
      description: "No solicitation calls on holidays (Alabama's state holidays).",
      law: "Ala. Admin. Code r. 770-X-5-.17; Ala. Code § 1-3-8",
      section: "r. 770-X-5-.17(1)(b); § 1-3-8(a)",
      url: HOL,
      evidence: "statute-copy",
      from: "1992-12-10",
    },
  ],
});
