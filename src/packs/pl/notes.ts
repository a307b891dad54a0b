// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Poland: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (PL-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Poland without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision: practitioners describe art. 398 ust. 1 PKE (consent) as replacing art. 10 of the ustawa o świadczeniu usług drogą elektroniczną and art. 172 of the Prawo telekomunikacyjne (radcaprawny.kirp.pl), but no Polish provision on the sender's identity or an opt-out address in every message was found; the rule stays on the directive.",
  "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; PL-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Dates in force: art. 398 ust. 1 PKE from 10 November 2024 (Dz. U. 2024 poz. 1221, isap.sejm.gov.pl, official, as recorded in this pack on 2026-12-02; checked 2026-12-04). The earlier art. 172 Prawa telekomunikacyjnego and art. 10 u.ś.u.d.e. are not modelled as rules of their own. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
  "Art. 398 ust. 1 PKE replaced art. 10 of the ustawa o świadczeniu usług drogą elektroniczną and art. 172 of the Prawo telekomunikacyjne (in force until 2024-11-09), which the same rule is read to have carried before; the engine applies art. 398 to every send.",
  "The wording of art. 398 ust. 1 is quoted from the Krajowa Izba Radców Prawnych journal (radcaprawny.kirp.pl) and blog.chwp.pl (secondary sources quoting the statute); the isap.sejm.gov.pl text was not opened.",
  "Consent is required from businesses and legal persons as well ('abonent lub użytkownik końcowy'); no existing-customer (soft opt-in) exception exists in Polish law (none found; fail closed).",
  "A message or call asking for consent is itself commercial information (Sąd Najwyższy, III SZP 7/15, under the former law): not modelled, as the engine does not read message content.",
  "No national do-not-call register and no statutory calling hours.",
];
