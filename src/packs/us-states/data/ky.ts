import { defineState } from "../state.js";

const KRS461 = "http://www.contactcentercompliance.com/legal/statutes/KY/KRS/367.461.adpx";
const KRS46955 = "https://self-law.org/code/ky/chapter-367/367-46955";

/** Kentucky: telephone solicitation from 10 a.m. (secondary); automated calling equipment only with written consent. */
export const KY = defineState({
  code: "US-KY",
  name: "Kentucky",
  notes: [
    "Kentucky's zero call list has been kept as part of the National Do Not Call Registry since 2007 (KRS 367.46994; AG): the federal register (US-DNC) covers it.",
    "The 10 a.m. start rests on compliance vendors' summaries; the items of KRS 367.46955 that were read (1)–(7) do not show it. The stricter reading is taken.",
    "Automated calling equipment is allowed only between 8 a.m. and 9 p.m. (KRS 367.461(2)(e)): the federal window, not repeated.",
    "The consent rule is dated from 14 July 1992: KRS 367.463, the consent that KRS 367.461(2)(a) points to, was 'Created 1992 Ky. Acts ch. 32, sec. 2, effective July 14, 1992' (its history line on lawserver.com and legalfix.com, statute copies, checked 2026-12-04). KRS 367.461's own history line was not seen; the written-consent condition cannot predate § 367.463.",
    "Cautious: KRS 367.463(1) also lets a person consent to a single automated call when a live operator introduces it or by a keypad response; only a written consent (§ 367.463(2)) is accepted here.",
    "US-KY-HOURS carries no start: KRS 367.46955 was amended in 2002 (02RS HB 47: zero call list, prerecorded-voice ban, legislature.ky.gov record) and later (VoIP), but where the 10 a.m. start comes from, and since when, was not found (checked 2026-12-04). In force since ever, the strict reading.",
  ],
  hours: [
    {
      key: "HOURS",
      description: "Telephone solicitations only between 10 a.m. and 9 p.m. local time.",
      law: "KRS 367.46955",
      section: "KRS 367.46955",
      url: KRS46955,
      evidence: "secondary",
      windows: [{ from: "10:00", until: "21:00" }],
    },
  ],
  consent: [
    {
      key: "AUTOMATED-CONSENT",
      description:
        "Automated calling equipment (selects or dials numbers and plays recorded messages) may be used for advertising only with the called person's consent as KRS 367.463 specifies (written consent).",
      law: "KRS 367.461, 367.463",
      section: "KRS 367.461(2)(a), 367.463",
      url: KRS461,
      quote: "The person receiving the call consents to it, as specified in KRS 367.463",
      evidence: "statute-copy",
      from: "1992-07-14",
      channels: ["voice"],
      automated: true,
      methods: ["written"],
    },
  ],
});
