// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Portugal: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (PT-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Portugal without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; PT-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Dates in force: art. 13.º-A and 13.º-B in their current wording from 30 August 2012, the day after Lei n.º 46/2012 was published (Diário da República of 29 August 2012), confirmed by the consolidated text's notes ('Redação dada pela Lei n.º 46/2012, de 29 de agosto, com entrada em vigor no dia seguinte ao da sua publicação'; scribd copy, secondary; checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
  "The text of art. 13.º-A is read from the bill as published in the Diário da Assembleia da República (II-A n.º 217, 31 July 2012); the consolidated DRE text was not opened.",
  "Live calls to consumers: n.º 1 lists means 'designadamente' (among others); ANACOM's consumer FAQ reads it to cover promotional calls ('só podem contactar com fins promocionais os consumidores que o tenham autorizado previamente'). Consent is required (the stricter reading; some commentators call the law ambiguous).",
  "The DGC opposition list (lista de oposição) is where legal persons refuse; no re-check period was found, so a check at most 30 days old is required (assumption). It gates the opt-out regime only: a consent to the sender stands.",
  "The customer exception is applied to consumers; for legal persons the opt-out regime already applies.",
  "No statutory calling hours.",
];
