import { defineState } from "../state.js";

const ME1498 = "https://legislature.maine.gov/statutes/10/title10sec1498.html";

/** Maine: automated sales calls only on weekdays 9 a.m.–5 p.m., at most one per number in 8 hours. */
export const ME = defineState({
  code: "US-ME",
  name: "Maine",
  notes: [],
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
