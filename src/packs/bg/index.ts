import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const BG_CORE = definePack({
  code: "BG",
  name: "Bulgaria",
  jurisdictions: ["BG"],
  notes: [],
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

/**
 * Bulgaria, with its notes (`./notes.ts`): what `consentry/packs/bg` and `consentry/packs`
 * export. The rules are `BG_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const BG = /* @__PURE__ */ withNotes(BG_CORE, NOTES);
