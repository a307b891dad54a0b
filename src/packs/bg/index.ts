import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const LAW_0 = "Закон за електронната търговия (Electronic Commerce Act, ДВ бр. 51/2006)";
const LAW_1 = "Закон за електронните съобщения (Electronic Communications Act, ДВ бр. 41/2007)";
const URL_0 = "http://www.kzp.bg/register/";
const URL_1 = "https://www.lex.bg/";
const URL_2 = "https://www.lex.bg/mobile/ldoc/2135647445";

/**
 * Bulgaria: E-mail to consumers only with prior consent; e-mail to legal persons opt-out, barred for addresses in the KZP register; SMS and automated calls with consent; live calls held to consent (cautious).
 *
 * @see http://www.kzp.bg/register/
 */
export const BG = definePack({
  code: "BG",
  name: "Bulgaria",
  jurisdictions: ["BG"],
  notes: [
    "ePrivacy Art. 13(4) (BG-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Bulgaria without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; BG-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are given in each rule's section as '; in force from YYYY-MM-DD' (or the year, where the commencement date was not confirmed) until rules carry their own dates.",
    "The register of legal persons' e-mail addresses is kept by the KZP (kzp.bg, primary) under the Naredba in force from 9 October 2009 (lex.bg, primary); art. 6 of the Electronic Commerce Act is read from the EU UCP database's translation and secondary sources. A listing is read without a consent exception (cautious).",
    "SMS and automated calls: art. 261 of the Electronic Communications Act (numbering from secondary sources) requires prior consent. `BG-ZES-261` covers SMS and every voice call: live calls are held to consent too (cautious: an opt-out regime for them is not confirmed).",
    "The customer exception (art. 261 (2), numbering not confirmed) is not applied (cautious). No calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("BG-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("BG-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "BG-ZET-6-4",
        description:
          "Unsolicited commercial e-mail to a consumer without prior consent is forbidden.",
        channels: ["email"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "чл. 6, ал. 4; in force since 2006 (commencement not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "BG-ZES-261",
        description:
          "SMS and automated calls for direct marketing need the subscriber's prior consent (Electronic Communications Act).",
        channels: ["sms", "voice"],
        purposes: ["marketing"],
        source: {
          law: LAW_1,
          section:
            "чл. 261 (article number not confirmed); in force since 2007 (commencement not confirmed)",
          url: URL_1,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "BG-ZET-6-B2B",
        description:
          "Unsolicited commercial e-mail to a legal person needs no prior consent (it must be identifiable as unsolicited), unless the address is in the KZP register.",
        channels: ["email"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "чл. 6, ал. 1–3; in force since 2006 (commencement not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "BG-KZP-REGISTER",
        description:
          "No unsolicited commercial e-mail to a legal person's address in the Commission for Consumer Protection's register; a check at most 30 days old (assumption).",
        channels: ["email"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        source: {
          law: LAW_0,
          section:
            "чл. 6, ал. 2–3, with the Наредба of 9 October 2009 (ДВ бр. 80/2009); in force from 2009-10-09",
          url: URL_2,
          checked: CHECKED,
        },
      },
    ],
  },
});
