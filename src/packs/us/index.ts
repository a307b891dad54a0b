import { definePack, withNotes } from "../pack.js";
import { US_STATE_CODES } from "../us-states/index.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-11-22";
const CHECKED_DATES = "2026-12-02";
/** The TCPA rules of 1992 (47 CFR § 64.1200, calling hours), in force 20 December 1992. */
const TCPA_1992 = "1992-12-20T00:00:00-05:00";
/** The National Do Not Call Registry rules, 1 October 2003; its 31-day screening from 1 January 2005. */
const DNC_31 = "2005-01-01T00:00:00-05:00";
/** Prior express written consent for telemarketing robocalls and texts: 16 October 2013. */
const PEWC = "2013-10-16T00:00:00-04:00";
/** CAN-SPAM Act in force. */
const CAN_SPAM = "2004-01-01T00:00:00-05:00";
/** Revocation by any reasonable means, honoured within ten business days (89 FR 82518). */
const REVOCATION = "2025-04-11T00:00:00-04:00";
/**
 * The "revoke-all" part of § 64.1200(a)(10) is waived until 31 January 2027: from the earliest
 * midnight of that day in any US jurisdiction (Guam, UTC+10), the cautious start.
 */
const REVOKE_ALL = "2027-01-31T00:00:00+10:00";
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
export const US_CORE = definePack({
  code: "US",
  name: "United States (federal)",
  jurisdictions: ["US"],
  includes: US_STATE_CODES,
  notes: [],
  policy: {
    windows: [
      {
        id: "US-TCPA-HOURS",
        from: TCPA_1992,
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
        from: DNC_31,
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
        from: PEWC,
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
        from: PEWC,
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
        from: TCPA_1992,
        description:
          "Live (not autodialed, not prerecorded) marketing calls need no prior consent; the Do Not Call Registry and calling hours apply instead.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: { law: TCPA, section: "§ 64.1200(c)", url: TCPA_URL, checked: CHECKED },
      },
      {
        id: "US-CAN-SPAM",
        from: CAN_SPAM,
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
    afterOptOut: [
      {
        id: "US-TCPA-A10-A12",
        description:
          "A revocation by any reasonable means is honoured (at the latest within ten business days; here at once); after an opt-out by text, one text that only confirms it, with no marketing, may follow. Other texts follow the scope withdrawn until the revoke-all rule applies.",
        channels: ["sms"],
        from: REVOCATION,
        until: REVOKE_ALL,
        confirmations: 1,
        revokeAll: false,
        source: {
          law: TCPA,
          section: "§ 64.1200(a)(10), (a)(12) (FCC 24-24; effective 89 FR 82518)",
          url: TCPA_URL,
          checked: CHECKED_DATES,
        },
      },
      {
        id: "US-TCPA-A10-REVOKE-ALL",
        description:
          "From 31 January 2027 (end of the FCC's waiver), an opt-out by text given in answer to one kind of message stops every text from the sender until a new consent, on unrelated matters too; one confirmation text may follow.",
        channels: ["sms"],
        from: REVOKE_ALL,
        confirmations: 1,
        revokeAll: true,
        source: {
          law: TCPA,
          section: "§ 64.1200(a)(10) (revoke-all; waiver extended to 31 January 2027)",
          url: TCPA_URL,
          checked: CHECKED_DATES,
        },
      },
    ],
  },
});

/**
 * United States (federal), with its notes (`./notes.ts`): what `consentry/packs/us` and `consentry/packs`
 * export. The rules are `US_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const US = /* @__PURE__ */ withNotes(US_CORE, NOTES);
