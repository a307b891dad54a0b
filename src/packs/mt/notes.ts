// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Malta: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "ePrivacy Art. 13(4) (MT-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Malta without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; MT-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "Dates in force: from 15 July 2003, the date in the head of the consolidated S.L. 586.01 ('15th July, 2003 — Legal Notice 16 of 2003, as amended by Legal Notices 153 of 2003, … 239 of 2011 …'; docplayer copy, secondary, checked 2026-12-04). The regulation's current wording comes from later Legal Notices (239 of 2011 transposed Directive 2009/136/EC); those were not read, so the earlier date is kept (stricter). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
  "Secondary only: the rules are known from the ITU anti-spam page quoting the Data Protection Commissioner; the regulation and its numbering were not opened.",
  "Legal persons are reported to be opt-out; the pack applies consent to them too (cautious). Live calls: an opt-out regime is not confirmed; they fall to the policy default (consent). No national register (a 2025 web claim of one is unreliable) and no calling hours were found.",
];
