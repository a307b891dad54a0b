// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Sweden: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (SE-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Sweden without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; SE-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Read through Konsumentverket's explanation of 19 § (quoted by expowera.se), IAB Sverige, Wistrand, NIX-Telefon's and Swedma's pages on 21 § and the NIX-nämnden statements; riksdagen.se and lagen.nu were not opened, so no section is quoted verbatim from the official text.",
  "The consent rule is 19 § (Konsumentverket, IAB Sverige 2020); one 2009 article numbers it 20 §, read as an error or a draft numbering.",
  "A `business` customer is read as a legal person. A sole trader (enskild firma) is a natural person: enter such customers as `consumer` (the default), and so for an e-mail address that names a person unless the message is addressed to their professional role.",
  "NIX-Telefon and NIX adresserat are self-regulation (registers run by the industry, rules agreed with Konsumentverket); a listing counts as a clear objection under 21 § (NIX-nämnden). They cover consumers only.",
  "How old a NIX check may be was not confirmed (NIX says a listing may take up to two, in older rules three, months to reach every company); a check at most 30 days old is required (cautious).",
  "NIX excepts an established customer relationship: a contract (`relationship.contracts`) whose type is the message's category, running or ended at most 12 months ago (the contract's obligations fulfilled), read as 365 days (cautious). The 12-month tail rests on the NIX rules as summarised in the brief and earlier notes; NIX-nämnden's statement of 2025-10-31 (Dnr 25-164) confirms the contract and same-type conditions, not the length.",
  "A consumer's consent to be called by a named company despite NIX is limited in time since the rules of 1 July 2017; press reports (2017, secondary) give three months, read as 90 days (cautious); the current figure was not confirmed. Searched again 2026-12-04: Skaraborgs Läns Tidning (on the rules from 1 July 2017) «Medgivandet gäller dessutom bara i tre månader, sedan upphör det automatiskt, om telefonabonnemanget är nixat»; nixtelefon.org's consent section was reached only at its opening.",
  "The start date of the marketing act (1 July 2008) is from knowledge, not re-checked.",
  "No period is set for the existing-customer exception; a purchase within two years is required (cautious, as in the NO pack).",
  "Automated calls need consent from business customers too (cautious: 19 § names natural persons only).",
  "Left out: the valid opt-out address each marketing e-mail must carry (message content, not a send rule); the written confirmation of contracts made in a sales call the trader initiated (lag (2005:59) om distansavtal, since 1 September 2018: a contract rule); NIX's industry calling hours and its rule on calls to mobile numbers (self-regulation).",
];
