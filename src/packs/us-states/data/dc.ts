import { defineState } from "../state.js";

/** District of Columbia: no prerecorded sales calls except to existing customers about earlier orders. */
export const DC = defineState({
  code: "US-DC",
  name: "District of Columbia",
  notes: [
    "The only exception is a preexisting business relationship where the call concerns goods or services already ordered or bought; the engine cannot tell what a call is about, so every automated marketing call is denied (cautious).",
    "Live calls: 8 a.m.–9 p.m. (§ 22-3226.08), the federal window; at most 15 rings.",
    "No start date is recorded (in force since ever, the strict reading; checked 2026-12-04): a secondary summary (github.com/sustany/dvg wiki, 'District of Columbia') says the ban was enacted in 1991; the D.C. Law and its effective day (the section's credit line on code.dccouncil.gov) were not seen.",
  ],
  bans: [
    {
      key: "PRERECORDED",
      description:
        "No automated dialing system with a prerecorded message to solicit the purchase or lease of goods, services or property.",
      law: "D.C. Code § 34-1701",
      section: "§ 34-1701(b)(1)",
      url: "https://code.dccouncil.gov/us/dc/council/code/sections/34-1701",
      evidence: "primary",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
