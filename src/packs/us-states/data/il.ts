import { defineState } from "../state.js";

/** Illinois: autodialers (recorded messages) 9 a.m.–9 p.m. (secondary). */
export const IL = defineState({
  code: "US-IL",
  name: "Illinois",
  notes: [],
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
