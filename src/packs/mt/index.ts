import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** S.L. 586.01 (L.N. 16 of 2003) in force 15 July 2003, the date in the head of its consolidated text. */
const SL586_01_START = "2003-07-15T00:00:00+02:00";
const LAW_0 =
  "Processing of Personal Data (Electronic Communications Sector) Regulations (S.L. 586.01)";
const URL_0 = "https://legislation.mt/eli/sl/586.1/eng";

/**
 * Malta: E-mail, SMS and automated calls need prior consent, with the customer exception for similar products; legal persons and live calls held to consent (cautious).
 *
 * @see https://legislation.mt/eli/sl/586.1/eng
 */
export const MT = definePack({
  code: "MT",
  name: "Malta",
  jurisdictions: ["MT"],
  notes: [
    "ePrivacy Art. 13(4) (MT-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Malta without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision: a summary of the Maltese rules says 'disguising or concealing the sender's identity … is prohibited by law' and that an opt-out must be included in every message (365trust.me, echoing the IDPC; secondary), without the regulation's number; the rule stays on the directive.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; MT-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: from 15 July 2003, the date in the head of the consolidated S.L. 586.01 ('15th July, 2003 — Legal Notice 16 of 2003, as amended by Legal Notices 153 of 2003, … 239 of 2011 …'; docplayer copy, secondary, checked 2026-12-04). The regulation's current wording comes from later Legal Notices (239 of 2011 transposed Directive 2009/136/EC); those were not read, so the earlier date is kept (stricter). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Secondary only: the rules are known from the ITU anti-spam page quoting the Data Protection Commissioner; the regulation and its numbering were not opened.",
    "Legal persons are reported to be opt-out; the pack applies consent to them too (cautious). Live calls: an opt-out regime is not confirmed; they fall to the policy default (consent). No national register (a 2025 web claim of one is unreliable) and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("MT-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("MT-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "MT-SL586-01-9",
        from: SL586_01_START,
        description:
          "Unsolicited direct marketing by electronic mail (e-mail, SMS) needs the subscriber's prior consent (applied to legal persons too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "reg. 9 (numbering not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "MT-SL586-01-9-AUTOMATED",
        from: SL586_01_START,
        description:
          "Automated calling machines for direct marketing need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "reg. 9 (numbering not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "MT-SL586-01-9-CUSTOMER",
        from: SL586_01_START,
        description:
          "Electronic mail to a customer whose contact details were obtained in a sale, for the sender's own similar products, with a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "reg. 9 (customer exception; numbering not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
