import { senderAndOptOut } from "../eprivacy.js";
import { GDPR, GDPR_APPLIES_EEA, GDPR_URL, gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
const LAW_0 = "Lög um fjarskipti nr. 81/2003 (now Lög um fjarskipti nr. 70/2022)";
const URL_0 = "https://www.althingi.is/lagas/136a/2003081.html";
const URL_1 = "http://staging.1819.is/bannmerking";

/**
 * Iceland: Automated calls, fax and e-mail for direct marketing only with prior consent, with the customer exception for e-mail; other marketing (live calls) opt-out, barred for numbers with the directory ban marking (bannmerki).
 *
 * @see https://www.althingi.is/lagas/136a/2003081.html
 */
export const IS_CORE = definePack({
  code: "IS",
  name: "Iceland",
  jurisdictions: ["IS"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("IS-GDPR-CONSENT", GDPR, GDPR_URL, GDPR_APPLIES_EEA)],
    requiredFacts: [
      senderAndOptOut("IS-EPRIVACY-13-4", {
        source: {
          law: LAW_0,
          section: "46. gr. 4. mgr. (Law 81/2003; the article in Law 70/2022 not confirmed)",
          url: URL_0,
          checked: "2026-12-04",
        },
        from: "2003-07-25T00:00:00+00:00",
      }),
    ],
    consentRequirements: [
      {
        id: "IS-FJL-46-1",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "Direct marketing by e-mail (and SMS, cautious) only with the subscriber's prior consent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "46. gr. 1. mgr. (Law 81/2003; the article in Law 70/2022 not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "IS-FJL-46-1-AUTOMATED",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "Automated calling systems for direct marketing only with the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "46. gr. 1. mgr. (Law 81/2003; the article in Law 70/2022 not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "IS-FJL-46-2",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "An e-mail address obtained in a sale may be used for marketing the sender's own goods or services, with a free objection offered at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "46. gr. 2. mgr. (Law 81/2003)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "IS-FJL-46-3",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "Other unsolicited direct marketing, live calls included, is allowed to subscribers who have not said they do not want it; the directory ban marking must be respected.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "46. gr. 3. and 5. mgr. (Law 81/2003)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "IS-BANNMERKI",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "No marketing call to a number with the ban marking (bannmerki) in the telephone directory (1819.is, Já.is); a check at most 30 days old (assumption).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        source: {
          law: LAW_0,
          section: "46. gr. 5. mgr. (Law 81/2003)",
          url: URL_1,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Iceland, with its notes (`./notes.ts`): what `consentry/packs/is` and `consentry/packs`
 * export. The rules are `IS_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const IS = /* @__PURE__ */ withNotes(IS_CORE, NOTES);
