import { defineState } from "../state.js";

const R19158 = "https://app.leg.wa.gov/RCW/default.aspx?cite=19.158.040";
const R19190 = "https://app.leg.wa.gov/RCW/default.aspx?cite=19.190.070";
const R80 =
  "https://getpocketlaw.com/law/state_west_virginia/section-80-36-400-automatic-dialing-and-announcing-device-commercial-solicitation-by_80d1bfff913a";

/** Washington: calls 8 a.m.–8 p.m.; marketing texts only with clear, affirmative prior consent; no automatic dialing and announcing devices for sales. */
export const WA = defineState({
  code: "US-WA",
  name: "Washington",
  notes: [
    "RCW 19.190.060 (texts) comes from Laws 2003, ch. 137 (history on app.leg.wa.gov, checked 2026-12-04); its start, 27 July 2003, is the general 90-day effective date of that session's acts, not read in the session law.",
    "After a 'do not call' request a commercial telephone solicitor may not call that number for at least a year (RCW 19.158.110(2)): a withdrawal in the ledger blocks for good, which is stricter.",
    "RCW 80.36.400 (automatic dialing and announcing devices) was read on 2026-12-04 in a statute copy whose credit line is '[1986 c 281 § 2.]' alone, with the 1986 legislative finding; a 2007 bill (SSB 5276, lawfilesext.leg.wa.gov) amending 'RCW 80.36.400 and 1986 c 281 s 2' quotes the same subsection (2) and did not become law (the copy shows no later act). `US-WA-ADAD` stays undated: its start, the effective date of Laws 1986, ch. 281, was not read, and a 1986 date lies before the 1987 floor of the state dates (state.ts); undated, it binds at every instant, the stricter reading.",
    "Cautious: the automatic-dialing ban of RCW 80.36.400 is applied to every automated marketing call (the engine does not tell an autodialed live call from a prerecorded one).",
  ],
  hours: [
    {
      key: "HOURS",
      description:
        "No commercial telephone solicitation call received before 8 a.m. or after 8 p.m. at the recipient's local time.",
      law: "RCW 19.158.040",
      section: "RCW 19.158.040(2)",
      url: R19158,
      quote:
        "shall not place calls to any person which will be received before 8:00 a.m. or after 8:00 p.m. at the call recipient's local time",
      evidence: "primary",
      from: "2002-06-13",
      windows: [{ from: "08:00", until: "20:00" }],
    },
  ],
  consent: [
    {
      key: "CEMA-TEXT",
      description:
        "No commercial text message to a Washington resident's mobile number unless the subscriber clearly and affirmatively consented in advance (no existing-customer exception).",
      law: "RCW 19.190.060, 19.190.070 (Commercial Electronic Mail Act)",
      section: "RCW 19.190.060(1), 19.190.070(1)(b)",
      url: R19190,
      quote: "has clearly and affirmatively consented in advance to receive these text messages",
      evidence: "primary",
      from: "2003-07-27",
      channels: ["sms"],
      methods: ["written", "double-opt-in", "single-opt-in"],
    },
  ],
  bans: [
    {
      key: "ADAD",
      description:
        "No automatic dialing and announcing device for commercial solicitation calls to Washington numbers.",
      law: "RCW 80.36.400",
      section: "RCW 80.36.400(2)",
      url: R80,
      quote:
        "No person may use an automatic dialing and announcing device for purposes of commercial solicitation. This section applies to all commercial solicitation intended to be received by telephone customers within the state.",
      evidence: "statute-copy",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
