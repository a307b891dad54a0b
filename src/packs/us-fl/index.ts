import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-11-22";
/**
 * CS/SB 1120 (2021), ch. 2021-185, Laws of Florida: written consent for automated sales calls and
 * texts, hours 8 a.m.–8 p.m. (from 9 p.m.) and three calls a day, in force 1 July 2021 (§ 5 of the
 * act; checked 2026-12-04 in the enrolled text on flsenate.gov and Mondaq/Potomac Law accounts):
 * midnight in Florida's easternmost zone (Eastern Daylight Time).
 */
const SB1120 = "2021-07-01T00:00:00-04:00";
/**
 * CS/CS/HB 761 (2023): § 501.059(8)(a) narrowed to an automated system for the selection *and*
 * dialing of numbers, in force on becoming law, taken as 26 May 2023 (a law firm's account of the
 * act's own terms, secondary; the Senate's bill summary, checked 2026-12-04, gives no day).
 */
const HB761 = "2023-05-26T00:00:00-04:00";
const HB761_URL = "https://flsenate.gov/Committees/BillSummaries/2023/html/3034";
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
export const US_FL_CORE = definePack({
  code: "US-FL",
  name: "United States: Florida",
  jurisdictions: ["US-FL"],
  notes: [],
  policy: {
    windows: [
      {
        id: "US-FL-FTA-HOURS",
        from: SB1120,
        description:
          "No commercial telephone solicitation before 8 a.m. or after 8 p.m. in the called person's time zone.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        windows: [{ from: "08:00", until: "20:00" }],
        source: {
          law: "Florida Telemarketing Act, Fla. Stat. § 501.616",
          section: "§ 501.616(6)(a), as amended by CS/SB 1120, ch. 2021-185",
          url: FTA_URL,
          checked: CHECKED,
        },
      },
    ],
    caps: [
      {
        id: "US-FL-FTA-3PER24H",
        from: SB1120,
        description:
          "At most three commercial telephone solicitation calls to a person on the same subject in 24 hours.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        max: 3,
        window: "P1D",
        countBy: ["purpose", "channel", "topic"],
        source: {
          law: "Florida Telemarketing Act, Fla. Stat. § 501.616",
          section: "§ 501.616(6)(b), as amended by CS/SB 1120, ch. 2021-185",
          url: FTA_URL,
          checked: CHECKED,
        },
      },
    ],
    consentRequirements: [
      {
        id: "US-FL-FTSA-AUTODIAL-2021",
        from: SB1120,
        until: HB761,
        description:
          "Until HB 761 (2023): sales calls or texts that involve an automated system for the selection or dialing of numbers, or a recorded message, need prior express written consent.",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        methods: ["written"],
        automated: true,
        source: {
          law: "Florida Telephone Solicitation Act, Fla. Stat. § 501.059",
          section: "§ 501.059(8)(a), as amended by CS/SB 1120, ch. 2021-185",
          url: FTSA_URL,
          checked: CHECKED,
        },
      },
      {
        id: "US-FL-FTSA-AUTODIAL",
        from: HB761,
        description:
          "Unsolicited sales calls or texts that involve an automated system for the selection and dialing of numbers, or a recorded message, need prior express written consent (HB 761, 2023; cautious: every automated call or text is held to it).",
        channels: ["voice", "sms"],
        purposes: ["marketing"],
        methods: ["written"],
        automated: true,
        source: {
          law: "Florida Telephone Solicitation Act, Fla. Stat. § 501.059",
          section: "§ 501.059(8)(a), as amended by CS/CS/HB 761 (2023)",
          url: HB761_URL,
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

/**
 * United States: Florida, with its notes (`./notes.ts`): what `consentry/packs/us-fl` and `consentry/packs`
 * export. The rules are `US_FL_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const US_FL = /* @__PURE__ */ withNotes(US_FL_CORE, NOTES);
