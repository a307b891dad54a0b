import { defineState } from "../state.js";

const UT103 = "https://codes.findlaw.com/ut/title-13-commerce-and-trade/ut-code-sect-13-25a-103/";
const UT301 = "https://le.utah.gov/xcode/Title63G/Chapter1/63G-1-S301.html";

/** Utah: without prior express consent, no telephone solicitation 9 p.m.–8 a.m., on a Sunday or on a legal holiday. */
export const UT = defineState({
  code: "US-UT",
  name: "Utah",
  notes: [
    "Cautious: the hours, Sunday and holiday bans yield to the called person's prior express consent (§ 13-25a-103(3)); the engine applies them to every marketing call and text.",
    "Holidays: the holiday tables give Utah's days (Pioneer Day and the federal ones, a Saturday holiday observed on the Friday, a Sunday one on the Monday). The 2026 text of § 63G-1-301 (in force 2026-05-06 to 2026-12-31) moves Juneteenth to the Monday before when 19 June is Tuesday to Friday: a blackout adds that Monday. Left out: Good Friday (2026 text; Easter-based: add it as a dated overlay); the version in force from 2027-01-01 was not read.",
    "No start is recorded for `US-UT-HOURS` and `US-UT-HOLIDAYS` (checked 2026-12-04): H.B. 260 (2002, le.utah.gov) proposed to change the hours and days of § 13-25a-103(3) but did not become law (S.B. 194 of 2003 amends the section 'as last amended by Chapter 77, Laws of Utah 1998'); S.B. 194 (Laws 2003, ch. 263, effective 5 May 2003 per its status page) amended it, and so did two acts of 2004 (Laws 2004, chs. 90 and 263, as H.B. 102 of 2022 lists them; S.B. 27 of 2004 amends the section 'as last amended by Chapter 263, Laws of Utah 2003'). Which of the 1998, 2003 and 2004 texts first read as the present one (9 p.m.–8 a.m., Sunday, legal holiday, 'residential telephone or cellular telephone', 'without prior express consent') was not read. Undated, the rules bind at every instant (the stricter reading).",
    "Days the governor proclaims are proclaimed days: load them as a dated overlay.",
  ],
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
