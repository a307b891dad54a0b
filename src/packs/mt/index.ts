import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const MT_CORE = definePack({
  code: "MT",
  name: "Malta",
  jurisdictions: ["MT"],
  notes: [],
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

/**
 * Malta, with its notes (`./notes.ts`): what `consentry/packs/mt` and `consentry/packs`
 * export. The rules are `MT_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const MT = /* @__PURE__ */ withNotes(MT_CORE, NOTES);
