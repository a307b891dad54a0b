import { defineState } from "../state.js";

const R45811 = "https://legis.la.gov/legis/LawSearch.aspx";
const R155 = "https://legis.la.gov/legis/Law.aspx?d=74097";
const R84414 = "https://legis.la.gov/legis/LawSearch.aspx";

/** Louisiana: sales calls Monday–Saturday 8 a.m.–8 p.m., none on Sundays or state holidays; the Louisiana do-not-call list; the emergency ban as a dated overlay. */
export const LA = defineState({
  code: "US-LA",
  name: "Louisiana",
  notes: [
    "The no-call list rule is dated from the Telephone Solicitation Relief Act of 2001 (Acts 2001, No. 40, eff. 24 May 2001, credit line of R.S. 45:844.11 on legis.la.gov, checked 2026-12-04); the database had to run by 1 January 2002 (§ 844.13(A)(1)). The hours and holiday rules of R.S. 45:811 (Acts 1991, No. 917) carry no start: that act's effective day was not confirmed (in force since ever, the strict reading). Checked 2026-12-04: the credit lines of R.S. 45:810, 45:812 and 45:814 (legis.la.gov, theusufruct.com) read 'Acts 1991, No. 917, §1.' with no effective day, and § 45:811's own credit line was not seen, so later amendments of its hours or holiday clause are not excluded.",
    "The three blackouts (8 January, 30 August, 1 November) rest on § 45:811(3) as well and carry no start either. § 1:55(A)(1) already listed the three days in 2018 (the statute as quoted by KPLC, 12 December 2018), and HB 248 (2022), which struck Robert E. Lee Day and Confederate Memorial Day, kept Huey P. Long Day (The Advocate, 6 June 2022); both secondary, checked 2026-12-04.",
    "Holidays: the holiday tables give the Louisiana holidays (Mardi Gras, Good Friday, Election Day and the federal days); the blackouts add the other state-wide days of La. R.S. 1:55(A)(1): 8 January (Battle of New Orleans), 30 August (Huey P. Long Day), 1 November (All Saints' Day). A secondary source says only holidays the LPSC identifies count; the stricter reading (every § 1:55 day) is taken.",
    "Left out: Inauguration Day (Baton Rouge only) and the whole-Saturday holidays of some parishes (the engine does not know a customer's parish). Holidays the governor declares are proclaimed days: load them as a dated overlay.",
    "The Louisiana list is one list with the Louisiana numbers of the National registry; the statute has the LPSC update it monthly (its FAQ says quarterly): a check older than 31 days counts as stale (cautious).",
    "Cautious: no existing-business-relationship exemption is applied to the Louisiana list (its exemptions were not read in full).",
    "During a state of emergency declared by the governor, telephonic solicitation is banned (La. R.S. 45:844.31; an LPSC order bans it without exemptions while the Emergency Operations Center is active): a dated overlay, not a permanent rule.",
  ],
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
