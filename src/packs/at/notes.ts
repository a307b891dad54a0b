// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Austria: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (AT-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Austria without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; AT-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Dates in force: § 174 TKG 2021 from 1 November 2021 (BGBl. I Nr. 190/2021; before, the same rules were § 107 TKG 2003, not modelled), and § 7 ECG from 1 January 2002, both from the RIS (official) as recorded in this pack on 2026-12-02 (checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
  "The wording of § 174 is read from secondary sources (maklerwiki.at, werbungwien.at, a quote of the Abs. 1 wording); RIS was not opened. The ECG-Liste's role (it bars only the existing-customer exception; a consent to the sender stands) is from RTR and onlinesicherheit.gv.at.",
  "Abs. 3's rule for mass mailings of more than 50 recipients without advertising purpose is not modelled (the engine decides marketing; service messages are not held to it).",
  "The ECG-Liste holds e-mail addresses (and whole domains); no re-check period is set in law, so a check at most 30 days old is required for the existing-customer exception (assumption).",
  "Left out: the WKO Robinsonliste for addressed mail (§ 151 GewO, binding on address publishers and direct-marketing firms), and caller-ID rules.",
];
