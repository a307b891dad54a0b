import { defineState } from "../state.js";

/** Michigan: telephone solicitation 9 a.m.–9 p.m. (secondary); no recorded-message solicitation. */
export const MI = defineState({
  code: "US-MI",
  name: "Michigan",
  notes: [
    "The 9 a.m. start rests on a compliance vendor's table; MCL 445.111c was read only to (1)(a). The stricter reading is taken.",
    "'Telephone solicitation' is a voice communication (MCL 445.111): the hours are applied to calls; texts keep the federal window.",
    "Cautious: the recorded-message ban is applied to every automated marketing call.",
    "Michigan's do-not-call list (MCL 445.111a) is understood to be the national one: not modelled as a separate register.",
  ],
  hours: [
    {
      key: "HOURS",
      description: "Telephone solicitation calls only between 9 a.m. and 9 p.m. local time.",
      law: "Home Solicitation Sales Act, MCL 445.111c",
      section: "MCL 445.111c(1)",
      url: "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-445-111c",
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
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
