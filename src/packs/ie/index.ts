import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** S.I. No. 336/2011 in force 1 July 2011. */
const SI336_START = "2011-07-01T00:00:00+01:00";
const SI =
  "S.I. No. 336/2011, European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011";
const SI_URL = "https://www.irishstatutebook.ie/eli/2011/si/336/made/en/print";
const DPC_URL =
  "https://www.dataprotection.ie/en/organisations/rules-electronic-and-direct-marketing";

/**
 * Ireland: prior consent for electronic mail (e-mail, SMS) and automated calls (reg. 13(1)), with
 * the existing-customer exception for the sender's similar products within 12 months of the sale
 * (reg. 13(11)); marketing calls to mobiles need consent; landlines are opt-out through the
 * National Directory Database, which the engine cannot tell apart, so every marketing call needs
 * consent here (cautious).
 *
 * @see https://www.dataprotection.ie/en/organisations/rules-electronic-and-direct-marketing
 */
export const IE_CORE = definePack({
  code: "IE",
  name: "Ireland",
  jurisdictions: ["IE"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("IE-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("IE-EPRIVACY-13-4", {
        source: {
          law: SI,
          section:
            "reg. 13 (the paragraph on a concealed sender and a missing address not confirmed)",
          url: SI_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "IE-SI336-13-1-AUTOMATED",
        from: SI336_START,
        description:
          "Direct marketing by automated calling machine (or fax) needs the subscriber's or user's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: SI,
          section: "reg. 13(1)",
          url: SI_URL,
          checked: CHECKED,
        },
      },
      {
        id: "IE-SI336-13-CALLS",
        from: SI336_START,
        description:
          "Marketing calls to a mobile phone need the subscriber's or user's consent; landlines cannot be told apart, so every marketing call needs consent (cautious).",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: SI,
          section: "reg. 13(5)–(6) and 14 (per DPC guidance)",
          url: DPC_URL,
          checked: CHECKED,
        },
      },
      {
        id: "IE-SI336-13-1",
        from: SI336_START,
        description:
          "Unsolicited direct marketing by electronic mail (e-mail, SMS) needs the recipient's prior consent (applied to business customers too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: SI,
          section: "reg. 13(1)",
          url: SI_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "IE-SI336-13-11",
        from: SI336_START,
        description:
          "Electronic mail to a customer whose details were obtained in a sale, for the sender's own similar products, with a free opt-out at collection and in every message, the first message within 12 months of the sale.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P365D",
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: SI,
          section: "reg. 13(11)",
          url: SI_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Ireland, with its notes (`./notes.ts`): what `consentry/packs/ie` and `consentry/packs`
 * export. The rules are `IE_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const IE = /* @__PURE__ */ withNotes(IE_CORE, NOTES);
