import { definePack } from "../pack.js";
import { US_STATE_CODES } from "../us-states/index.js";

const CHECKED = "2026-11-22";
const TCPA = "47 CFR § 64.1200 (FCC rules under the TCPA, 47 U.S.C. § 227)";
const TCPA_URL =
  "https://www.ecfr.gov/current/title-47/chapter-I/subchapter-B/part-64/subpart-L/section-64.1200";

/**
 * United States, federal: TCPA calling hours, the National Do Not Call Registry with its 31-day
 * freshness and the established-business-relationship exemption, prior express written consent for
 * autodialed or prerecorded marketing calls and texts, and CAN-SPAM's opt-out regime for e-mail.
 *
 * @see https://www.ecfr.gov/current/title-47/chapter-I/subchapter-B/part-64/subpart-L/section-64.1200
 */
export const US = definePack({
  code: "US",
  name: "United States (federal)",
  jurisdictions: ["US"],
  includes: US_STATE_CODES,
  notes: [
    "Texts count as calls under the TCPA: hours, the Do Not Call Registry and written consent apply to SMS as to voice.",
    "Cautious: every marketing text needs prior express written consent, whether or not it is flagged as automated (texts are almost always sent by automated systems).",
    "Cautious: calling hours are applied to every marketing call or text, even with consent or an established business relationship (a petition to the FCC arguing otherwise is unresolved).",
    "EBR periods: 18 months after a purchase, 3 months after an inquiry, taken as 546 and 89 days (the shortest such periods).",
    "Revocation by any reasonable means (64.1200(a)(10)) and CAN-SPAM opt-outs (10 business days) are honoured at once: any withdrawal in the ledger blocks from its instant.",
    "Left out: the company-specific do-not-call list as a separate record (use a withdrawal or suppression), the 'revoke-all' rule (deferred to 2027-01-31). State rules are in the state packs (US-AL to US-WY, DC and the territories), which naming US brings in.",
  ],
  policy: {
    windows: [
      {
        id: "US-TCPA-HOURS",
        description:
          "No telephone solicitation before 8 a.m. or after 9 p.m. at the called party's location.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        windows: [{ from: "08:00", until: "21:00" }],
        source: { law: TCPA, section: "§ 64.1200(c)(1)", url: TCPA_URL, checked: CHECKED },
      },
    ],
    registers: [
      {
        id: "US-DNC",
        description:
          "No telephone solicitation to a residential number on the National Do Not Call Registry, screened against a copy at most 31 days old; consent or an established business relationship exempts.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        customerTypes: ["consumer"],
        maxAge: "P31D",
        consentOverrides: true,
        existingCustomerOverrides: "P546D",
        inquiryOverrides: "P89D",
        source: {
          law: TCPA,
          section: "§ 64.1200(c)(2), (c)(2)(i)(D), (f)(5), (f)(15)",
          url: TCPA_URL,
          checked: CHECKED,
        },
      },
    ],
    consentRequirements: [
      {
        id: "US-TCPA-PEWC",
        description:
          "Autodialed or prerecorded marketing calls, and marketing texts, need prior express written consent (a signed or e-signed agreement).",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        methods: ["written"],
        source: {
          law: TCPA,
          section: "§ 64.1200(a)(2), (a)(3), (f)(9)",
          url: TCPA_URL,
          checked: CHECKED,
        },
      },
      {
        id: "US-TCPA-PEWC-SMS",
        description:
          "Marketing texts need prior express written consent (cautious reading: texts are treated as autodialed).",
        channels: ["sms"],
        purposes: ["marketing"],
        methods: ["written"],
        source: { law: TCPA, section: "§ 64.1200(a)(2), (f)(9)", url: TCPA_URL, checked: CHECKED },
      },
    ],
    optOut: [
      {
        id: "US-LIVE-CALLS-OPT-OUT",
        description:
          "Live (not autodialed, not prerecorded) marketing calls need no prior consent; the Do Not Call Registry and calling hours apply instead.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: { law: TCPA, section: "§ 64.1200(c)", url: TCPA_URL, checked: CHECKED },
      },
      {
        id: "US-CAN-SPAM",
        description:
          "Commercial e-mail needs no prior consent; an opt-out must be honoured (at the latest 10 business days after it is received) and lasts until the recipient consents again.",
        channels: ["email"],
        purposes: ["marketing"],
        source: {
          law: "CAN-SPAM Act, 15 U.S.C. § 7704; 16 CFR § 316.5",
          section: "§ 7704(a)(3)–(5)",
          url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section7704",
          checked: CHECKED,
        },
      },
    ],
  },
});
