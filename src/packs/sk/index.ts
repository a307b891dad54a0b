import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
const ZEK = "Zákon č. 452/2021 Z. z. o elektronických komunikáciách";
const ZEK_URL = "https://www.slov-lex.sk/pravne-predpisy/SK/ZZ/2021/452/";
const LIST_URL = "https://www.nevyziadanevolania.sk/";

/**
 * Slovakia: direct marketing by e-mail, SMS, MMS, fax and automated calls only with prior
 * demonstrable consent (§ 116); a customer's contact details may be used without consent for at
 * most a year after the purchase (since the 2025 amendment); marketing calls not to numbers on the
 * regulator's list nevyziadanevolania.sk — read cautiously as calls needing consent or the
 * one-year customer basis, and the list blocking unless a consent postdates the listing.
 *
 * @see https://www.nevyziadanevolania.sk/
 */
export const SK_CORE = definePack({
  code: "SK",
  name: "Slovakia",
  jurisdictions: ["SK"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("SK-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("SK-EPRIVACY-13-4", {
        source: {
          law: ZEK,
          section: "§ 116 (sender identity and opt-out in every message; the odsek not confirmed)",
          url: ZEK_URL,
          checked: "2026-12-04",
        },
        from: "2022-02-01T00:00:00+01:00",
      }),
    ],
    consentRequirements: [
      {
        id: "SK-ZEK-116-AUTOMATED",
        from: "2022-02-01T00:00:00+01:00",
        description:
          "Direct marketing by automated calling systems without human intervention needs the subscriber's or user's prior demonstrable consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section:
            "§ 116 ods. 3 (wording read 2026-12-04 from the version in force from 2022-11-01 on zakony.judikaty.info: 'len s jeho predchádzajúcim preukázateľným súhlasom získaným pred kontaktovaním'; ods. 4 bars these means for seeking consent, ods. 5 defines demonstrable consent)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
      {
        id: "SK-ZEK-116-CALLS",
        from: "2025-11-12T00:00:00+01:00",
        description:
          "Marketing calls need the subscriber's prior demonstrable consent or the one-year customer basis (the stricter reading of the 2025 amendment).",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section: "§ 116 as amended in 2025 (odsek not confirmed)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
      {
        id: "SK-ZEK-116-ELECTRONIC",
        from: "2022-02-01T00:00:00+01:00",
        description:
          "Direct marketing by e-mail, SMS, MMS or fax needs the subscriber's or user's prior demonstrable consent, business or consumer.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section:
            "§ 116 ods. 3 (wording read 2026-12-04 from the version in force from 2022-11-01 on zakony.judikaty.info: 'len s jeho predchádzajúcim preukázateľným súhlasom získaným pred kontaktovaním'; ods. 4 bars these means for seeking consent, ods. 5 defines demonstrable consent)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "SK-ZEK-116-CUSTOMER",
        from: "2025-11-12T00:00:00+01:00",
        description:
          "A customer's contact details obtained in a sale may be used for the sender's own similar products without consent for at most a year after the purchase, with an opt-out offered.",
        kinds: ["electronic", "telephone"],
        automated: false,
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P365D",
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: ZEK,
          section: "§ 116 as amended in 2025 (odsek not confirmed)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "SK-NEVYZIADANE-VOLANIA",
        from: "2022-11-01T00:00:00+01:00",
        description:
          "No marketing call to a number on the regulator's list (nevyziadanevolania.sk), in any area, unless a consent postdates the listing; a check at most 16 days old (the list is published on the 1st and 16th).",
        channels: ["voice"],
        purposes: ["marketing"],
        kind: "revokes-consents",
        maxAge: "P16D",
        source: {
          law: ZEK,
          section: "§ 116 ods. 7–8",
          url: LIST_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Slovakia, with its notes (`./notes.ts`): what `consentry/packs/sk` and `consentry/packs`
 * export. The rules are `SK_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const SK = /* @__PURE__ */ withNotes(SK_CORE, NOTES);
