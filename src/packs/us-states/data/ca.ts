import { defineState } from "../state.js";

/** California: automatic dialing-announcing device calls 9 a.m.–9 p.m. California time. */
export const CA = defineState({
  code: "US-CA",
  name: "California",
  notes: [],
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
