import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Закон за електронната търговия (ДВ бр. 51 of 23 June 2006) in force 24 December 2006 (bgstuff.net). */
const ZET_START = "2006-12-24T00:00:00+02:00";
/** Закон за електронните съобщения published in ДВ бр. 41 of 22 May 2007; its commencement day was not confirmed. */
const ZES_PUBLISHED = "2007-05-22T00:00:00+03:00";
/** The Наредба on the register of e-mail addresses in force 9 October 2009 (lex.bg). */
const NAREDBA_2009 = "2009-10-09T00:00:00+03:00";
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
    "ePrivacy Art. 13(4) (BG-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Bulgaria without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision: чл. 6 ЗЕТ is quoted (ruslantrad.com, 2009) only to its ал. 4, without a sender or opt-out rule, and the matching paragraph of the ЗЕС was not found; the rule stays on the directive.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; BG-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: чл. 6 ЗЕТ from 24 December 2006, the law's commencement ('В сила от 24.12.2006', bgstuff.net, secondary; later amendments of 2007 and 2009 not read); the register rule from 9 October 2009 (the Наредба, lex.bg, as recorded in this pack); the ЗЕС rule from 22 May 2007, its publication in ДВ бр. 41 (cyrilla.org, secondary): its commencement day was not confirmed, so the publication day is taken (the earliest possible, stricter) (checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
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
        from: ZET_START,
        description:
          "Unsolicited commercial e-mail to a consumer without prior consent is forbidden.",
        channels: ["email"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "чл. 6, ал. 4",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "BG-ZES-261",
        from: ZES_PUBLISHED,
        description:
          "SMS and automated calls for direct marketing need the subscriber's prior consent (Electronic Communications Act).",
        channels: ["sms", "voice"],
        purposes: ["marketing"],
        source: {
          law: LAW_1,
          section: "чл. 261 (article number not confirmed)",
          url: URL_1,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "BG-ZET-6-B2B",
        from: ZET_START,
        description:
          "Unsolicited commercial e-mail to a legal person needs no prior consent (it must be identifiable as unsolicited), unless the address is in the KZP register.",
        channels: ["email"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "чл. 6, ал. 1–3",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "BG-KZP-REGISTER",
        from: NAREDBA_2009,
        description:
          "No unsolicited commercial e-mail to a legal person's address in the Commission for Consumer Protection's register; a check at most 30 days old (assumption).",
        channels: ["email"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        source: {
          law: LAW_0,
          section: "чл. 6, ал. 2–3, with the Наредба of 9 October 2009 (ДВ бр. 80/2009)",
          url: URL_2,
          checked: CHECKED,
        },
      },
    ],
  },
});
