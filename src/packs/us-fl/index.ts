import { definePack } from "../pack.js";

const CHECKED = "2026-11-22";
/**
 * CS/SB 1120 (2021), ch. 2021-185, Laws of Florida: written consent for automated sales calls and
 * texts, hours 8 a.m.–8 p.m. (from 9 p.m.) and three calls a day, in force 1 July 2021 (§ 5 of the
 * act; checked 2026-12-04 in the enrolled text on flsenate.gov and Mondaq/Potomac Law accounts):
 * midnight in Florida's easternmost zone (Eastern Daylight Time).
 */
const SB1120 = "2021-07-01T00:00:00-04:00";
const SB1120_URL = "https://flsenate.gov/Session/Bill/2021/1120/BillText/er/HTML";
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
export const US_FL = definePack({
  code: "US-FL",
  name: "United States: Florida",
  jurisdictions: ["US-FL"],
  notes: [
    "Cautious: the Florida Telemarketing Act limits (hours, three calls a day) are applied to every marketing call and text to a Florida customer, although § 501.604 exempts some sellers.",
    "The three-call limit counts marketing calls or texts on the same channel and topic (the 'same subject matter') in a rolling 24 hours.",
    "Florida's list is published quarterly: a check older than 92 days counts as stale.",
    "No time limit is stated for Florida's 'prior or existing business relationship'; the federal 18 months is used (cautious).",
    `The hours (8 p.m. end), the three-call limit and written consent for automated calls and texts are in force from 1 July 2021 (CS/SB 1120, ch. 2021-185, ${SB1120_URL}, checked 2026-12-04); before it, § 501.616(6) allowed calls to 9 p.m. (the federal hours bind then).`,
    "CS/CS/HB 761 (2023) narrowed § 501.059(8)(a) to an automated system for the selection *and* dialing of numbers, allowed consent by an act (checking a box), and added a 15-day notice-and-cure after a STOP reply before a suit over texts (Florida Senate bill summary, flsenate.gov/Committees/BillSummaries/2023/html/3034, checked 2026-12-04). It is in force on becoming law; the day, 26 May 2023, rests on a law firm's account (secondary). The rule is held as two versions (US-FL-FTSA-AUTODIAL-2021 until then, US-FL-FTSA-AUTODIAL after) so a decision names the text it applied; both hold every automated call or text to written consent, since the engine cannot tell selection-and-dialing systems from others (the stricter reading). The cure period bounds liability, not the duty to stop, so a STOP still blocks at once.",
    "Numbers, not only addresses: CS/SB 1120 (2021) provides 'a rebuttable presumption for certain calls made to any area code in this state' (the enrolled act's title, flsenate.gov/Session/Bill/2021/1120/BillText/er/HTML, checked 2026-12-04), placed in § 501.059(8)(d) and read as presuming that a call to a Florida area code is made to a Florida resident or a person in Florida at the time of the call (Somma Law, sommalawpllc.com/2021/07/, secondary; the subsection's own words were not seen). So a call or text to a number with a Florida area code (src/model/area-codes.ts) is held to these rules whatever the customer's recorded state; the engine applies the same presumption for every state's area codes (the stricter reading). Oklahoma's Telephone Solicitation Act of 2022 (HB 3168, in force 1 November 2022) provides the same presumption (the enrolled act's title, a legiplex.com copy; section not confirmed), and Connecticut's § 42-288(c) (P.A. 23-98 § 12) presumes a sales call to a number with a Connecticut area code took place in the state (statute copies on policyrisk.com and self-law.org). No presumption was found in Maryland's Stop the Spam Calls Act (Com. Law §§ 14-4501, 14-4502 as read on lexace.ai); it is applied anyway.",
    "The Florida no-sales-solicitation list (§ 501.059(3)) predates 2021; its start date was not confirmed and the rule carries none (in force since ever, the strict reading). Checked 2026-12-04: a law firm dates the list to 'the 1987 Florida Telephonic Sales Act' (floridamediationattorney.com, secondary, no day), and bills of 1998 and 2004 amend it as existing law (flsenate.gov); § 501.059's history line was not seen. Texts became telephonic sales calls under the list by CS/CS/SB 450 (2014), ch. 2014-75, in force 1 July 2014 (the engrossed bill on flsenate.gov; the day from vulcanbills.com, secondary). US-FL-DNC is one register, not split at that day: holding texts to the list before 1 July 2014 is the stricter reading.",
  ],
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
