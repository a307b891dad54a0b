import { senderAndOptOut } from "../eprivacy.js";
import { GDPR, GDPR_APPLIES_EEA, GDPR_URL, gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-04";
/** LGBl. 2006 Nr. 91 (the KomG) issued 6 June 2006 (gesetze.li); its commencement day was not confirmed. */
const KOMG_ISSUED = "2006-06-06T00:00:00+02:00";
/** LGBl. 1992 Nr. 121 (the UWG) issued 29 December 1992; its commencement day was not confirmed. */
const UWG_ISSUED = "1992-12-29T00:00:00+01:00";
const KOMG =
  "Gesetz über die elektronische Kommunikation (Kommunikationsgesetz; KomG), LGBl. 2006 Nr. 91, LR 784.10";
const KOMG_URL = "https://www.gesetze.li/konso/html/2006091000";
const UWG = "Gesetz gegen den unlauteren Wettbewerb (UWG), LGBl. 1992 Nr. 121, LR 241";
const UWG_URL = "https://www.gesetze.li/konso/html/1992121000";
const UNCONFIRMED_ARTICLE =
  "the KomG article transposing ePrivacy Art. 13 (its number and wording not confirmed)";

/**
 * Liechtenstein (EEA): e-mail, SMS and automated calls for direct marketing only with prior
 * consent, with the existing-customer exception for the sender's own similar products (the
 * Kommunikationsgesetz transposing ePrivacy Art. 13(1)–(2)); live marketing calls, whose national
 * regime was not confirmed, need consent too (the stricter reading). The EU baseline stays beneath
 * this pack as the floor.
 *
 * @see https://www.gesetze.li/konso/html/2006091000
 */
export const LI = definePack({
  code: "LI",
  name: "Liechtenstein",
  jurisdictions: ["LI"],
  notes: [
    "ePrivacy Art. 13(4) (LI-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Liechtenstein through the EEA Agreement without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Consents are held to the GDPR standard (from 20 July 2018, when the EEA Joint Committee decision took effect; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; LI-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: only the years are known. The KomG rules run from 6 June 2006, the day LGBl. 2006 Nr. 91 was issued (gesetze.li, official, checked 2026-12-04), and the voice rule from 29 December 1992, the day the UWG (LGBl. 1992 Nr. 121) was issued; the commencement days were not confirmed, so the issue days are taken (the earliest possible, stricter). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 20 July 2018 (EEA). The EEA date of the directive in Liechtenstein was not confirmed.",
    "Rests on secondary sources (checked 2026-12-04): gesetze.li was reached only at the opening of the KomG (title, Art. 1 listing the EEA acts it transposes) and of its 2010 amendment (LGBl. 2010 Nr. 111, which transposes Directive 2006/24/EC amending 2002/58/EC); the article on unsolicited communications (said to be Art. 50; a revised KomG is reported in force from 2025-02-01) was not read, so its number and wording are not confirmed. The e-mail, SMS and automated-call rules are the directive's Art. 13(1)–(2), which the EEA Agreement obliges Liechtenstein to transpose.",
    "Live calls: no Liechtenstein text on telephone marketing (opt-in or opt-out, a register, the directory or calling hours) was found. The stricter reading is taken: a live marketing call needs the subscriber's prior consent, business or consumer, with no existing-customer exception. The Datenschutzstelle's page on direct marketing (datenschutzstelle.li, cID=535) rests direct marketing on consent (GDPR Art. 6(1)(a)) or a strictly balanced legitimate interest (Art. 6(1)(f), recital 47).",
    "No register is modelled: E-Commerce-Gesetz Art. 7 Abs. 2 (LGBl. 2005 Nr. 254) lets the Government keep an opt-out register for commercial e-mail, but no such register was found. No calling hours were found. The UWG (LR 241) Art. 3 catalogue of unfair advertising methods was read only at its opening; whether it holds a spam or telephone rule like Switzerland's (UWG art. 3 para. 1 lit. o, u) was not confirmed.",
    "Data protection: the GDPR applies through the EEA Agreement (from 2018-07-20) with the Datenschutzgesetz (DSG, LGBl. 2018 Nr. 272, in force 2019-01-01); objection (Art. 21) and withdrawal (Art. 7(3)) block every basis in every decision.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("LI-GDPR-CONSENT", GDPR, GDPR_URL, GDPR_APPLIES_EEA)],
    requiredFacts: [senderAndOptOut("LI-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "LI-KOMG-ELECTRONIC",
        from: KOMG_ISSUED,
        description:
          "Electronic mail (e-mail, SMS) for direct marketing needs the subscriber's prior consent, business or consumer (cautious for legal persons).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: KOMG,
          section: `${UNCONFIRMED_ARTICLE}, after Directive 2002/58/EC Art. 13(1)`,
          url: KOMG_URL,
          checked: CHECKED,
        },
      },
      {
        id: "LI-KOMG-AUTOMATED",
        from: KOMG_ISSUED,
        description:
          "Automated calling machines without human intervention for direct marketing need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: KOMG,
          section: `${UNCONFIRMED_ARTICLE}, after Directive 2002/58/EC Art. 13(1)`,
          url: KOMG_URL,
          checked: CHECKED,
        },
      },
      {
        id: "LI-VOICE-CONSENT",
        from: UWG_ISSUED,
        description:
          "Live marketing calls need the subscriber's prior consent, business or consumer, with no existing-customer exception: the national telephone regime was not confirmed, so the stricter reading is taken.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: UWG,
          section:
            "Art. 2 and 3 (unfair advertising methods; no telephone rule confirmed) with the KomG's transposition of Directive 2002/58/EC Art. 13(3) (not confirmed); stricter reading",
          url: UWG_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LI-KOMG-CUSTOMER",
        from: KOMG_ISSUED,
        description:
          "Electronic contact details obtained from a customer in a sale may be used for the sender's own similar products, with a free opt-out offered at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: KOMG,
          section: `${UNCONFIRMED_ARTICLE}, after Directive 2002/58/EC Art. 13(2)`,
          url: KOMG_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
