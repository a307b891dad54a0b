import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

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
export const GB = definePack({
  code: "GB",
  name: "United Kingdom",
  jurisdictions: ["GB"],
  notes: [
    "Electronic mail includes texts (ICO guidance), so regulation 22 and its soft opt-in apply to SMS.",
    "The soft opt-in counts details obtained in a sale (`lastPurchaseAt`, similar to a category bought) or in negotiations for the sale of a product (`relationship.negotiations`, similar to the type negotiated); a bare inquiry with no product type does not count (cautious). No time limit is set (none in the text; the ICO expects reasonableness).",
    "Corporate subscribers are outside regulation 22: marketing e-mail to business customers needs no prior consent (identity and opt-out address rules still apply).",
    "PECR sets no screening frequency for the TPS; a check at most 28 days old is required, matching the 28 days a new listing takes to bind (cautious inference).",
    "Charity soft opt-in (reg. 22(3A), inserted by the Data (Use and Access) Act 2025 s. 114, in force 5 February 2026 by SI 2026/82 reg. 2(x)): a charity (the message's `senderType`) may e-mail or text a person without consent where the message's sole purpose is to further its charitable purposes (`charitablePurposeOnly`), it obtained the details directly from them when they expressed an interest in or offered or gave support for those purposes, and it offered an opt-out at collection and in every message (`optOut`). Record a donation or other support as the contact's `obtained.method: \"purchase\"` and an expression of interest as `\"inquiry\"`. Conditions from the ICO's guidance; the text of reg. 22(3A) was read through ICO and law-firm summaries only. Supporters whose details were collected before 5 February 2026 are not excluded by the engine (the in-force date belongs on the rule once rules carry dates).",
    "Consents are held to the UK GDPR standard (pre-ticked, inactive, bundled or uninformed: consent.invalid).",
    "Regs 23 and 24 (UK-PECR-23): every marketing e-mail and text, to individuals and companies alike, must not disguise or conceal the identity of the person on whose behalf it is sent and must give a valid address to ask that such messages stop (reg. 23); reg. 24 requires the same information with the communication: 'the identity of the person on whose behalf the communication is made' and 'a valid address to which the recipient of the communication may send a request that such communications cease' (reg. 24(a)–(b) as quoted by a compliance summary of PECR, compliance-ai-h.pages.dev, secondary, checked 2026-12-04). Reg. 23 is read through ICO and university summaries (the University of Glasgow's DP office: 'the sender must not conceal their identity, and … must provide a valid address for opt-out requests'; secondary); legislation.gov.uk was not opened. It matches ePrivacy Art. 13(4), the secondary reference. Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Left out: claims-management and pension calls (regs 21A, 21B), CLI presentation, and reg. 24's identity and address duties for calls and faxes.",
  ],
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
