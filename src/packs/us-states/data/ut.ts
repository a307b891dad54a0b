import { defineState } from "../state.js";

const UT103 = "https://codes.findlaw.com/ut/title-13-commerce-and-trade/ut-code-sect-13-25a-103/";
const UT301 = "https://le.utah.gov/xcode/Title63G/Chapter1/63G-1-S301.html";

/** Utah: without prior express consent, no telephone solicitation 9 p.m.–8 a.m., on a Sunday or on a legal holiday. */
export const UT = defineState({
  code: "US-UT",
  name: "Utah",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "Without prior express consent, no telephone solicitation to a residential or mobile number between 9 p.m. and 8 a.m. local time or on a Sunday.",
      law: "Utah Code § 13-25a-103",
      section: "§ 13-25a-103(3)(a)–(b)",
      url: UT103,
      quote:
        "A person may not make a telephone solicitation to a residential telephone or cellular telephone without prior express consent during any of the following times: (a) between the hours of 9 p.m. and 8 a.m. local time; (b) on a Sunday; or (c) on a legal holiday.",
      evidence: "statute-copy",
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "08:00", until: "21:00" },
      ],
    },
  ],
  holidays: [
    {
      key: "HOLIDAYS",
      description:
        "Without prior express consent, no telephone solicitation on a legal holiday (Utah's holidays).",
      law: "Utah Code §§ 13-25a-103, 63G-1-301",
      section: "§ 13-25a-103(3)(c); § 63G-1-301",
      url: UT103,
      evidence: "statute-copy",
    },
  ],
  blackouts: [
    {
      key: "JUNETEENTH-MONDAY",
      description:
        "When 19 June falls on a Tuesday to Friday, the Monday before is Utah's Juneteenth holiday: no telephone solicitation.",
      law: "Utah Code § 63G-1-301 (2026 text)",
      section: "§ 63G-1-301(1)(b)",
      url: UT301,
      evidence: "statute-copy",
      from: "2026-05-06",
      until: "2026-12-31",
      rrule: "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15,16,17,18;BYDAY=MO",
    },
  ],
});
