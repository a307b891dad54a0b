// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** United Kingdom: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "Electronic mail includes texts (ICO guidance), so regulation 22 and its soft opt-in apply to SMS.",
  "The soft opt-in counts details obtained in a sale (`lastPurchaseAt`, similar to a category bought) or in negotiations for the sale of a product (`relationship.negotiations`, similar to the type negotiated); a bare inquiry with no product type does not count (cautious). No time limit is set (none in the text; the ICO expects reasonableness).",
  "Corporate subscribers are outside regulation 22: marketing e-mail to business customers needs no prior consent (identity and opt-out address rules still apply).",
  "PECR sets no screening frequency for the TPS; a check at most 28 days old is required, matching the 28 days a new listing takes to bind (cautious inference).",
  "Charity soft opt-in (reg. 22(3A), inserted by the Data (Use and Access) Act 2025 s. 114, in force 5 February 2026 by SI 2026/82 reg. 2(x)): a charity (the message's `senderType`) may e-mail or text a person without consent where the message's sole purpose is to further its charitable purposes (`charitablePurposeOnly`), it obtained the details directly from them when they expressed an interest in or offered or gave support for those purposes, and it offered an opt-out at collection and in every message (`optOut`). Record a donation or other support as the contact's `obtained.method: \"purchase\"` and an expression of interest as `\"inquiry\"`. Conditions from the ICO's guidance; the text of reg. 22(3A) was read through ICO and law-firm summaries only. Supporters whose details were collected before 5 February 2026 are not excluded by the engine (the in-force date belongs on the rule once rules carry dates).",
  "Consents are held to the UK GDPR standard (pre-ticked, inactive, bundled or uninformed: consent.invalid).",
  "Reg. 23 (UK-PECR-23): every marketing e-mail and text, to individuals and companies alike, names the sender on whose behalf it is sent and gives a valid address to ask that such messages stop; unknown facts are fact.missing: state them once in the policy's messageDefaults. Wording from ICO and university summaries of reg. 23 (secondary), matching ePrivacy Art. 13(4), checked 2026-12-02.",
  "Left out: claims-management and pension calls (regs 21A, 21B), CLI presentation, and reg. 24's identity and address duties for calls and faxes.",
];
