import { defineState } from "../state.js";

/** Michigan: telephone solicitation 9 a.m.–9 p.m. (secondary); no recorded-message solicitation. */
export const MI = defineState({
  code: "US-MI",
  name: "Michigan",
  notes: [
    "MCL 445.111a (the recorded-message ban) is in force in its present text from 31 March 2003: the act's history on legislature.mi.gov reads 'Am. 2002, Act 612, Eff. Mar. 31, 2003', and a 2018 bill recites § 1a as last amended by 2002 PA 612 (checked 2026-12-04). § 445.111c (the hours) was amended by 2006 PA 133; when its hours began was not found, so that rule carries no start. Searched again on 2026-12-04 (legislature.mi.gov act history, lawserver, cliclaw, uslegal): the copies show § 445.111c(1)(a) but not the hours clause or its history; `US-MI-HOURS` stays undated (binds at every instant, the stricter reading).",
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
      from: "2003-03-31",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
