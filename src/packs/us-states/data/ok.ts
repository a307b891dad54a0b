import { defineState } from "../state.js";

const HB3168 = "https://app.legiplex.com/ok/legislature/2022/2022-r/bills/hb3168/drafts-latest";
const OK7551 = "https://self-law.org/code/ok/title-15-contracts/15-755-1";

/** Oklahoma: Telephone Solicitation Act of 2022: calls 8 a.m.–8 p.m., written consent for automated calls and texts, three calls on a subject in 24 hours. */
export const OK = defineState({
  code: "US-OK",
  name: "Oklahoma",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description:
        "No commercial telephonic sales call or text before 8 a.m. or after 8 p.m. at the called party's location.",
      law: "Telephone Solicitation Act of 2022, 15 O.S. § 775C.1 et seq. (HB 3168)",
      section: "15 O.S. § 775C.4",
      url: HB3168,
      evidence: "secondary",
      from: "2022-11-01",
      windows: [{ from: "08:00", until: "20:00" }],
    },
    {
      key: "ADAD-HOURS",
      description:
        "An automatic dial announcing device may not be used for calls terminating in Oklahoma before 9 a.m. or after 9 p.m.",
      law: "15 O.S. § 755.1",
      section: "§ 755.1(C)(2)(a)",
      url: OK7551,
      quote:
        "For calls terminating in this state, the device is not used to make a call: a. before 9 a.m. or after 9 p.m.",
      evidence: "statute-copy",
      channels: ["voice"],
      automated: true,
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
  consent: [
    {
      key: "PEWC",
      description:
        "No commercial telephonic sales call, text or voicemail by an automated system for selecting or dialing numbers or playing a recorded message without prior express written consent.",
      law: "Telephone Solicitation Act of 2022, 15 O.S. §§ 775C.2–775C.3",
      section: "§ 775C.2(3) (definition), § 775C.3",
      url: HB3168,
      evidence: "statute-copy",
      from: "2022-11-01",
      automated: true,
      methods: ["written"],
    },
  ],
  caps: [
    {
      key: "3PER24H",
      description:
        "At most three commercial telephonic sales calls to a person on the same subject matter in 24 hours.",
      law: "Telephone Solicitation Act of 2022, 15 O.S. § 775C.4",
      section: "§ 775C.4",
      url: HB3168,
      evidence: "secondary",
      from: "2022-11-01",
      max: 3,
      window: "P1D",
      countBy: ["purpose", "topic"],
    },
  ],
});
