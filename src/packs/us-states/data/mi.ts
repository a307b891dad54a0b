import { defineState } from "../state.js";

/** Michigan: telephone solicitation 9 a.m.–9 p.m. (secondary); no recorded-message solicitation. */
export const MI = defineState({
  code: "US-MI",
  name: "Michigan",
  notes: [
    "MCL 445.111a (the recorded-message ban) is in force in its present text from 31 March 2003: the act's history on legislature.mi.gov reads 'Am. 2002, Act 612, Eff. Mar. 31, 2003', and a 2018 bill recites § 1a as last amended by 2002 PA 612 (checked 2026-12-04). § 445.111c (the hours) was amended by 2006 PA 133; when its hours began was not found, so that rule carries no start. Searched again on 2026-12-04 (legislature.mi.gov act history, lawserver, cliclaw, uslegal): the copies show § 445.111c(1)(a) but not the hours clause or its history; `US-MI-HOURS` stays undated (binds at every instant, the stricter reading).",
    "The 9 a.m. start rests on a compliance vendor's table; MCL 445.111c was read only to (1)(a). The stricter reading is taken. Found on 2026-12-04: the window is in MCL 750.540e(1)(f) (malicious use of telecommunications services), 'Making an unsolicited commercial telephone call between the hours of 9 p.m. and 9 a.m.', such a call being 'a call made by a person or recording device, on behalf of a person, corporation, or other entity, soliciting business or contributions' (Grand Valley State University police's summary of the statute; two public code repositories' state tables cite § 750.540e(f) for 9 a.m.–9 p.m.): the rule now cites it. Secondary: the section's text on legislature.mi.gov was not read. The section asks malicious intent to annoy; the engine applies the window to every marketing call (cautious). § 750.540e was added by 1969 PA 328, effective 20 March 1970 (People v. Taravella, 133 Mich. App. 515 (1984)); whether (1)(f) was in it was not read, and 1970 lies before the 1987 floor of the state dates: no start recorded.",
    "'Telephone solicitation' is a voice communication (MCL 445.111): the hours are applied to calls; texts keep the federal window.",
    "Cautious: the recorded-message ban is applied to every automated marketing call.",
    "Michigan's do-not-call list (MCL 445.111a) is understood to be the national one: not modelled as a separate register.",
  ],
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
