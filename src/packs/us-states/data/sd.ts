import { defineState } from "../state.js";

/** South Dakota: autodialed solicitation only on weekdays 9 a.m.–9 p.m. */
export const SD = defineState({
  code: "US-SD",
  name: "South Dakota",
  notes: [],
  hours: [
    {
      key: "ADAD-HOURS",
      description:
        "No automated telephone dialing system solicitation except on weekdays between 9 a.m. and 9 p.m.",
      law: "SDCL 37-30-28",
      section: "SDCL 37-30-28",
      url: "https://sdlegislature.gov/Statutes/37-30-28",
      evidence: "primary",
      from: "1991-07-01",
      quote: "except weekdays between 9 a.m. and 9 p.m., according to the time in this state",
      channels: ["voice"],
      automated: true,
      windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "21:00" }],
    },
  ],
});
