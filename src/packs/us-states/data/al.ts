import { defineState } from "../state.js";

const T17 =
  "https://d1tvxue8o4w0fl.cloudfront.net/regulation/alabama-administrative-code/title-770-alabama-public-service-commission/chapter-770-x-5-telephone-rules/section-770-x-5-17-live-and-automated-solicitations-and-announcements";
const HOL = "https://archives.alabama.gov/";

/** Alabama: solicitation calls Monday–Saturday 8 a.m.–8 p.m., none on Sundays or holidays (PSC Rule T-17). */
export const AL = defineState({
  code: "US-AL",
  name: "Alabama",
  notes: [],
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
