import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const CY_CORE = definePack({
  code: "CY",
  name: "Cyprus",
  jurisdictions: ["CY"],
  notes: [],
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

/**
 * Cyprus, with its notes (`./notes.ts`): what `consentry/packs/cy` and `consentry/packs`
 * export. The rules are `CY_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const CY = /* @__PURE__ */ withNotes(CY_CORE, NOTES);
