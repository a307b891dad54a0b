import { defineState } from "../state.js";

const ME1498 = "https://legislature.maine.gov/statutes/10/title10sec1498.html";

/** Maine: automated sales calls only on weekdays 9 a.m.–5 p.m., at most one per number in 8 hours. */
export const ME = defineState({
  code: "US-ME",
  name: "Maine",
  notes: [
    "The hours and the one-call-in-8-hours limit were read in the text of 10 M.R.S. § 1498 as LD 392 (2003) shows it; its current wording was not verified. A public code repository's state table (found 2026-12-04) says it read all of chapter 225 on mainelegislature.org and that § 1498(3) still bars an automated telephone calling device outside weekdays 9 a.m.–5 p.m. (and that § 1498(7)'s registration is repealed): secondary, in agreement.",
    "No start is recorded for `US-ME-AUTOMATED-HOURS` and `US-ME-AUTOMATED-1PER8H` (checked 2026-12-04): LD 392 of the 121st Legislature (legislature.maine.gov, LD039201-1) amends '10 MRSA §1498, sub-§3, as amended by PL 1991, c. 524, §2', whose text already holds the weekday 9 a.m.–5 p.m. window and the one call in each 8-hour period; § 1498 was enacted by PL 1989, c. 775 (same bill). Whether the window dates from 1989 or 1991, and the effective day of either act, were not read. Undated, the rules bind at every instant (the stricter reading).",
    "Cautious: the 8-hour limit counts every marketing call to the number, live ones included (the history does not say which calls were automated).",
    "Maine's do-not-call registry may be the National Do Not Call Registry (§ 1499-B(4)): the federal register covers it. A proposed ban of automated sales calls to mobile numbers was not confirmed: not modelled.",
  ],
  hours: [
    {
      key: "AUTOMATED-HOURS",
      description:
        "Automated telephone calling device solicitation calls only on weekdays between 9 a.m. and 5 p.m. Maine time.",
      law: "10 M.R.S. § 1498",
      section: "§ 1498(3)",
      url: ME1498,
      quote: "weekdays between 9 a.m. and 5 p.m., according to the time in this State",
      evidence: "secondary",
      channels: ["voice"],
      automated: true,
      windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "17:00" }],
    },
  ],
  caps: [
    {
      key: "AUTOMATED-1PER8H",
      description:
        "An automated calling device may complete at most one solicitation call to a number in each 8-hour period.",
      law: "10 M.R.S. § 1498",
      section: "§ 1498(3)",
      url: ME1498,
      quote:
        "may not complete more than one solicitation call to any telephone number during each 8-hour period",
      evidence: "secondary",
      channels: ["voice"],
      automated: true,
      max: 1,
      window: "PT8H",
      countBy: ["purpose", "channel"],
    },
  ],
});
