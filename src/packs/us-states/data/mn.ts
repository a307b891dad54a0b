import { defineState } from "../state.js";

/** Minnesota: automatic dialing-announcing devices 9 a.m.–9 p.m. (secondary). */
export const MN = defineState({
  code: "US-MN",
  name: "Minnesota",
  notes: [
    "The 9 a.m.–9 p.m. window for automatic dialing-announcing devices rests on a compliance vendor's table (believed Minn. Stat. § 325E.30). The stricter reading is taken.",
    "Left out: an ADAD message needs the subscriber's consent or a live operator first (§ 325E.27); the federal written-consent rule applies.",
    "No start is recorded for `US-MN-ADAD-HOURS` (checked 2026-12-04): the Attorney General's ADAD memoranda (2012, 2014, 2016) quote §§ 325E.26–325E.27 and State by Humphrey v. Casino Marketing Group (Minn. 1992) applies §§ 325E.26–.31, so the act stood by 1992; § 325E.30's hours and its history line were not read. Undated, the rule binds at every instant (the stricter reading).",
    "Minnesota's list is tied to the National Do Not Call Registry: not modelled as a separate register.",
  ],
  hours: [
    {
      key: "ADAD-HOURS",
      description: "Automatic dialing-announcing device calls only between 9 a.m. and 9 p.m.",
      law: "Minn. Stat. §§ 325E.26–325E.31",
      section: "§ 325E.30",
      url: "https://www.revisor.mn.gov/statutes/cite/325E.30",
      evidence: "secondary",
      channels: ["voice"],
      automated: true,
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
});
