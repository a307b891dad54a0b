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
  notes: [
    "The 8 p.m. end of calling hours rests on a compliance vendor's summary; W.S. § 40-12-302 was not read. The stricter reading is taken. Searched again on 2026-12-04: cliclaw.com's Wyoming page lists § 40-12-302 ('Telephone solicitations') but the excerpts stop in § 40-12-301; the Attorney General's pages for consumers and businesses describe the DMA list (enrolled 'for more than sixty (60) days'), the exemptions and the disclosures, and name no calling hours. A public code repository's state table (found 2026-12-04) quotes § 40-12-302(d) as barring an unsolicited telephonic sales call 'to a consumer before the hour of 8 a.m. or after 8 p.m. local time at the consumer's location', read, it says, in the Legislature's Title 40 PDF: the section is now cited as § 40-12-302(d) with those words. The hours stay as encoded (secondary: the PDF itself was not read). 'Consumer' is a purchaser of consumer goods or services (§ 40-12-301(a)(ii)–(iii)); the window is applied to every marketing call (cautious).",
    "No start is recorded for `US-WY-HOURS`, `US-WY-DNC` and `US-WY-AUTOMATED` (checked 2026-12-04): the copies of §§ 40-12-301 and 40-12-303 (law.justia.com 2016, lexace.ai, counselstack) show no history line; the article (§§ 40-12-301 to 40-12-305) was created by 2001 Enrolled Act No. 108 (House Bill 91, 'providing for an effective date'; the enrolled act on legisweb.state.wy.us, primary), so none of the three began before the 2001 General Session; the act's effective-date section was not reached in the search excerpts, and one low-quality secondary page (reversephonedb.com, citing a 'State Telephone Regulation Report') says the law took effect in July 2002, not confirmed. Undated, the rules bind at every instant (the stricter reading; a start in 2001 or 2002 would only relax them before it).",
    "The do-not-call list Wyoming names is the DMA (now ANA) Telephone Preference Service list; whether it is still published was not verified. Its check is held to 60 days (the AG's 'more than 60 days' rule, cautious).",
    "The AG's pages disagree on the small-caller exemption (250 or 225 calls a year): not modelled, every sender is held to the law.",
    "Cautious: § 40-12-303(a) bans automated selection or dialing and recorded messages; (b) lets an autodialer with live messages through on conditions. The engine cannot tell the two apart, so every automated marketing call is denied.",
  ],
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
