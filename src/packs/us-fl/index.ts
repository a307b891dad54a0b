import { definePack } from "../pack.js";

const CHECKED = "2026-11-22";
const FTA_URL =
  "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.616.html";
const FTSA_URL =
  "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.059.html";

/**
 * Florida, on top of the federal rules: calls only 8 a.m.–8 p.m. in the called person's zone, at
 * most three calls on the same subject in 24 hours, written consent for automated calls and texts,
 * and the state's quarterly no-sales-solicitation list.
 *
 * @see http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.616.html
 */
export const US_FL = definePack({
  code: "US-FL",
  name: "United States: Florida",
  jurisdictions: ["US-FL"],
  notes: [
    "Cautious: the Florida Telemarketing Act limits (hours, three calls a day) are applied to every marketing call and text to a Florida customer, although § 501.604 exempts some sellers.",
    "The three-call limit counts marketing calls or texts on the same channel and topic (the 'same subject matter') in a rolling 24 hours.",
    "Florida's list is published quarterly: a check older than 92 days counts as stale.",
    "No time limit is stated for Florida's 'prior or existing business relationship'; the federal 18 months is used (cautious).",
  ],
  policy: {
    windows: [
      {
        id: "US-FL-FTA-HOURS",
        description:
          "No commercial telephone solicitation before 8 a.m. or after 8 p.m. in the called person's time zone.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        windows: [{ from: "08:00", until: "20:00" }],
        source: {
          law: "Florida Telemarketing Act, Fla. Stat. § 501.616",
          section: "§ 501.616(6)(a)",
          url: FTA_URL,
          checked: CHECKED,
        },
      },
    ],
    caps: [
      {
        id: "US-FL-FTA-3PER24H",
        description:
          "At most three commercial telephone solicitation calls to a person on the same subject in 24 hours.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        max: 3,
        window: "P1D",
        countBy: ["purpose", "channel", "topic"],
        source: {
          law: "Florida Telemarketing Act, Fla. Stat. § 501.616",
          section: "§ 501.616(6)(b)",
          url: FTA_URL,
          checked: CHECKED,
        },
      },
    ],
    consentRequirements: [
      {
        id: "US-FL-FTSA-AUTODIAL",
        description:
          "Unsolicited sales calls or texts by an automated system need prior express written consent.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        methods: ["written"],
        automated: true,
        source: {
          law: "Florida Telephone Solicitation Act, Fla. Stat. § 501.059",
          section: "§ 501.059(8)(a)",
          url: FTSA_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "US-FL-DNC",
        description:
          "No unsolicited sales call or text to a number on Florida's then-current quarterly no-sales-solicitation list; an express request or a business relationship exempts.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        maxAge: "P92D",
        consentOverrides: true,
        existingCustomerOverrides: "P546D",
        source: {
          law: "Florida Telephone Solicitation Act, Fla. Stat. § 501.059",
          section: "§ 501.059(1)(k), (3), (4)",
          url: FTSA_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
