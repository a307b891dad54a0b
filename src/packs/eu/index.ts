import { EPRIVACY_IN_FORCE, senderAndOptOut } from "../eprivacy.js";
import { GDPR, GDPR_APPLIES_EEA, GDPR_URL, gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-11-22";
const EPRIVACY =
  "Directive 2002/58/EC on privacy and electronic communications (ePrivacy Directive)";
const EPRIVACY_URL = "https://eur-lex.europa.eu/eli/dir/2002/58/oj";

/** EU and EEA member states. */
export const EEA = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
  "IS",
  "LI",
  "NO",
] as const;

/**
 * Member states with a national pack of their own, which implements the directive as transposed.
 * Liechtenstein has a pack (`LI`) but is not listed: its transposing article was not confirmed, so
 * the baseline stays beneath the LI pack as the floor.
 */
export const NATIONAL_PACKS = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "NO",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;

/**
 * The EU and EEA baseline, for member states without a national pack: prior consent for
 * electronic mail (e-mail, SMS) and automated calls (ePrivacy Art. 13(1)) with the
 * existing-customer exception for similar products (Art. 13(2)). Objection to direct marketing
 * (GDPR Art. 21(2)–(3)) and withdrawal of consent (Art. 7(3)) are absolute in every decision: any
 * withdrawal in the ledger blocks, whatever the basis.
 *
 * @see https://eur-lex.europa.eu/eli/dir/2002/58/oj
 */
export const EU_CORE = definePack({
  code: "EU",
  name: "European Union and EEA (baseline)",
  jurisdictions: EEA.filter((c) => !(NATIONAL_PACKS as readonly string[]).includes(c)),
  notes: [],
  policy: {
    requiredFacts: [senderAndOptOut("EU-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "EU-EPRIVACY-13-1",
        from: EPRIVACY_IN_FORCE,
        description:
          "Direct marketing by electronic mail (e-mail, SMS) or automated calling machines needs the subscriber's prior consent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: { law: EPRIVACY, section: "Art. 13(1)", url: EPRIVACY_URL, checked: CHECKED },
      },
      {
        id: "EU-EPRIVACY-13-1-AUTOMATED",
        from: EPRIVACY_IN_FORCE,
        description:
          "Automated calling machines without human intervention need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: { law: EPRIVACY, section: "Art. 13(1)", url: EPRIVACY_URL, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "EU-EPRIVACY-13-2",
        from: EPRIVACY_IN_FORCE,
        description:
          "Electronic contact details obtained from a customer in the context of a sale may be used for the sender's own similar products, with a free opt-out at collection and on each message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: EPRIVACY, section: "Art. 13(2)", url: EPRIVACY_URL, checked: CHECKED },
      },
    ],
    consentValidity: [gdprConsentValidity("EU-GDPR-CONSENT", GDPR, GDPR_URL, GDPR_APPLIES_EEA)],
  },
});

/**
 * European Union and EEA (baseline), with its notes (`./notes.ts`): what `consentry/packs/eu` and `consentry/packs`
 * export. The rules are `EU_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const EU = /* @__PURE__ */ withNotes(EU_CORE, NOTES);
