// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** United States (federal): cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "Texts count as calls under the TCPA: hours, the Do Not Call Registry and written consent apply to SMS as to voice.",
  "Cautious: every marketing text needs prior express written consent, whether or not it is flagged as automated (texts are almost always sent by automated systems).",
  "Cautious: calling hours are applied to every marketing call or text, even with consent or an established business relationship (a petition to the FCC arguing otherwise is unresolved).",
  "EBR periods: 18 months after a purchase, 3 months after an inquiry, taken as 546 and 89 days (the shortest such periods).",
  "Revocation by any reasonable means, honoured within ten business days (64.1200(a)(10), in force since 11 April 2025: FCC 24-24, 89 FR 15756, effective date 89 FR 82518), and CAN-SPAM opt-outs (10 business days) are honoured at once: any withdrawal in the ledger blocks from its instant; the ten days bound liability, they are no grace to keep sending.",
  "After an opt-out by text, one text that only confirms it and carries no marketing may follow (64.1200(a)(12)): mark it `confirmsOptOut: true` (purpose service or transactional); a second one is denied. The five-minute presumption is not modelled. (a)(12) alone was in force from 4 April 2024; the pack's rule starts with (a)(10) on 11 April 2025 (same effect on decisions).",
  "The 'revoke-all' rule (an opt-out given in answer to one kind of message stops every robotext from the caller, on unrelated matters too) is waived until 31 January 2027 (FCC CGB orders of 7 April 2025 and 6 January 2026, reported by several law firms: secondary). The pack holds it as an announced rule from that date (the earliest midnight in any US jurisdiction, UTC+10): a text deferred across it is judged under it. Critical messages (emergency purposes) are not stopped by it.",
  "Start dates of the older rules (1992 calling hours, 2005 31-day DNC screening, 2013 written consent, CAN-SPAM 2004) are from knowledge, not re-checked.",
  "Left out: the company-specific do-not-call list as a separate record (use a withdrawal or suppression). State rules are in the state packs (US-AL to US-WY, DC and the territories), which naming US brings in.",
];
