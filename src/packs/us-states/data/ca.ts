import { defineState } from "../state.js";

/** California: automatic dialing-announcing device calls 9 a.m.–9 p.m. California time. */
export const CA = defineState({
  code: "US-CA",
  name: "California",
  notes: [
    "Left out: an ADAD call needs a prior agreement or a live announcement asking consent first (§§ 2873–2874); the federal written-consent rule applies.",
    "Live calls: nothing stricter than the federal rules; California's own list never took effect (the national registry applies).",
    "US-CA-ADAD-HOURS carries no start (in force since ever, the strict reading; checked 2026-12-04): the article on automatic dialing-announcing devices dates from 1 January 1980 (§ 2871, last updated Jan. 1, 1980, california.public.law from leginfo), and the Legislative Counsel's digests of AB 2721 (2000) and AB 870 (2001) describe the hours of § 2872 as existing law; the statute that set the 9 p.m.–9 a.m. hours of § 2872(c) and its day were not found.",
  ],
  hours: [
    {
      key: "ADAD-HOURS",
      description:
        "No automatic dialing-announcing device call received in California between 9 p.m. and 9 a.m. California time.",
      law: "Cal. Pub. Util. Code § 2872",
      section: "§ 2872(c)",
      url: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PUC&sectionNum=2872",
      evidence: "statute-copy",
      quote: "during the hours between 9 p.m. and 9 a.m. California time",
      channels: ["voice"],
      automated: true,
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
});
