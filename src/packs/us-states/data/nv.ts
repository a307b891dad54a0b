import { defineState } from "../state.js";

/** Nevada: sales calls 9 a.m.–8 p.m. (secondary); automated calls 9 a.m.–9 p.m. with a live introduction. */
export const NV = defineState({
  code: "US-NV",
  name: "Nevada",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description: "Unsolicited sales calls only between 9 a.m. and 8 p.m. local time.",
      law: "NRS 228.590; NRS 597.814",
      section: "NRS 228.590; NRS 597.814(2)(a)",
      url: "https://www.leg.state.nv.us/nrs/nrs-597.html#NRS597Sec814",
      evidence: "secondary",
      windows: [{ from: "09:00", until: "20:00" }],
    },
  ],
});
