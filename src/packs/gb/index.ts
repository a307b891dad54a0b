import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-11-22";
/** PECR in force (11 December 2003). */
const PECR_START = "2003-12-11T00:00:00Z";
const PECR =
  "Privacy and Electronic Communications (EC Directive) Regulations 2003, SI 2003/2426 (PECR)";
const reg = (n: string) => `https://www.legislation.gov.uk/uksi/2003/2426/regulation/${n}`;

/**
 * United Kingdom: PECR consent for marketing e-mail and texts to individual subscribers with the
 * soft opt-in, consent for automated calls, and live calls on an opt-out basis screened against
 * the Telephone Preference Service.
 *
 * @see https://www.legislation.gov.uk/uksi/2003/2426/contents
 */
export const GB_CORE = definePack({
  code: "GB",
  name: "United Kingdom",
  jurisdictions: ["GB"],
  notes: [],
  policy: {
    requiredFacts: [
      senderAndOptOut("UK-PECR-23", {
        source: { law: PECR, section: "regs 23 and 24", url: reg("23"), checked: "2026-12-04" },
        from: PECR_START,
      }),
    ],
    consentRequirements: [
      {
        id: "UK-PECR-22",
        from: PECR_START,
        description:
          "Marketing by electronic mail (e-mail, SMS) to individual subscribers needs their prior consent, unless the soft opt-in applies.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: PECR, section: "reg. 22(2)", url: reg("22"), checked: CHECKED },
      },
      {
        id: "UK-PECR-19",
        from: PECR_START,
        description:
          "Automated marketing calls (recorded or synthetic voice) need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: { law: PECR, section: "reg. 19", url: reg("19"), checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "UK-PECR-22-3",
        from: PECR_START,
        description:
          "Soft opt-in: details obtained in a sale or negotiations for a sale, own similar products only, and a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase", "negotiation"],
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: PECR, section: "reg. 22(3)", url: reg("22"), checked: CHECKED },
      },
      {
        id: "UK-PECR-22-3A",
        // DUAA 2025 s. 114 inserted reg. 22(3A), in force 5 February 2026 (GMT).
        from: "2026-02-05T00:00:00Z",
        description:
          "Charity soft opt-in: a charity's e-mail or text whose sole purpose is its charitable purposes, to a person whose details it obtained from them when they expressed interest in or supported those purposes, with an opt-out at collection and in every message.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        senderTypes: ["charity"],
        messageFacts: ["charitablePurposeOnly", "optOut"],
        obtainedBy: ["purchase", "inquiry"],
        similarProducts: false,
        optOutAtCollection: true,
        source: {
          law: "PECR reg. 22(3A), inserted by the Data (Use and Access) Act 2025 s. 114 (in force 5 February 2026, SI 2026/82 reg. 2(x))",
          section: "reg. 22(3A)",
          url: "https://www.legislation.gov.uk/ukpga/2025/18/section/114",
          checked: "2026-12-02",
        },
      },
    ],
    optOut: [
      {
        id: "UK-PECR-22-CORPORATE",
        from: PECR_START,
        description:
          "Regulation 22 protects individual subscribers only: marketing e-mail and texts to corporate subscribers need no prior consent.",
        kinds: ["electronic"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: { law: PECR, section: "reg. 22(1)", url: reg("22"), checked: CHECKED },
      },
      {
        id: "UK-PECR-21-LIVE-CALLS",
        from: PECR_START,
        description:
          "Live marketing calls need no prior consent, unless the number is on the TPS or the subscriber told the caller not to call.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: { law: PECR, section: "reg. 21(1)", url: reg("21"), checked: CHECKED },
      },
    ],
    registers: [
      {
        id: "GB-TPS",
        from: PECR_START,
        description:
          "No unsolicited live marketing call to a number on the Telephone Preference Service register, unless the subscriber told this caller they do not object for the time being.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        maxAge: "P28D",
        consentOverrides: true,
        source: { law: PECR, section: "reg. 21(1)(b), (3), (4)", url: reg("21"), checked: CHECKED },
      },
    ],
    consentValidity: [
      gdprConsentValidity(
        "UK-GDPR-CONSENT",
        "UK GDPR (Regulation (EU) 2016/679 as it forms part of UK law), the consent PECR refers to",
        "https://www.legislation.gov.uk/eur/2016/679/article/7",
        // The GDPR applied in the UK from 25 May 2018 (with the DPA 2018); UK GDPR continues it.
        "2018-05-25T00:00:00+01:00",
      ),
    ],
  },
});

/**
 * United Kingdom, with its notes (`./notes.ts`): what `consentry/packs/gb` and `consentry/packs`
 * export. The rules are `GB_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const GB = /* @__PURE__ */ withNotes(GB_CORE, NOTES);
