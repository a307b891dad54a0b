import { EPRIVACY_IN_FORCE, senderAndOptOut } from "../eprivacy.js";
import { GDPR, GDPR_APPLIES_EEA, GDPR_URL, gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

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
export const EU = definePack({
  code: "EU",
  name: "European Union and EEA (baseline)",
  jurisdictions: EEA.filter((c) => !(NATIONAL_PACKS as readonly string[]).includes(c)),
  notes: [
    "Applies to EEA states without a national pack; national packs carry the directive as their law transposes it (often stricter).",
    "Liechtenstein (LI) has a national pack whose transposing article was not confirmed: the baseline stays beneath it there as the floor, so both apply to LI customers.",
    "Electronic mail includes SMS and MMS (Art. 2(h): any text, voice, sound or image message sent over a public network and stored until collected).",
    "Cautious: Art. 13(1) is applied to business customers too (Art. 13(5) leaves legal persons to national law).",
    "Art. 13(4): every marketing e-mail and SMS names the sender on whose behalf it is sent and carries a valid address to ask that such messages stop, whatever the basis and whoever the recipient; unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Dates in force: Art. 13(1), 13(2) and 13(4) from 31 July 2002, the day the directive was published and entered into force (OJ L 201, 31.7.2002; secondary: Pinsent Masons, the consolidated text's header; checked 2026-12-04). This is the earliest reading: member states had until 31 October 2003 to transpose it, and Directive 2009/136/EC (in force 19 December 2009, to be applied from 25 May 2011) reworded Art. 13(1) and 13(4) without changing what these rules encode (consent for e-mail, SMS and automated calls; sender named and a valid address to stop).",
    "No time limit is set for the existing-customer exception (national laws may add one).",
    "GDPR Art. 7(1) (the sender must be able to show the consent) is met by the ledger: every send names the consent event behind it.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how the consent was captured still counts.",
  ],
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
