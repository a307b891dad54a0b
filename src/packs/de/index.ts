import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-11-22";
const UWG = "Gesetz gegen den unlauteren Wettbewerb (UWG)";
const UWG7 = "https://www.gesetze-im-internet.de/uwg_2004/__7.html";
const UWG7A = "https://www.gesetze-im-internet.de/uwg_2004/__7a.html";
/** When the law-in-depth rules (GDPR validity, § 7(2) no. 1 presumed consent, no. 3, § 7a retention) were checked. */
const CHECKED_DEPTH = "2026-12-02";

/**
 * Germany: UWG §7 — prior express consent for telephone advertising to consumers and for
 * automated calls, fax and electronic mail to anyone; the existing-customer exception for e-mail;
 * §7a documentation of consent to telephone advertising.
 *
 * @see https://www.gesetze-im-internet.de/uwg_2004/__7.html
 */
export const DE_CORE = definePack({
  code: "DE",
  name: "Germany",
  jurisdictions: ["DE"],
  notes: [],
  policy: {
    consentRequirements: [
      {
        id: "DE-UWG-7-2-1",
        from: "2009-08-04T00:00:00+02:00",
        description: "Telephone advertising to a consumer needs their prior express consent.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: UWG, section: "§ 7 Abs. 2 Nr. 1", url: UWG7, checked: CHECKED },
      },
      {
        id: "DE-UWG-7-2-2",
        from: "2008-12-30T00:00:00+01:00",
        description:
          "Advertising by automated calling machine, fax or electronic mail needs the addressee's prior express consent, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: { law: UWG, section: "§ 7 Abs. 2 Nr. 2", url: UWG7, checked: CHECKED },
      },
      {
        id: "DE-UWG-7A",
        from: "2021-10-01T00:00:00+02:00",
        description:
          "Consent to telephone advertising to a consumer must be documented (and kept five years); a grant without evidence does not count.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        evidence: true,
        source: { law: UWG, section: "§ 7a", url: UWG7A, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "DE-UWG-7-3",
        from: "2004-07-08T00:00:00+02:00",
        description:
          "E-mail to an existing customer without consent: address obtained in a sale, own similar goods or services, no objection, and a clear opt-out notice at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: UWG, section: "§ 7 Abs. 3", url: UWG7, checked: CHECKED },
      },
    ],
    consentValidity: [gdprConsentValidity("DE-DSGVO-EINWILLIGUNG")],
    presumedConsent: [
      {
        id: "DE-UWG-7-2-1-B2B",
        from: "2004-07-08T00:00:00+02:00",
        description:
          "A live advertising call to another market participant (a business) needs at least its presumed consent: a concrete interest in the offer, judged before the call.",
        channels: ["voice"],
        automated: false,
        customerTypes: ["business"],
        purposes: ["marketing"],
        fromRelationship: true,
        source: {
          law: UWG,
          section: "§ 7 Abs. 2 Nr. 1 (zweite Alternative)",
          url: UWG7,
          checked: CHECKED_DEPTH,
        },
      },
    ],
    requiredFacts: [
      {
        id: "DE-UWG-7-2-3",
        from: "2004-07-08T00:00:00+02:00",
        description:
          "Advertising by e-mail or SMS that hides its sender, or gives no valid address to stop such messages at basic transmission cost, is always an unreasonable nuisance.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        source: { law: UWG, section: "§ 7 Abs. 2 Nr. 3", url: UWG7, checked: CHECKED_DEPTH },
      },
    ],
    proofRetention: [
      {
        id: "DE-UWG-7A-2",
        from: "2021-10-01T00:00:00+02:00",
        description:
          "Proof of a consumer's consent to telephone advertising is kept five years from the consent and from each use of it.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        years: 5,
        fromEachUse: true,
        source: { law: UWG, section: "§ 7a Abs. 2", url: UWG7A, checked: CHECKED_DEPTH },
      },
    ],
  },
});

/**
 * Germany, with its notes (`./notes.ts`): what `consentry/packs/de` and `consentry/packs`
 * export. The rules are `DE_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const DE = /* @__PURE__ */ withNotes(DE_CORE, NOTES);
