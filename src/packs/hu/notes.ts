// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Hungary: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (HU-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Hungary without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; HU-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Dates in force: 6. § (1) Grt. from 1 September 2008, the law's entry into force as recorded in this pack on 2026-12-02 (NMHH); searched again on 2026-12-04 without finding the commencement clause, so it rests on that record. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
  "Grt. 6. § (1) is quoted by the regulator (NMHH, primary): 'kizárólag akkor közölhető, ha ahhoz az elektronikus hirdetés címzettje előzetesen, egyértelműen és kifejezetten hozzájárult'. A message asking for consent is itself an electronic advertisement (Ekertv. 14. § (2), NMHH): consent cannot be asked for by e-mail. The advertiser must keep a register of the consents (6. § (5)): the ledger.",
  "There is no soft opt-in in Hungarian law: an e-mail to last month's buyer needs consent (stricter than the EU baseline).",
  "Business customers: the rule protects natural persons; central addresses of legal persons (info@…) may receive advertising without consent (NMHH via reklamjog.hu, secondary), but a business contact may be a natural person's address. Business customers fall to the policy default (consent), cautious.",
  "Live and automated calls: an opt-out regime (Eht. 162. §) is reported by secondary sources only; calls fall to the policy default (consent), cautious. No national do-not-call register and no calling hours were found.",
];
