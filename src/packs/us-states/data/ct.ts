import { defineState } from "../state.js";

const CGA = "https://www.cga.ct.gov/current/pub/chap_743m.htm";

/** Connecticut: 9 a.m.–8 p.m. and written consent for any telephonic sales call, texts included (P.A. 23-98). */
export const CT = defineState({
  code: "US-CT",
  name: "Connecticut",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "Telephonic sales calls and texts only between 9 a.m. and 8 p.m. local time (before 1 October 2023: 9 a.m.–9 p.m.).",
      law: "Conn. Gen. Stat. § 42-288a, as amended by P.A. 23-98",
      section: "§ 42-288a(c)",
      url: CGA,
      quote: "between the hours of nine o'clock a.m. and eight o'clock p.m. local time",
      evidence: "secondary",
      from: "2023-10-01",
      windows: [{ from: "09:00", until: "20:00" }],
    },
  ],
  consent: [
    {
      key: "PEWC",
      description:
        "No telephonic sales call (live, automated, recorded, text or media message) without the consumer's prior express written consent as defined in 47 CFR § 64.1200.",
      law: "Conn. Gen. Stat. § 42-288a, as amended by P.A. 23-98",
      section: "§ 42-288a(a)(6) (definition), P.A. 23-98 § 13",
      url: CGA,
      evidence: "secondary",
      from: "2023-10-01",
      methods: ["written"],
    },
  ],
});
