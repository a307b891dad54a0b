import { defineState } from "../state.js";

/** Michigan: telephone solicitation 9 a.m.–9 p.m. (secondary); no recorded-message solicitation. */
export const MI = defineState({
  code: "US-MI",
  name: "Michigan",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description: "Telephone solicitation calls only between 9 a.m. and 9 p.m. local time.",
      law: "Michigan Penal Code, MCL 750.540e (also cited: Home Solicitation Sales Act, MCL 445.111c)",
      section: "MCL 750.540e(1)(f)",
      url: "https://www.gvsu.edu/gvpd/harassing-calls-18.htm",
      quote:
        "Making an unsolicited commercial telephone call between the hours of 9 p.m. and 9 a.m.",
      evidence: "secondary",
      channels: ["voice"],
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
  bans: [
    {
      key: "RECORDED",
      description: "No telephone solicitation that uses a recorded message, in whole or in part.",
      law: "MCL 445.111a",
      section: "MCL 445.111a(5)",
      url: "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-445-111a",
      evidence: "secondary",
      from: "2003-03-31",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
