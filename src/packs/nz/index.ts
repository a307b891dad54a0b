import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
const UEMA = "Unsolicited Electronic Messages Act 2007 (NZ, 2007 No 7)";
const UEMA_URL = "https://www.legislation.govt.nz/act/public/2007/0007/latest/";
const DIA_URL = "https://www.dia.govt.nz/Spam-Frequently-Asked-Questions";
const MA = "Marketing Association (NZ) Telemarketing Code of Practice (self-regulation)";
const MA_URL = "https://www.marketing.org.nz/";

/**
 * New Zealand: commercial electronic messages (e-mail, TXT, instant messages) need consent,
 * express or inferred from the relationship (UEMA 2007 ss. 4, 9); the Act does not cover voice
 * telemarketing, which is opt-out, held here to the Marketing Association code's hours (no calls
 * on Sundays or public holidays, 08:00–21:00 otherwise).
 *
 * @see https://www.legislation.govt.nz/act/public/2007/0007/latest/
 */
export const NZ_CORE = definePack({
  code: "NZ",
  name: "New Zealand",
  jurisdictions: ["NZ"],
  notes: [],
  policy: {
    requiredFacts: [
      {
        id: "NZ-UEMA-10-11",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "A commercial electronic message must include accurate information about who authorised it and a functional, free unsubscribe facility valid for at least 30 days after it is sent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        optOutValidFor: "P30D",
        source: {
          law: UEMA,
          section: "ss 10, 11",
          url: "https://www.legislation.govt.nz/act/public/2007/0007/latest/DLM405207.html",
          checked: "2026-12-04",
        },
      },
    ],
    consentRequirements: [
      {
        id: "NZ-UEMA-9",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "Commercial electronic messages (e-mail, TXT, instant messages) with a New Zealand link need the recipient's consent, express or inferred, consumer or business; the sender bears the onus of proof.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: UEMA,
          section: "s. 9(1), (3), with s. 4 (consent)",
          url: UEMA_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NZ-PRERECORDED-CALLS",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "Prerecorded marketing calls are held to the recipient's consent (cautious: the Act's exclusion of voice telemarketing is read for live calls only).",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: UEMA,
          section: "s. 9 (scope; DIA guidance on voice telemarketing)",
          url: DIA_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "NZ-UEMA-4-INFERRED",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "Consent inferred from the business relationship: a contact point obtained in a purchase, messages about products like those bought, within 365 days of the last purchase (cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        basis: "implied",
        obtainedBy: ["purchase"],
        purchaseWithin: "P365D",
        similarProducts: true,
        optOutAtCollection: false,
        source: {
          law: UEMA,
          section: "s. 4(1)(a)(ii) (inferred consent; paragraph not confirmed)",
          url: UEMA_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "NZ-VOICE-OUTSIDE-UEMA",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "Live telemarketing calls are outside the Unsolicited Electronic Messages Act and need no prior consent; a person who asked not to be called is not called.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: UEMA,
          section: "scope (DIA: the Act does not cover voice telemarketing)",
          url: DIA_URL,
          checked: CHECKED,
        },
      },
    ],
    windows: [
      {
        id: "NZ-MA-CODE-HOURS",
        description:
          "Telemarketing calls to consumers only Monday to Saturday, 08:00–21:00 local time; never on Sundays (industry code, cautious).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        windows: [
          { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "08:00", until: "21:00" },
        ],
        source: {
          law: MA,
          section: "calling hours (clause not confirmed; secondary sources)",
          url: MA_URL,
          checked: CHECKED,
        },
      },
    ],
    holidays: [
      {
        id: "NZ-MA-CODE-HOLIDAYS",
        description:
          "No telemarketing calls to consumers on public holidays (industry code, cautious).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: MA,
          section: "calling hours (clause not confirmed; secondary sources)",
          url: MA_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * New Zealand, with its notes (`./notes.ts`): what `consentry/packs/nz` and `consentry/packs`
 * export. The rules are `NZ_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const NZ = /* @__PURE__ */ withNotes(NZ_CORE, NOTES);
