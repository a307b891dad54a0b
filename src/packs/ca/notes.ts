// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Canada: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "Dates in force (midnight in Ottawa): CASL ss. 6 and 10 from 1 July 2014, the coming into force of its anti-spam provisions (the Government of Canada's announcement, reported by mondaq and Bryan Cave, secondary; checked 2026-12-04); the Unsolicited Telecommunications Rules (National DNCL, Telemarketing Rules) from 30 September 2008, when they took effect (Blakes bulletin via mondaq, secondary; Bill C-37, the Telecommunications Act's s. 41.7, came into force 30 June 2006). The current wording of the Telemarketing Rules' hours was not dated separately.",
  "Express consent under CASL has no statutory expiry: it lasts until withdrawn (an inference from s. 10, which sets limits only for implied consent).",
  "Implied consent from an existing business relationship: a purchase within two years (730 days) or an inquiry within six months (181 days, the shortest six-month period).",
  "An unsubscribe is given effect at once (the law allows at most 10 business days).",
  "Calling hours and the DNCL come from the CRTC Unsolicited Telecommunications Rules; their rule numbers were not confirmed in the official text. Searched 2026-12-04: the hours (09:00–21:30 weekdays, 10:00–18:00 weekends) and the 31 days after registration are restated by a carrier's page (northerntel.ca, secondary); the CRTC's lnnte-dncl.gc.ca summary lists the exemptions (existing business relationship, express consent, business consumers).",
  "Left out: CASL's other implied-consent grounds (conspicuous publication, business cards), the B2B exemptions of the regulations, automated-voice (ADAD) rules, provincial rules.",
];
