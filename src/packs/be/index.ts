import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
const CDE = "Code de droit économique / Wetboek van economisch recht";
const CDE_URL = "https://www.ejustice.just.fgov.be/";
const AR =
  "Arrêté royal du 4 avril 2003 visant à réglementer l'envoi de publicités par courrier électronique";
const AR_URL = "https://www.etaamb.be/fr/arrete-royal-du-04-avril-2003_n2003011238.html";
const DNCM_URL = "https://www.dncm.be/";

/**
 * Belgium: prior consent for advertising by e-mail and SMS (CDE art. XII.13) with the customer
 * exception (AR 4 April 2003); prior consent for automated calls; other telephone direct marketing
 * allowed unless the subscriber objected (art. VI.110), the "Ne m'appelez plus / Bel-me-niet-meer"
 * list recording a general objection, for customers too; a consent dated after the listing counts.
 *
 * @see https://www.dncm.be/
 */
export const BE_CORE = definePack({
  code: "BE",
  name: "Belgium",
  jurisdictions: ["BE"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("BE-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("BE-EPRIVACY-13-4", {
        source: {
          law: CDE,
          section:
            "art. XII.13 with the AR of 4 April 2003 (opt-out in every message; sender identity for e-mail rests on ePrivacy Art. 13(4))",
          url: AR_URL,
          checked: "2026-12-04",
        },
        from: "2014-05-31T00:00:00+02:00",
      }),
    ],
    consentRequirements: [
      {
        id: "BE-CDE-VI-110-1",
        from: "2014-05-31T00:00:00+02:00",
        description:
          "Direct marketing by automated calling systems without human intervention (and fax) needs the subscriber's prior, free, specific and informed consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: CDE,
          section: "art. VI.110 § 1",
          url: CDE_URL,
          checked: CHECKED,
        },
      },
      {
        id: "BE-CDE-XII-13",
        from: "2014-05-31T00:00:00+02:00",
        description:
          "Advertising by electronic mail (e-mail, SMS) needs the addressee's prior, free, specific and informed consent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: CDE,
          section: "art. XII.13",
          url: CDE_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "BE-AR-2003-1-1",
        from: "2003-05-28T00:00:00+02:00",
        description:
          "E-mail or SMS to a client (natural or legal person) whose details were obtained directly in a sale, for the sender's own analogous products, with a free and simple opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: AR,
          section: "art. 1, 1°",
          url: AR_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "BE-CDE-VI-110-2",
        from: "2014-05-31T00:00:00+02:00",
        description:
          "Other telephone direct marketing is allowed unless the subscriber or user has manifestly objected (to the caller, or on the Do Not Call Me list).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: CDE,
          section: "art. VI.110 § 2 (loi du 19 février 2024)",
          url: CDE_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "BE-DNCM",
        from: "2015-07-11T00:00:00+02:00",
        description:
          "No telephone direct marketing to a number on the 'Ne m'appelez plus / Bel-me-niet-meer' list, customers included, unless the subscriber consented after the listing; a check at most 30 days old (assumption).",
        channels: ["voice"],
        purposes: ["marketing"],
        kind: "revokes-consents",
        maxAge: "P30D",
        source: {
          law: CDE,
          section: "art. VI.111–VI.114",
          url: DNCM_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Belgium, with its notes (`./notes.ts`): what `consentry/packs/be` and `consentry/packs`
 * export. The rules are `BE_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const BE = /* @__PURE__ */ withNotes(BE_CORE, NOTES);
