// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** European Union and EEA (baseline): cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "Applies to EEA states without a national pack; national packs carry the directive as their law transposes it (often stricter).",
  "Liechtenstein (LI) has a national pack whose transposing article was not confirmed: the baseline stays beneath it there as the floor, so both apply to LI customers.",
  "Electronic mail includes SMS and MMS (Art. 2(h): any text, voice, sound or image message sent over a public network and stored until collected).",
  "Cautious: Art. 13(1) is applied to business customers too (Art. 13(5) leaves legal persons to national law).",
  "Art. 13(4): every marketing e-mail and SMS names the sender on whose behalf it is sent and carries a valid address to ask that such messages stop, whatever the basis and whoever the recipient; unknown facts are fact.missing: state them once in the policy's messageDefaults.",
  "Dates in force: Art. 13(1), 13(2) and 13(4) from 31 July 2002, the day the directive was published and entered into force (OJ L 201, 31.7.2002; secondary: Pinsent Masons, the consolidated text's header; checked 2026-12-04). This is the earliest reading: member states had until 31 October 2003 to transpose it, and Directive 2009/136/EC (in force 19 December 2009, to be applied from 25 May 2011) reworded Art. 13(1) and 13(4) without changing what these rules encode (consent for e-mail, SMS and automated calls; sender named and a valid address to stop).",
  "No time limit is set for the existing-customer exception (national laws may add one).",
  "GDPR Art. 7(1) (the sender must be able to show the consent) is met by the ledger: every send names the consent event behind it.",
  "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how the consent was captured still counts.",
];
