import { defineState } from "../state.js";

const CMR = "https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXXII/Chapter159C";
const C159C = "https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXXII/Chapter159C";

/** Massachusetts: unsolicited sales calls 8 a.m.–8 p.m., the quarterly Massachusetts do-not-call registry, no recorded-message sales calls. */
export const MA = defineState({
  code: "US-MA",
  name: "Massachusetts",
  notes: [
    "The registry is updated at least quarterly and includes the Commonwealth part of the national database: a check older than a quarter (92 days) counts as stale.",
    "Cautious: the exemptions of c. 159C § 1 (existing business relationship and others) were not read; only the consumer's express request overrides the registry.",
    "Cautious: the ban on recorded-message sales calls is applied to every automated marketing call (the engine does not tell an autodialed live call from a recorded one).",
    "The recorded-message ban of 201 CMR 12.02(4) is dated like the hours and the registry, from 1 January 2003: the Office of Consumer Affairs and Business Regulation says the Do Not Call Act (St. 2002, c. 265, M.G.L. c. 159C) 'became effective on January 1, 2003' (mass.gov/ocabr, 'The law', checked 2026-12-04); 201 CMR 12.00 implements that Act. The regulation's own promulgation day was not seen; if it was later, 1 January 2003 is the earlier bound and the stricter reading.",
  ],
  hours: [
    {
      key: "HOURS",
      description:
        "No unsolicited telephonic sales call between 8 p.m. and 8 a.m. local time at the consumer's location.",
      law: "201 CMR 12.02; M.G.L. c. 159C § 3",
      section: "201 CMR 12.02(2)",
      url: CMR,
      quote: "between the hours of 8:00 P.M. to 8:00 A.M., local time at the consumer's location",
      evidence: "statute-copy",
      from: "2003-01-01",
      windows: [{ from: "08:00", until: "20:00" }],
    },
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No unsolicited telephonic sales call to a consumer on the then-current quarterly Massachusetts do-not-call registry; the consumer's express request exempts.",
      law: "M.G.L. c. 159C §§ 2–3; 201 CMR 12.02(1)",
      section: "c. 159C § 2; 201 CMR 12.02(1)",
      url: C159C,
      evidence: "statute-copy",
      from: "2003-01-01",
      maxAge: "P92D",
      consentOverrides: true,
    },
  ],
  bans: [
    {
      key: "RECORDED",
      description: "No unsolicited telephonic sales call by a recorded message device.",
      law: "201 CMR 12.02",
      section: "201 CMR 12.02(4)",
      url: CMR,
      evidence: "statute-copy",
      from: "2003-01-01",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
