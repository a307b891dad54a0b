import { defineState } from "../state.js";

const R45811 = "https://legis.la.gov/legis/LawSearch.aspx";
const R155 = "https://legis.la.gov/legis/Law.aspx?d=74097";
const R84414 = "https://legis.la.gov/legis/LawSearch.aspx";

/** Louisiana: sales calls Monday–Saturday 8 a.m.–8 p.m., none on Sundays or state holidays; the Louisiana do-not-call list; the emergency ban as a dated overlay. */
export const LA = defineState({
  code: "US-LA",
  name: "Louisiana",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "No sales calls by automated equipment or a live operator except Monday–Saturday 8 a.m.–8 p.m.; none on Sundays.",
      law: "La. R.S. 45:811",
      section: "§ 45:811(2)–(3)",
      url: R45811,
      quote: "other than between the hours of 8:00 a.m. and 8:00 p.m., Monday through Saturday",
      evidence: "statute-copy",
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "08:00", until: "20:00" },
      ],
    },
  ],
  holidays: [
    {
      key: "HOLIDAYS",
      description: "No sales calls on days declared to be a state holiday (Louisiana's holidays).",
      law: "La. R.S. 45:811; La. R.S. 1:55",
      section: "§ 45:811(3); § 1:55(A)(1)",
      url: R155,
      quote: "on days declared to be a state holiday, or Sundays",
      evidence: "statute-copy",
    },
  ],
  blackouts: [
    {
      key: "BATTLE-OF-NEW-ORLEANS",
      description: "8 January, Battle of New Orleans, a Louisiana legal holiday: no sales calls.",
      law: "La. R.S. 1:55",
      section: "§ 1:55(A)(1)",
      url: R155,
      evidence: "primary",
      rrule: "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=8",
    },
    {
      key: "HUEY-P-LONG-DAY",
      description: "30 August, Huey P. Long Day, a Louisiana legal holiday: no sales calls.",
      law: "La. R.S. 1:55",
      section: "§ 1:55(A)(1)",
      url: R155,
      evidence: "primary",
      rrule: "FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=30",
    },
    {
      key: "ALL-SAINTS-DAY",
      description: "1 November, All Saints' Day, a Louisiana legal holiday: no sales calls.",
      law: "La. R.S. 1:55",
      section: "§ 1:55(A)(1)",
      url: R155,
      evidence: "primary",
      rrule: "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=1",
    },
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No telephonic solicitation to a number on Louisiana's 'do not call' list (which includes the Louisiana numbers of the National registry), updated monthly; an express request exempts.",
      law: "La. R.S. 45:844.11–844.17 (Telephone Solicitation Relief Act of 2001)",
      section: "§ 45:844.13(A)(2), § 45:844.14(A)",
      url: R84414,
      evidence: "primary",
      from: "2001-05-24",
      maxAge: "P31D",
      consentOverrides: true,
    },
  ],
});
