// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Denmark: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (DK-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Denmark without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Read through Forbrugerombudsmanden's overview of the telephone sales rules (quoting forbrugeraftaleloven § 4, stk. 1), forbrug.dk, and a copy of markedsføringsloven § 10 (danskelove.dk); retsinformation.dk was not opened directly.",
  "§ 10, stk. 1 says 'nogen' (anyone): consent is required from business customers too.",
  "The telephone ban does not apply to calls about ordering books, subscribing to newspapers, weeklies and periodicals, insurance mediation, and subscriptions to rescue or ambulance services (§ 4, stk. 2, as listed by Forbrugerombudsmanden's overview, checked 2026-12-02): a message whose `sector` is one of these needs no prior request. A message without a sector is in none (cautious). The exceptions do not lift the Robinson list: a listed consumer may still not be called without consent (forbrug.dk).",
  "The telephone ban and the Robinson duty cover commercial activity only: calls by charities (and other non-commercial callers) are outside them (forbrug.dk). An unknown sender type reads as commercial.",
  "Consents are held to the GDPR standard (pre-ticked, inactive, bundled or uninformed: consent.invalid).",
  "How often the Robinson list must be checked was not confirmed in law; a check at most 30 days old is required (cautious). Searched 2026-12-04: Datatilsynet (datatilsynet.dk, 'Robinsonlisten') says the Interior Ministry compiles the list once a quarter (CPR-loven § 40, stk. 4) and that it may be used to meet the duty to check; municipalities and Advodan say a registration can take up to three months to show. The 30-day check is stricter than the quarterly list requires.",
  "Dates in force (each rule's `from`, local midnight in Copenhagen; checked 2026-12-04): markedsføringsloven (lov nr. 426 af 3. maj 2017) came into force on 1 July 2017 (Plesner, 25 April 2017; metropolinternational.com, secondary); forbrugeraftaleloven (lov nr. 1457 af 17. december 2013), § 4 on unsolicited calls, on 13 June 2014 (dtl.eu, secondary). Later amendments of § 10 are not dated separately. `DK-EPRIVACY-13-4` is dated from the 2017 Act's start.",
];
