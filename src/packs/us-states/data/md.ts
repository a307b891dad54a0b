import { defineState } from "../state.js";

const CL4502 = "https://lexace.ai/us/statute/maryland/CL-14-4502";

/** Maryland: Stop the Spam Calls Act of 2023: calls and texts 8 a.m.–8 p.m., written consent for automated ones, three on a subject in 24 hours. */
export const MD = defineState({
  code: "US-MD",
  name: "Maryland",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "Telephone solicitations only between 8 a.m. and 8 p.m. in the called party's time zone.",
      law: "Stop the Spam Calls Act of 2023, Md. Code, Com. Law § 14-4502",
      section: "§ 14-4502",
      url: CL4502,
      evidence: "secondary",
      from: "2024-01-01",
      windows: [{ from: "08:00", until: "20:00" }],
    },
  ],
  consent: [
    {
      key: "PEWC",
      description:
        "Without prior express written consent, no telephone solicitation that uses an automated system for selecting or dialing numbers or plays a recorded message.",
      law: "Stop the Spam Calls Act of 2023, Md. Code, Com. Law §§ 14-4501, 14-4502",
      section: "§ 14-4502(a)(3); § 14-4501 (definition)",
      url: CL4502,
      quote:
        "Without the prior express written consent of the called party, a person may not make or cause to be made a telephone solicitation that involves: (i) An automated system for the selection or dialing of telephone numbers",
      evidence: "statute-copy",
      from: "2024-01-01",
      automated: true,
      methods: ["written"],
    },
  ],
  caps: [
    {
      key: "3PER24H",
      description:
        "At most three calls or text messages to a called party about the same subject in 24 hours.",
      law: "Stop the Spam Calls Act of 2023, Md. Code, Com. Law § 14-4502",
      section: "§ 14-4502",
      url: CL4502,
      evidence: "secondary",
      from: "2024-01-01",
      max: 3,
      window: "P1D",
      countBy: ["purpose", "topic"],
    },
  ],
});
