// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Germany: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "§7(2) Nr. 2 has no business-to-business relaxation: e-mail, SMS and automated calls need prior express consent from businesses too.",
  "Calls to businesses need at least presumed consent (§ 7(2) no. 1, second alternative): it counts when the sender records the presumption as a grant with method 'presumed' and evidence of the concrete circumstances, or when the business bought from the sender in the message's category (BGH I ZR 191/03, I ZR 88/05: a concrete, factual interest judged before the call, read through secondary summaries). A directory listing is not enough; an objection ends it; it never stands in for a consumer's express consent.",
  "§ 7(2) no. 3: every advertising e-mail or SMS must name its sender and carry a valid address to stop such messages; the engine denies until these facts are stated (on the message or in the policy's messageDefaults).",
  "§ 7a(2): proof of consent to telephone advertising is kept five years from the consent and from each use; `proofRetention` answers how long (it does not change a decision).",
  "Consents are held to the GDPR standard: a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
  "SMS counts as electronic mail (widely accepted, not stated in the text); the §7(3) exception is applied to e-mail only (cautious).",
  "§7a: consent to telephone advertising to consumers must be documented; a grant without evidence does not count.",
  "Left out: addressed mail and the voluntary Robinson list.",
  "Dates in force (each rule's `from`, local midnight in Berlin; checked 2026-12-04), each the date of the wording that matters to the rule: telephone advertising to consumers only with prior express consent from 4 August 2009 (Gesetz zur Bekämpfung unerlaubter Telefonwerbung; lhr-law.de, senioren-blog.info); prior express consent for automated calls, fax and electronic mail from 30 December 2008 (UWG 2008; Lieb Rechtsanwälte, 'UWG-Reform 2009'); presumed consent of other market participants, the existing-customer exception (§ 7 Abs. 3) and the sender rule (then § 7 Abs. 2 Nr. 4) from the UWG of 3 July 2004, in force 8 July 2004 (Pierson, JurPC Web-Dok. 249/2004; rhp.eu, July 2004); § 7a from 1 October 2021 (lexetius.com: Art. 3 Nr. 1, Art. 4 Abs. 3 of the Gesetz für faire Verbraucherverträge of 10 August 2021). Until 27 May 2022 the numbers of § 7 Abs. 2 were one higher (Nr. 1 was the persistent-advertising rule, now Anhang Nr. 26; recht-vertieft.de): the renumbering changed no rule and is not a date here.",
];
