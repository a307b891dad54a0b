// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Cyprus: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (CY-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Cyprus without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; CY-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Dates in force: from 30 April 2004, the publication of Law 112(I)/2004 in the Official Gazette (Ε.Ε. Παρ. Ι(Ι), Αρ. 3850; docplayer.gr copy, secondary, checked 2026-12-04); its commencement day was not confirmed, so the publication day is taken (the earliest possible, stricter). Later amendments of art. 106 were not read. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
  "Art. 106 (1)–(2) are read from the text on cylaw.org as summarised in docs/research/europe.md (primary); the exception is for the same sender only, not group companies (paschalides.com, secondary).",
  "Live calls: the law has no provision on telephone marketing to individual subscribers (mondaq, secondary); they rest on GDPR (legitimate interest and the right to object). The pack leaves them to the policy default (consent), cautious. No register and no calling hours were found.",
];
