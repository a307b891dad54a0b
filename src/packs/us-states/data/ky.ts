import { defineState } from "../state.js";

const KRS461 = "http://www.contactcentercompliance.com/legal/statutes/KY/KRS/367.461.adpx";
const KRS46955 = "https://self-law.org/code/ky/chapter-367/367-46955";

/** Kentucky: telephone solicitation from 10 a.m. (secondary); automated calling equipment only with written consent. */
export const KY = defineState({
  code: "US-KY",
  name: "Kentucky",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description: "Telephone solicitations only between 10 a.m. and 9 p.m. local time.",
      law: "KRS 367.46955",
      section: "KRS 367.46955",
      url: KRS46955,
      evidence: "secondary",
      windows: [{ from: "10:00", until: "21:00" }],
    },
  ],
  consent: [
    {
      key: "AUTOMATED-CONSENT",
      description:
        "Automated calling equipment (selects or dials numbers and plays recorded messages) may be used for advertising only with the called person's consent as KRS 367.463 specifies (written consent).",
      law: "KRS 367.461, 367.463",
      section: "KRS 367.461(2)(a), 367.463",
      url: KRS461,
      quote: "The person receiving the call consents to it, as specified in KRS 367.463",
      evidence: "statute-copy",
      from: "1992-07-14",
      channels: ["voice"],
      automated: true,
      methods: ["written"],
    },
  ],
});
