import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-11-23";
const CHECKED_DATES = "2026-12-02";
/** Marknadsföringslagen (2008:486) in force. */
const MFL_START = "2008-07-01T00:00:00+02:00";
/** The NIX rules of 1 July 2017 (time-limited consents to be called despite a listing). */
const NIX_2017 = "2017-07-01T00:00:00+02:00";
const MFL = "Marknadsföringslag (2008:486)";
const MFL_URL =
  "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/marknadsforingslag-2008486_sfs-2008-486/";

/**
 * Sweden, marknadsföringslagen: prior consent for e-mail, SMS, fax and automated calls to natural
 * persons, with the existing-customer exception (19 §); legal persons on an opt-out basis; other
 * individual distance communication (live calls, addressed mail) to a natural person allowed
 * unless the person clearly objected (21 §), which a listing in NIX-Telefon or NIX adresserat is
 * taken to be.
 *
 * @see https://lagen.nu/2008:486
 */
export const SE_CORE = definePack({
  code: "SE",
  name: "Sweden",
  jurisdictions: ["SE"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("SE-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("SE-EPRIVACY-13-4", {
        source: {
          law: MFL,
          section:
            "9 § andra stycket (sändarangivelse) and the valid-address duty for e-mail (its paragraph not confirmed)",
          url: MFL_URL,
          checked: "2026-12-04",
        },
        from: MFL_START,
      }),
    ],
    consentRequirements: [
      {
        id: "SE-MFL-19",
        from: MFL_START,
        description:
          "Marketing to a natural person by electronic mail (e-mail, SMS), fax or automated calling system needs their prior consent.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: MFL, section: "19 § första stycket", url: MFL_URL, checked: CHECKED },
      },
      {
        id: "SE-MFL-19-AUTOMATED",
        from: MFL_START,
        description:
          "Automated calling systems without human intervention (uppringningsautomater) need the recipient's prior consent, business customers included (cautious).",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: { law: MFL, section: "19 § första stycket", url: MFL_URL, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "SE-MFL-19-KUND",
        from: MFL_START,
        description:
          "Electronic mail to a customer whose address was obtained in a sale, about the trader's own similar products, with a clear free opt-out at collection and in every message; purchase within two years (cautious).",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P730D",
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: MFL, section: "19 § andra stycket", url: MFL_URL, checked: CHECKED },
      },
    ],
    optOut: [
      {
        id: "SE-MFL-19-JURIDISK",
        from: MFL_START,
        description:
          "19 § protects natural persons only: marketing e-mail and SMS to a legal person need no prior consent (an opt-out address is still required).",
        kinds: ["electronic"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: { law: MFL, section: "19 § första stycket", url: MFL_URL, checked: CHECKED },
      },
      {
        id: "SE-MFL-21",
        from: MFL_START,
        description:
          "Live calls and addressed mail need no prior consent; they may not be used towards a natural person who clearly objected to the method.",
        kinds: ["telephone", "mail"],
        automated: false,
        purposes: ["marketing"],
        source: { law: MFL, section: "21 §", url: MFL_URL, checked: CHECKED },
      },
    ],
    registers: [
      {
        id: "SE-NIX-TELEFON",
        from: NIX_2017,
        description:
          "No marketing call to a consumer whose number is in NIX-Telefon (an industry register; a listing is a clear objection), checked at most 30 days before (cautious); excepted: a contract of the same type of goods or services, running or ended within 12 months, and the consumer's consent to this caller for 90 days after it was given.",
        kinds: ["telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P30D",
        consentOverrides: true,
        consentOverridesWithin: "P90D",
        contractOverrides: { endedWithin: "P365D" },
        source: {
          law: MFL,
          section:
            "21 §; NIX-Telefon rules (established customer relationship, time-limited consent)",
          url: MFL_URL,
          checked: CHECKED_DATES,
        },
      },
      {
        id: "SE-NIX-ADRESSERAT",
        from: MFL_START,
        description:
          "No addressed marketing mail to a consumer listed in NIX adresserat (an industry register; a listing is a clear objection), checked at most 30 days before (cautious); consent excepts.",
        kinds: ["mail"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P30D",
        consentOverrides: true,
        source: { law: MFL, section: "21 §", url: MFL_URL, checked: CHECKED },
      },
    ],
  },
});

/**
 * Sweden, with its notes (`./notes.ts`): what `consentry/packs/se` and `consentry/packs`
 * export. The rules are `SE_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const SE = /* @__PURE__ */ withNotes(SE_CORE, NOTES);
