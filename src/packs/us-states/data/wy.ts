import { defineState } from "../state.js";

const WYAG =
  "https://attorneygeneral.wyo.gov/law-office-division/consumer-protection-and-antitrust-unit/telephone-solicitation-for-businesses";
const WY303 =
  "https://law.justia.com/codes/wyoming/2016/title-40/chapter-12/article-3/section-40-12-303/";
const WY302 = "https://wyoleg.gov/statutes/compress/title40.pdf";

/** Wyoming: calls end at 8 p.m. (secondary), no automated or recorded sales calls, and the Telephone Preference Service list. */
export const WY = defineState({
  code: "US-WY",
  name: "Wyoming",
  notes: [],
  hours: [
    {
      key: "HOURS",
      description: "Telephone solicitation calls only between 8 a.m. and 8 p.m. local time.",
      law: "W.S. § 40-12-302",
      section: "§ 40-12-302(d)",
      url: WY302,
      quote: "before the hour of 8 a.m. or after 8 p.m. local time at the consumer's location",
      evidence: "secondary",
      windows: [{ from: "08:00", until: "20:00" }],
    },
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No unsolicited telephonic sales call to a Wyoming number on the current DMA Telephone Preference Service list; the consumer's request or an established business relationship exempts.",
      law: "W.S. §§ 40-12-301, 40-12-302",
      section: "§ 40-12-302; § 40-12-301(a)(vi) (established business relationship)",
      url: WYAG,
      quote:
        "The law only requires that you do not call Wyoming numbers that appear on the current DMA list.",
      evidence: "primary",
      maxAge: "P60D",
      consentOverrides: true,
      existingCustomerOverrides: "P546D",
    },
  ],
  bans: [
    {
      key: "AUTOMATED",
      description:
        "No telephonic sales call that involves an automated system for selecting or dialing numbers or plays a recorded message.",
      law: "W.S. § 40-12-303",
      section: "§ 40-12-303(a)",
      url: WY303,
      quote:
        "No telephone solicitor or merchant shall make or knowingly allow a telephonic sales call to be made if the call involves an automated system for the selection or dialing of telephone numbers or the playing of a recorded message",
      evidence: "statute-copy",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
