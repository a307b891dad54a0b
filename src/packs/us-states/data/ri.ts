import { defineState } from "../state.js";

const RI561 = "http://webserver.rilin.state.ri.us/Statutes/TITLE5/5-61/5-61-3.6.HTM";
const RI251 = "http://webserver.rilin.state.ri.us/Statutes/TITLE25/25-1/25-1-1.HTM";

/** Rhode Island: unsolicited sales calls only Monday–Friday 9 a.m.–6 p.m. and Saturday 10 a.m.–5 p.m., never on Sundays or on a state or federal holiday. */
export const RI = defineState({
  code: "US-RI",
  name: "Rhode Island",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "No unsolicited telephonic sales call to a residential, mobile or paging number except Monday–Friday 9 a.m.–6 p.m. and Saturday 10 a.m.–5 p.m. (no Sundays).",
      law: "R.I. Gen. Laws §§ 5-61-2, 5-61-3.6",
      section: "§ 5-61-3.6(a); § 5-61-2 ('hours of operation')",
      url: RI561,
      quote:
        "Monday through Friday, except a state or federal holiday, 9:00 a.m. to 6:00 p.m.; Saturday 10:00 a.m. to 5:00 p.m.",
      evidence: "statute-copy",
      from: "1999-07-01",
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "18:00" },
        { days: ["sat"], from: "10:00", until: "17:00" },
      ],
    },
  ],
  holidays: [
    {
      key: "HOLIDAYS",
      description:
        "No unsolicited telephonic sales calls on a state or federal holiday (Rhode Island's public holidays from the holiday tables).",
      law: "R.I. Gen. Laws §§ 5-61-2, 25-1-1",
      section: "§ 5-61-2 ('except a state or federal holiday'); § 25-1-1",
      url: RI251,
      evidence: "statute-copy",
      from: "1999-07-01",
    },
  ],
  blackouts: [
    {
      key: "INDEPENDENCE-DAY",
      description: "Rhode Island Independence Day, 4 May, a state holiday: no sales calls.",
      law: "R.I. Gen. Laws § 25-1-1",
      section: "§ 25-1-1",
      url: RI251,
      evidence: "statute-copy",
      from: "1999-07-01",
      rrule: "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4",
    },
    {
      key: "ELECTION-DAY",
      description:
        "Election Day in even years (the Tuesday after the first Monday in November), a state holiday: no sales calls.",
      law: "R.I. Gen. Laws § 25-1-1",
      section: "§ 25-1-1",
      url: RI251,
      evidence: "statute-copy",
      from: "1999-07-01",
      rrule:
        "DTSTART:20000101T000000\nRRULE:FREQ=YEARLY;INTERVAL=2;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
    },
    {
      key: "SAT-JAN1-MONDAY",
      description:
        "New Year's Day on a Saturday is observed by the state on the Monday after (3 January): no sales calls.",
      law: "R.I. Gen. Laws § 25-1-1",
      section: "§ 25-1-1 (observance as the Secretary of State's holiday table shows it)",
      url: RI251,
      evidence: "statute-copy",
      from: "1999-07-01",
      rrule: "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=3;BYDAY=MO",
    },
    {
      key: "SAT-JUL4-MONDAY",
      description:
        "Independence Day on a Saturday is observed by the state on the Monday after (6 July): no sales calls.",
      law: "R.I. Gen. Laws § 25-1-1",
      section: "§ 25-1-1 (observance as the Secretary of State's holiday table shows it)",
      url: RI251,
      evidence: "statute-copy",
      from: "1999-07-01",
      rrule: "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=6;BYDAY=MO",
    },
    {
      key: "SAT-NOV11-MONDAY",
      description:
        "Veterans Day on a Saturday is observed by the state on the Monday after (13 November): no sales calls.",
      law: "R.I. Gen. Laws § 25-1-1",
      section: "§ 25-1-1 (observance as the Secretary of State's holiday table shows it)",
      url: RI251,
      evidence: "statute-copy",
      from: "1999-07-01",
      rrule: "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=13;BYDAY=MO",
    },
    {
      key: "SAT-DEC25-MONDAY",
      description:
        "Christmas on a Saturday is observed by the state on the Monday after (27 December): no sales calls.",
      law: "R.I. Gen. Laws § 25-1-1",
      section: "§ 25-1-1 (observance as the Secretary of State's holiday table shows it)",
      url: RI251,
      evidence: "statute-copy",
      from: "1999-07-01",
      rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=27;BYDAY=MO",
    },
  ],
});
