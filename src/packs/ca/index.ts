import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-11-22";
/** CASL's anti-spam provisions (ss. 6–9) in force 1 July 2014, midnight in Ottawa. */
const CASL_START = "2014-07-01T00:00:00-04:00";
/** The CRTC Unsolicited Telecommunications Rules (National DNCL, Telemarketing and ADAD Rules) took effect 30 September 2008 (Blakes, via mondaq). */
const UTR_START = "2008-09-30T00:00:00-04:00";
const CASL = "Canada's Anti-Spam Legislation (CASL), S.C. 2010, c. 23";
const CASL_URL = "https://laws-lois.justice.gc.ca/eng/acts/E-1.6/";
const UTR = "CRTC Unsolicited Telecommunications Rules";
const UTR_URL = "https://crtc.gc.ca/eng/trules-reglest.htm";

/**
 * Canada: CASL consent for commercial electronic messages (express, with no expiry; implied from a
 * purchase within two years or an inquiry within six months), and the telemarketing rules: calling
 * hours and the National Do Not Call List with its 31-day freshness and relationship exemption.
 *
 * @see https://laws-lois.justice.gc.ca/eng/acts/E-1.6/
 */
export const CA_CORE = definePack({
  code: "CA",
  name: "Canada",
  jurisdictions: ["CA"],
  notes: [],
  policy: {
    consentRequirements: [
      {
        id: "CA-CASL-6",
        from: CASL_START,
        description:
          "A commercial electronic message needs the recipient's express or implied consent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: { law: CASL, section: "s. 6(1), s. 10(1)", url: CASL_URL, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "CA-CASL-10-9",
        from: CASL_START,
        description:
          "Consent is implied by an existing business relationship: a purchase in the last two years or an inquiry in the last six months.",
        basis: "implied",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase", "inquiry"],
        contactFromRelationship: false,
        purchaseWithin: "P730D",
        inquiryWithin: "P181D",
        similarProducts: false,
        optOutAtCollection: false,
        source: {
          law: CASL,
          section: "s. 10(9)(a), 10(10)(a), 10(10)(e)",
          url: CASL_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "CA-LIVE-CALLS-OPT-OUT",
        from: CASL_START,
        description:
          "Live telemarketing calls are outside CASL; no prior consent is needed, but the National DNCL and calling hours apply.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: { law: CASL, section: "s. 6(8)(a)", url: CASL_URL, checked: CHECKED },
      },
    ],
    windows: [
      {
        id: "CA-CRTC-UTR-HOURS",
        from: UTR_START,
        description:
          "Telemarketing calls only 9:00–21:30 on weekdays and 10:00–18:00 on weekends, in the recipient's local time.",
        channels: ["voice"],
        purposes: ["marketing"],
        windows: [
          { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "21:30" },
          { days: ["sat", "sun"], from: "10:00", until: "18:00" },
        ],
        source: {
          law: UTR,
          section: "Part III (Telemarketing Rules)",
          url: UTR_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "CA-DNCL",
        from: UTR_START,
        description:
          "No telemarketing call to a number on the National Do Not Call List, screened against a copy at most 31 days old; consent or an existing business relationship (purchase within 18 months, inquiry within 6 months) exempts.",
        channels: ["voice"],
        purposes: ["marketing"],
        customerTypes: ["consumer"],
        maxAge: "P31D",
        consentOverrides: true,
        existingCustomerOverrides: "P546D",
        inquiryOverrides: "P181D",
        source: {
          law: "Telecommunications Act, S.C. 1993, c. 38; CRTC Unsolicited Telecommunications Rules",
          section: "s. 41.7(1)(b), (2); UTR Part II",
          url: "https://laws-lois.justice.gc.ca/eng/acts/T-3.4/section-41.7.html",
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Canada, with its notes (`./notes.ts`): what `consentry/packs/ca` and `consentry/packs`
 * export. The rules are `CA_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const CA = /* @__PURE__ */ withNotes(CA_CORE, NOTES);
