import { defineState } from "../state.js";

/** South Carolina: automatic dialing-announcing device calls 8 a.m.–7 p.m.; texts are telephone solicitations. */
export const SC = defineState({
  code: "US-SC",
  name: "South Carolina",
  notes: [],
  hours: [
    {
      key: "ADAD-HOURS",
      description:
        "Permitted automatic dialing-announcing device calls are prohibited after 7 p.m. or before 8 a.m.",
      law: "S.C. Code § 16-17-446",
      section: "§ 16-17-446(B)",
      url: "https://www.scstatehouse.gov/code/t16c017.php",
      evidence: "statute-copy",
      quote: "are prohibited after seven p.m. or before eight a.m.",
      channels: ["voice"],
      automated: true,
      windows: [{ from: "08:00", until: "19:00" }],
    },
  ],
});
