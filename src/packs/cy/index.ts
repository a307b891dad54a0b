import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Law 112(I)/2004 published in the Official Gazette (Ε.Ε. Παρ. Ι(Ι), Αρ. 3850) on 30 April 2004; its commencement day was not confirmed. */
const L112_PUBLISHED = "2004-04-30T00:00:00+03:00";
const LAW_0 =
  "Ο περί Ρυθμίσεως Ηλεκτρονικών Επικοινωνιών και Ταχυδρομικών Υπηρεσιών Νόμος 112(I)/2004 (Law 112(I)/2004 on Electronic Communications and Postal Services)";
const URL_0 = "http://www.cylaw.org/";

/**
 * Cyprus: E-mail, SMS, automated calls and fax only with the subscriber's or user's prior consent, with the same sender's exception for similar products; live calls held to consent (cautious).
 *
 * @see http://www.cylaw.org/
 */
export const CY = definePack({
  code: "CY",
  name: "Cyprus",
  jurisdictions: ["CY"],
  notes: [
    "ePrivacy Art. 13(4) (CY-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Cyprus without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision: the current art. 106 of Law 112(I)/2004 on cylaw.org was read only to paragraph (4) (consent; the customer exception), so the paragraph on a concealed sender and a missing opt-out address is not confirmed; the rule stays on the directive.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; CY-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: from 30 April 2004, the publication of Law 112(I)/2004 in the Official Gazette (Ε.Ε. Παρ. Ι(Ι), Αρ. 3850; docplayer.gr copy, secondary, checked 2026-12-04); its commencement day was not confirmed, so the publication day is taken (the earliest possible, stricter). Later amendments of art. 106 were not read. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Art. 106 (1)–(2) are read from the text on cylaw.org as summarised in docs/research/europe.md (primary); the exception is for the same sender only, not group companies (paschalides.com, secondary).",
    "Live calls: the law has no provision on telephone marketing to individual subscribers (mondaq, secondary); they rest on GDPR (legitimate interest and the right to object). The pack leaves them to the policy default (consent), cautious. No register and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("CY-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("CY-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "CY-L112-106-1",
        from: L112_PUBLISHED,
        description:
          "Direct marketing by electronic mail (e-mail, SMS) only to subscribers or users who gave their prior consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "άρθρο 106(1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "CY-L112-106-1-AUTOMATED",
        from: L112_PUBLISHED,
        description:
          "Automated calling systems without human intervention only with the subscriber's or user's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "άρθρο 106(1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "CY-L112-106-2",
        from: L112_PUBLISHED,
        description:
          "E-mail or SMS to a customer whose contact details were obtained in a sale, for the same sender's own similar products, with a free, easy objection at collection and with every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "άρθρο 106(2)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
