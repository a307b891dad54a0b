import { senderAndOptOut } from "../eprivacy.js";
import { GDPR, GDPR_APPLIES_EEA, GDPR_URL, gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const LI_CORE = definePack({
  code: "LI",
  name: "Liechtenstein",
  jurisdictions: ["LI"],
  notes: [],
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

/**
 * Liechtenstein, with its notes (`./notes.ts`): what `consentry/packs/li` and `consentry/packs`
 * export. The rules are `LI_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const LI = /* @__PURE__ */ withNotes(LI_CORE, NOTES);
