import { defineState } from "../state.js";

const HB3168 = "https://app.legiplex.com/ok/legislature/2022/2022-r/bills/hb3168/drafts-latest";
const OK7551 = "https://self-law.org/code/ok/title-15-contracts/15-755-1";

/** Oklahoma: Telephone Solicitation Act of 2022: calls 8 a.m.–8 p.m., written consent for automated calls and texts, three calls on a subject in 24 hours. */
export const OK = defineState({
  code: "US-OK",
  name: "Oklahoma",
  notes: [
    "The 8 p.m. end (down from 9 p.m. before 1 November 2022) and the three-call limit rest on the enrolled bill's title and secondary accounts; § 775C.4's words were not read. Searched again on 2026-12-04: the enrolled HB 3168 on legiplex shows its title ('providing the time frame during which a commercial telephone seller or salesperson may make commercial solicitation phone calls; prohibiting ... a specified number of commercial telephone solicitation phone calls to a person over a specified time frame') but the search excerpts stop before Section 4; the Senate's account of the bill (27 April 2022, as reported by Bartlesville Radio) lists 'Sales calls before 8 a.m. and after 8 p.m.' and 'More than three sales calls within a 24-hour period on the same matter'; DNC.com's account agrees (8:00 a.m.–8:00 p.m., three calls per 24 hours), and so does a public code repository's state table that cites 15 O.S. § 775C.1 et seq. for 08:00–20:00 local and at most three calls in 24 hours on the same subject, noting that 'called party' has no consumer or residential limit. The encoding is confirmed by these secondary sources only and unchanged. A 'commercial telephonic sales call' is made 'by telephone call, text message, or voicemail transmission' (§ 775C.2(3)(b), read on self-law.org): the hours apply to texts too.",
    "Cautious: the three-call limit counts every marketing message on the same topic in 24 hours, whatever the channel (calls, texts and voicemails alike; an e-mail on the topic counts too).",
    "Calls to an Oklahoma area code are presumed to be made to a person in Oklahoma: a call or text to a number with an Oklahoma area code is held to the US-OK rules whatever the customer's jurisdiction (the engine presumes the area code's state, src/model/area-codes.ts).",
    "No start is recorded for `US-OK-ADAD-HOURS` (checked 2026-12-04): § 755.1 was read in copies (self-law.org, lexace.ai, contactcentercompliance.com) that show no history line. A Senate press release of January 2005 (oksenate.gov, 'Corn Files Bill to Enhance the Oklahoma Consumer Protection Act') describes S.B. 30 (2005) as bringing in the 20-second disconnect and the 9 a.m.–9 p.m. limit, ADADs then having 'not ... any restrictions'; whether and when S.B. 30 became law was not found. Undated, the rule binds at every instant (the stricter reading).",
    "The Telemarketer Restriction Act's registry (15 O.S. § 775B.3) was not confirmed to be separate from the national one: not modelled as a separate register.",
    "The Act's 26 exemptions (isolated transactions, licensed brokers, appointment setting…) are not modelled: every sender is held to it.",
  ],
  hours: [
    {
      key: "HOURS",
      description:
        "No commercial telephonic sales call or text before 8 a.m. or after 8 p.m. at the called party's location.",
      law: "Telephone Solicitation Act of 2022, 15 O.S. § 775C.1 et seq. (HB 3168)",
      section: "15 O.S. § 775C.4",
      url: HB3168,
      evidence: "secondary",
      from: "2022-11-01",
      windows: [{ from: "08:00", until: "20:00" }],
    },
    {
      key: "ADAD-HOURS",
      description:
        "An automatic dial announcing device may not be used for calls terminating in Oklahoma before 9 a.m. or after 9 p.m.",
      law: "15 O.S. § 755.1",
      section: "§ 755.1(C)(2)(a)",
      url: OK7551,
      quote:
        "For calls terminating in this state, the device is not used to make a call: a. before 9 a.m. or after 9 p.m.",
      evidence: "statute-copy",
      channels: ["voice"],
      automated: true,
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
  consent: [
    {
      key: "PEWC",
      description:
        "No commercial telephonic sales call, text or voicemail by an automated system for selecting or dialing numbers or playing a recorded message without prior express written consent.",
      law: "Telephone Solicitation Act of 2022, 15 O.S. §§ 775C.2–775C.3",
      section: "§ 775C.2(3) (definition), § 775C.3",
      url: HB3168,
      evidence: "statute-copy",
      from: "2022-11-01",
      automated: true,
      methods: ["written"],
    },
  ],
  caps: [
    {
      key: "3PER24H",
      description:
        "At most three commercial telephonic sales calls to a person on the same subject matter in 24 hours.",
      law: "Telephone Solicitation Act of 2022, 15 O.S. § 775C.4",
      section: "§ 775C.4",
      url: HB3168,
      evidence: "secondary",
      from: "2022-11-01",
      max: 3,
      window: "P1D",
      countBy: ["purpose", "topic"],
    },
  ],
});
