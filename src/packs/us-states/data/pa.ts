import { defineState } from "../state.js";

const P2245 =
  "https://govt.westlaw.com/pac/Document/NE4CC77F0E9F711E9BEFE89A994168F89?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)";
const P22452 =
  "https://govt.westlaw.com/pac/Document/NF2B0FCB0E9F711E98CCACEE740D6E525?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)";

/** Pennsylvania: no telephone solicitation on legal holidays (Act 73 of 2019), and the Pennsylvania do-not-call list. */
export const PA = defineState({
  code: "US-PA",
  name: "Pennsylvania",
  notes: [],
  hours: [
    {
      key: "SAT-HALF-HOLIDAY",
      description:
        "Every Saturday after noon is a legal half-holiday, and telephone solicitation is banned on legal holidays: on Saturdays only until noon.",
      law: "73 P.S. § 2245(a)(10) (Act 73 of 2019); 44 P.S. § 11",
      section: "73 P.S. § 2245(a)(10); 44 P.S. § 11",
      url: P2245,
      evidence: "secondary",
      from: "2019-12-03",
      windows: [
        { days: ["sun", "mon", "tue", "wed", "thu", "fri"], from: "00:00", until: "24:00" },
        { days: ["sat"], from: "00:00", until: "12:00" },
      ],
    },
  ],
  holidays: [
    {
      key: "HOLIDAYS",
      description: "No telephone solicitation calls on legal holidays (Pennsylvania's holidays).",
      law: "73 P.S. § 2245(a)(10) (Act 73 of 2019)",
      section: "§ 2245(a)(10)",
      url: P2245,
      evidence: "secondary",
      from: "2019-12-03",
    },
  ],
  blackouts: [
    {
      key: "ELECTION-DAY",
      description:
        "Election Day (the Tuesday after the first Monday in November), a Pennsylvania legal holiday: no telephone solicitation.",
      law: "73 P.S. § 2245(a)(10); 44 P.S. § 11",
      section: "44 P.S. § 11",
      url: P2245,
      evidence: "secondary",
      from: "2019-12-03",
      rrule: "FREQ=YEARLY;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
    },
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No telephone solicitation call to a residential or business number on the Pennsylvania do-not-call list (quarterly); an established business relationship in the last 12 months or an express invitation exempts.",
      law: "73 P.S. § 2245.2 (Telemarketer Registration Act)",
      section: "§ 2245.2(a); § 2242 (definitions)",
      url: P22452,
      quote:
        "This prohibition shall be effective 30 days after a quarterly do-not-call list is issued by the list administrator which first contains a residential or business telephone subscriber's name",
      evidence: "statute-copy",
      from: "2019-12-03",
      maxAge: "P92D",
      consentOverrides: true,
      existingCustomerOverrides: "P365D",
    },
  ],
});
