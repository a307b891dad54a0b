// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Czech Republic: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (CZ-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Czechia without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; CZ-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Dates in force: § 7 zákona č. 480/2004 Sb. from 7 September 2004; § 96 odst. 1 ZEK in its current wording (zákon č. 374/2021 Sb., in force 1 January 2022) from 1 July 2022, when the opt-in for calls took effect; both from zakonyprolidi.cz as recorded in this pack on 2026-12-02 (checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
  "§ 96 odst. 1 does not tell businesses from consumers (ČTÚ, as quoted by haskovcova.com): calls to business customers need consent too. Randomly generated numbers count as a subscriber list. The wording is read from law-firm analyses (pravniprostor.cz, foodnet.cz), not the Sbírka text.",
  "A consent in the public subscriber list (a directory entry saying the subscriber wishes to be contacted for marketing) is a consent: record it in the ledger as a grant (source `public-directory`). The joint MPO/ČTÚ/ÚOOÚ opinion that any individual consent suffices is read the same way. No statutory existing-customer exception for calls was found: consent is required (fail closed).",
  "E-mail: 'uživatel' is any natural or legal person (ÚOOÚ): consent from businesses too. The ÚOOÚ reads commercial communication widely (greetings, review requests, requests for consent).",
  "No national do-not-call register and no statutory calling hours.",
];
