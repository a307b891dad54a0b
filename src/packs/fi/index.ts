import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-11-23";
const SVPL = "Laki sähköisen viestinnän palveluista (917/2014)";
const SVPL_URL = "https://www.finlex.fi/fi/laki/ajantasa/2014/20140917";

/**
 * Finland, laki sähköisen viestinnän palveluista: prior consent for electronic direct marketing
 * and automated calls to natural persons, with the existing-customer exception (200 §); other
 * direct marketing to natural persons allowed unless refused, screened against the industry's
 * restriction services, and no telephone marketing of mobile subscriptions to consumers other than
 * the operator's own customers (201 §); electronic direct marketing to legal persons allowed unless
 * they refused (202 §).
 *
 * @see https://www.finlex.fi/fi/laki/ajantasa/2014/20140917
 */
export const FI_CORE = definePack({
  code: "FI",
  name: "Finland",
  jurisdictions: ["FI"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("FI-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("FI-EPRIVACY-13-4", { from: "2015-01-01T00:00:00+02:00" })],
    consentRequirements: [
      {
        id: "FI-SVPL-200",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Direct marketing to a natural person by e-mail, text, voice, sound or image message, fax or automated calling system needs their prior consent.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: SVPL, section: "200 § 1 mom.", url: SVPL_URL, checked: CHECKED },
      },
      {
        id: "FI-SVPL-200-AUTOMATED",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Automated calling systems (robottipuhelut) need the recipient's prior consent, business customers included (cautious).",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: { law: SVPL, section: "200 § 1 mom.", url: SVPL_URL, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "FI-SVPL-200-2",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Electronic direct marketing to a customer whose contact details were obtained in a sale, about the seller's own similar products, with a clear free opt-out at collection and in every message; purchase within two years (cautious).",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P730D",
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: SVPL, section: "200 § 2 mom.", url: SVPL_URL, checked: CHECKED },
      },
    ],
    optOut: [
      {
        id: "FI-SVPL-202",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Electronic direct marketing (e-mail, SMS) to a legal person is allowed unless it refused; each message must offer a free opt-out.",
        kinds: ["electronic"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: { law: SVPL, section: "202 §", url: SVPL_URL, checked: CHECKED },
      },
      {
        id: "FI-SVPL-201",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Direct marketing by live call or addressed mail needs no prior consent; a natural person who refused it may not be approached.",
        kinds: ["telephone", "mail"],
        automated: false,
        purposes: ["marketing"],
        source: { law: SVPL, section: "201 §", url: SVPL_URL, checked: CHECKED },
      },
    ],
    registers: [
      {
        id: "FI-ROBINSON-PUHELIN",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "No marketing call to a consumer listed in the telephone restriction service (Puhelin-Robinson, industry self-regulation), checked at most 30 days before (cautious); consent excepts.",
        kinds: ["telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P30D",
        consentOverrides: true,
        source: { law: SVPL, section: "201 §", url: SVPL_URL, checked: CHECKED },
      },
      {
        id: "FI-ROBINSON-POSTI",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "No addressed marketing mail to a consumer listed in the addressed-mail restriction service (Posti-Robinson, industry self-regulation), checked at most 30 days before (cautious); consent excepts.",
        kinds: ["mail"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P30D",
        consentOverrides: true,
        source: { law: SVPL, section: "201 §", url: SVPL_URL, checked: CHECKED },
      },
    ],
    rules: [
      {
        id: "FI-SVPL-201-MOBIILI",
        from: "2024-07-01T00:00:00+03:00",
        description:
          "No telephone marketing of mobile subscriptions (category `mobile-subscription`) to a consumer who is not already the operator's mobile customer.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        when: {
          all: [
            { field: "message.category", op: "eq", value: "mobile-subscription" },
            {
              not: {
                field: "customer.relationship.purchasedCategories",
                op: "contains",
                value: "mobile-subscription",
              },
            },
          ],
        },
        source: {
          law: SVPL,
          section: "201 § (made permanent by HE 35/2024, from 1.7.2024)",
          url: SVPL_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Finland, with its notes (`./notes.ts`): what `consentry/packs/fi` and `consentry/packs`
 * export. The rules are `FI_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const FI = /* @__PURE__ */ withNotes(FI_CORE, NOTES);
