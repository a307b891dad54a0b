import { defineState } from "../state.js";

/** Minnesota: automatic dialing-announcing device calls and commercial telephone solicitations 9 a.m.–9 p.m. (secondary). */
export const MN = defineState({
  code: "US-MN",
  name: "Minnesota",
  notes: [],
  hours: [
    {
      key: "ADAD-HOURS",
      description:
        "Automatic dialing-announcing device calls and commercial telephone solicitations (live calls too, cautious) only between 9 a.m. and 9 p.m.",
      law: "Minn. Stat. §§ 325E.26–325E.31",
      section: "§ 325E.30",
      url: "https://www.revisor.mn.gov/statutes/cite/325E.30",
      evidence: "secondary",
      channels: ["voice"],
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
});
