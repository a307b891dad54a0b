import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-11-22";
const UWG = "Gesetz gegen den unlauteren Wettbewerb (UWG)";
const UWG7 = "https://www.gesetze-im-internet.de/uwg_2004/__7.html";
const UWG7A = "https://www.gesetze-im-internet.de/uwg_2004/__7a.html";
/** When the law-in-depth rules (GDPR validity, § 7(2) no. 1 presumed consent, no. 3, § 7a retention) were checked. */
const CHECKED_DEPTH = "2026-12-02";

/**
 * Germany: UWG §7 — prior express consent for telephone advertising to consumers and for
 * automated calls, fax and electronic mail to anyone; the existing-customer exception for e-mail;
 * §7a documentation of consent to telephone advertising.
 *
 * @see https://www.gesetze-im-internet.de/uwg_2004/__7.html
 */
export const DE = definePack({
  code: "DE",
  name: "Germany",
  jurisdictions: ["DE"],
  notes: [
    "§7(2) Nr. 2 has no business-to-business relaxation: e-mail, SMS and automated calls need prior express consent from businesses too.",
    "Calls to businesses need at least presumed consent (§ 7(2) no. 1, second alternative): it counts when the sender records the presumption as a grant with method 'presumed' and evidence of the concrete circumstances, or when the business bought from the sender in the message's category (BGH I ZR 191/03, I ZR 88/05: a concrete, factual interest judged before the call, read through secondary summaries). A directory listing is not enough; an objection ends it; it never stands in for a consumer's express consent.",
    "§ 7(2) no. 3: every advertising e-mail or SMS must name its sender and carry a valid address to stop such messages; the engine denies until these facts are stated (on the message or in the policy's messageDefaults).",
    "§ 7a(2): proof of consent to telephone advertising is kept five years from the consent and from each use; `proofRetention` answers how long (it does not change a decision).",
    "Consents are held to the GDPR standard: a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "SMS counts as electronic mail (widely accepted, not stated in the text); the §7(3) exception is applied to e-mail only (cautious).",
    "§7a: consent to telephone advertising to consumers must be documented; a grant without evidence does not count.",
    "Left out: addressed mail and the voluntary Robinson list.",
    "Dates in force (each rule's `from`, local midnight in Berlin; checked 2026-12-04), each the date of the wording that matters to the rule: telephone advertising to consumers only with prior express consent from 4 August 2009 (Gesetz zur Bekämpfung unerlaubter Telefonwerbung; lhr-law.de, senioren-blog.info); prior express consent for automated calls, fax and electronic mail from 30 December 2008 (UWG 2008; Lieb Rechtsanwälte, 'UWG-Reform 2009'); presumed consent of other market participants, the existing-customer exception (§ 7 Abs. 3) and the sender rule (then § 7 Abs. 2 Nr. 4) from the UWG of 3 July 2004, in force 8 July 2004 (Pierson, JurPC Web-Dok. 249/2004; rhp.eu, July 2004); § 7a from 1 October 2021 (lexetius.com: Art. 3 Nr. 1, Art. 4 Abs. 3 of the Gesetz für faire Verbraucherverträge of 10 August 2021). Until 27 May 2022 the numbers of § 7 Abs. 2 were one higher (Nr. 1 was the persistent-advertising rule, now Anhang Nr. 26; recht-vertieft.de): the renumbering changed no rule and is not a date here.",
  ],
  policy: {
    consentRequirements: [
      {
        id: "DE-UWG-7-2-1",
        from: "2009-08-04T00:00:00+02:00",
        description: "Telephone advertising to a consumer needs their prior express consent.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: UWG, section: "§ 7 Abs. 2 Nr. 1", url: UWG7, checked: CHECKED },
      },
      {
        id: "DE-UWG-7-2-2",
        from: "2008-12-30T00:00:00+01:00",
        description:
          "Advertising by automated calling machine, fax or electronic mail needs the addressee's prior express consent, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: { law: UWG, section: "§ 7 Abs. 2 Nr. 2", url: UWG7, checked: CHECKED },
      },
      {
        id: "DE-UWG-7A",
        from: "2021-10-01T00:00:00+02:00",
        description:
          "Consent to telephone advertising to a consumer must be documented (and kept five years); a grant without evidence does not count.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        evidence: true,
        source: { law: UWG, section: "§ 7a", url: UWG7A, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "DE-UWG-7-3",
        from: "2004-07-08T00:00:00+02:00",
        description:
          "E-mail to an existing customer without consent: address obtained in a sale, own similar goods or services, no objection, and a clear opt-out notice at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: UWG, section: "§ 7 Abs. 3", url: UWG7, checked: CHECKED },
      },
    ],
    consentValidity: [gdprConsentValidity("DE-DSGVO-EINWILLIGUNG")],
    presumedConsent: [
      {
        id: "DE-UWG-7-2-1-B2B",
        from: "2004-07-08T00:00:00+02:00",
        description:
          "A live advertising call to another market participant (a business) needs at least its presumed consent: a concrete interest in the offer, judged before the call.",
        channels: ["voice"],
        automated: false,
        customerTypes: ["business"],
        purposes: ["marketing"],
        fromRelationship: true,
        source: {
          law: UWG,
          section: "§ 7 Abs. 2 Nr. 1 (zweite Alternative)",
          url: UWG7,
          checked: CHECKED_DEPTH,
        },
      },
    ],
    requiredFacts: [
      {
        id: "DE-UWG-7-2-3",
        from: "2004-07-08T00:00:00+02:00",
        description:
          "Advertising by e-mail or SMS that hides its sender, or gives no valid address to stop such messages at basic transmission cost, is always an unreasonable nuisance.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        source: { law: UWG, section: "§ 7 Abs. 2 Nr. 3", url: UWG7, checked: CHECKED_DEPTH },
      },
    ],
    proofRetention: [
      {
        id: "DE-UWG-7A-2",
        from: "2021-10-01T00:00:00+02:00",
        description:
          "Proof of a consumer's consent to telephone advertising is kept five years from the consent and from each use of it.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        years: 5,
        fromEachUse: true,
        source: { law: UWG, section: "§ 7a Abs. 2", url: UWG7A, checked: CHECKED_DEPTH },
      },
    ],
  },
});
