import { defineState } from "../state.js";

/** South Dakota: autodialed solicitation only on weekdays 9 a.m.–9 p.m. */
export const SD = defineState({
  code: "US-SD",
  name: "South Dakota",
  notes: [
    "'Time in this state': South Dakota has Central and Mountain time; the window is read in the recipient's zone (and in both when unknown).",
    "In force from 1 July 1991 (checked 2026-12-04): the source note of SDCL 37-30-28 on legis.state.sd.us reads 'Source: SL 1991, ch 322, § 7' and names no other act or date, and an act of a regular session that prescribes no date takes effect on the first day of July after its passage (SDCL 2-14-16, as quoted by a news account; the section heading listed on sdlegislature.gov). Primary history line; the session law's own text was not read.",
  ],
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
