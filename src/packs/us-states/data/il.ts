import { defineState } from "../state.js";

/** Illinois: autodialers (recorded messages) 9 a.m.–9 p.m. (secondary). */
export const IL = defineState({
  code: "US-IL",
  name: "Illinois",
  notes: [
    "The hours of 815 ILCS 305/15(a) were cut off in the text read; compliance vendors give 9 a.m.–9 p.m. The stricter reading is taken.",
    "Left out: securities solicitors' hours (815 ILCS 5/8b, a sector rule).",
    "US-IL-ADAD-HOURS carries no start (in force since ever, the strict reading; checked 2026-12-04): the Act is P.A. 87-275 (source line of 815 ILCS 305/1 and 305/10 on ilga.gov), and Section 15 was amended by P.A. 91-182 (eff. 1 January 2000); whether the hours come from either, and P.A. 87-275's effective day, were not confirmed.",
  ],
  hours: [
    {
      key: "ADAD-HOURS",
      description: "No autodialer calls placing recorded messages outside 9 a.m.–9 p.m.",
      law: "Automatic Telephone Dialers Act, 815 ILCS 305",
      section: "815 ILCS 305/15(a)",
      url: "https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=2298&ChapterID=67",
      evidence: "secondary",
      channels: ["voice"],
      automated: true,
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
});
