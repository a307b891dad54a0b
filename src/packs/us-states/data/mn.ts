import { defineState } from "../state.js";

/** Minnesota: automatic dialing-announcing device calls and commercial telephone solicitations 9 a.m.–9 p.m. (secondary). */
export const MN = defineState({
  code: "US-MN",
  name: "Minnesota",
  notes: [
    "The 9 a.m.–9 p.m. window rests on secondary sources: a compliance vendor's table (believed Minn. Stat. § 325E.30) and, found on 2026-12-04, two public code repositories' state tables that cite § 325E.30 for every sales call (not only automated ones), one of them quoting its heading 'TIME OF DAY LIMIT' and saying it bars a 'commercial telephone solicitation' (defined in § 325E.26 as an unsolicited call to a residential subscriber) before 9 a.m. or after 9 p.m. The section's own words were not read (revisor.mn.gov did not answer in the search corpora). Stricter reading, from 2026-12-04: the window binds live marketing calls too (the rule keeps its id `US-MN-ADAD-HOURS`); before, it bound automated calls only.",
    "Left out: an ADAD message needs the subscriber's consent or a live operator first (§ 325E.27); the federal written-consent rule applies.",
    "No start is recorded for `US-MN-ADAD-HOURS` (checked 2026-12-04): the Attorney General's ADAD memoranda (2012, 2014, 2016) quote §§ 325E.26–325E.27 and State by Humphrey v. Casino Marketing Group (Minn. 1992) applies §§ 325E.26–.31, so the act stood by 1992; § 325E.30's hours and its history line were not read. Undated, the rule binds at every instant (the stricter reading).",
    "Minnesota's list is tied to the National Do Not Call Registry: not modelled as a separate register.",
  ],
  hours: [
    {
      key: "ADAD-HOURS",
      description:
        "Automatic dialing-announcing device calls and commercial telephone solicitations (live calls too, cautious) only between 9 a.m. and 9 p.m.",
      law: "Minn. Stat. §§ 325E.26–325E.31",
      section: "§ 325E.30",
      url: "https://www.revisor.mn.gov/statutes/cite/325E.30",
      evidence: "secondary",
      channels: ["voice"],
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
});
