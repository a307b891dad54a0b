// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Greece: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (GR-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Greece without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; GR-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Dates in force: άρθρο 11 from 28 June 2006, the publication of Law 3471/2006 (ΦΕΚ 133/Α'/28.6.2006, the head of the law's text on docplayer.gr, secondary; checked 2026-12-04); that the law took effect on publication is as recorded in this pack on 2026-12-02, not re-read; later amendments of art. 11 (e.g. Law 4070/2012) were not read. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
  "Each provider keeps its own free register of subscribers who do not want marketing calls with human intervention ('Μητρώο 11', art. 11 of Law 3471/2006: yuboto-telephony.gr, press coverage of 2025–2026 and HDPA decisions via GDPRhub — secondary). A sender must check the register of the number's current provider; give the combined result as `GR-MITROO-11`. No re-check period was found: a check at most 30 days old is required (assumption).",
  "A consent to the caller overrides the listing (HDPA 9/2024, via GDPRhub, secondary).",
  "The customer exception of art. 11 para. 3 is reported from memory only and is not applied (cautious). The consent rule names subscribers; it is applied to business customers too (cautious). No calling hours were found.",
];
