import { defineState } from "../state.js";

/** Nevada: sales calls 9 a.m.–8 p.m. (secondary); automated calls 9 a.m.–9 p.m. with a live introduction. */
export const NV = defineState({
  code: "US-NV",
  name: "Nevada",
  notes: [
    "The live-call hours (9 a.m.–8 p.m.) rest on a compliance vendor's table; another secondary source says 8 a.m.–9 p.m. The stricter reading is taken, and it also covers the 9 a.m.–9 p.m. window of NRS 597.814 for automated calls.",
    "NRS 597.814 was read on 2026-12-04 in a statute copy (contactcentercompliance.com): a device for automatic dialing and announcing may not place 'A call that is received by a telephone located in this state during the period between 9 p.m. and 9 a.m.' (subsection 2(a), not 1(b) as cited before). No start is recorded for `US-NV-HOURS`: neither NRS 228.590's hours nor either section's history line was read, so the rule binds at every instant (the stricter reading).",
    "Left out: an automated call must begin with a live voice giving the business's name, address and number, and a number whose person hung up may not be called again (NRS 597.814): duties of the caller, not modelled.",
    "Nevada's registry is the Nevada part of the National Do Not Call Registry (NRS 228.540): the federal register covers it.",
  ],
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
