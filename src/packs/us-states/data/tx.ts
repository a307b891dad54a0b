import { defineState } from "../state.js";

const BC301 = "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.301.htm";
const BC304 = "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.304.htm";

/** Texas: Monday–Saturday 9 a.m.–9 p.m., Sunday noon–9 p.m.; the Texas no-call list; texts are telephone solicitations from 1 September 2025 (SB 140). */
export const TX = defineState({
  code: "US-TX",
  name: "Texas",
  notes: [
    "§§ 301.051 and 304.051–304.052 are in force from 1 April 2009, the nonsubstantive recodification (Acts 2007, 80th Leg., ch. 885 (H.B. 2278), § 2.01; credit line of § 304.051 on instalawyer/casetext, checked 2026-12-04; § 301.051's own credit line was not read). Like duties stood before in former Bus. & Com. Code chapter 37 (§ 37.02, permissible hours; Acts 1991, ch. 494, eff. 1 January 1992) and chapters 43 and 44 (the no-call list from H.B. 472, Acts 2001, ch. 1429): not modelled before 2009.",
    "§ 301.051's words were not read: searched again on 2026-12-04, instalawyer.io lists it as 'Sec. 301.051. TELEPHONE SOLICITATION REQUIREMENTS. (a) This section does not...' but no excerpt reaches its hours; former § 37.02 ('SOLICITOR IDENTITY; PERMISSIBLE HOURS; DISCONNECT', 2005 code on law.justia.com) is cut off before its hours too. A public code repository's state table (found 2026-12-04) says it read § 301.051 on statutes.capitol.texas.gov (via an archive) and texas.public.law: the hours are in § 301.051(b)(2) and bind a 'consumer telephone call', 'an unsolicited call made to a residential telephone number' for a consumer good or service (§ 301.001(4)); the engine applies them to every marketing call (cautious). The hours (Monday–Saturday 9 a.m.–9 p.m., Sunday noon–9 p.m.) stay as encoded, on secondary sources.",
    "The hours are read in the recipient's own zone (El Paso and Hudspeth counties are on Mountain time); a customer with no zone is held to both Texas zones.",
    "The Texas no-call list (quarterly, 1 January, 1 April, 1 July, 1 October) includes the Texas part of the National Do Not Call Registry; a check older than a quarter (92 days) counts as stale, although § 304.052 allows 60 days after each publication (cautious).",
    "The established-business-relationship exemption of § 304.004(2) states no time limit; the federal 18 months (546 days) is used (cautious). The one-year rule for a terminated relationship is not modelled.",
    "SB 140 (in force 2025-09-01) makes texts 'telephone solicitations' (chapters 302 and 304); the November 2025 settlement that exempts consent-based texts from chapter 302 registration does not touch hours or the no-call list. Registration with the Secretary of State (chapter 302) is a duty of the sender, not modelled.",
  ],
  hours: [
    {
      key: "HOURS",
      description:
        "Telephone solicitation calls only Monday to Saturday 9 a.m.–9 p.m. and Sunday noon–9 p.m. at the called person's location.",
      law: "Tex. Bus. & Com. Code § 301.051",
      section: "§ 301.051",
      url: BC301,
      evidence: "secondary",
      from: "2009-04-01",
      channels: ["voice"],
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", until: "21:00" },
        { days: ["sun"], from: "12:00", until: "21:00" },
      ],
    },
    {
      key: "HOURS-SMS",
      description:
        "Marketing texts are telephone solicitations from 1 September 2025: Monday to Saturday 9 a.m.–9 p.m., Sunday noon–9 p.m.",
      law: "Tex. Bus. & Com. Code § 301.051, as extended to texts by SB 140 (89th Leg., 2025)",
      section: "§ 301.051; SB 140 § 1",
      url: BC301,
      evidence: "secondary",
      from: "2025-09-01",
      channels: ["sms"],
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", until: "21:00" },
        { days: ["sun"], from: "12:00", until: "21:00" },
      ],
    },
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No telemarketing call to a number on the current Texas no-call list (published quarterly, including the Texas part of the national registry); a consumer's own request or an established business relationship exempts.",
      law: "Tex. Bus. & Com. Code §§ 304.004, 304.051–304.052",
      section: "§ 304.051 (quarterly list), § 304.052 (no calls), § 304.004(1)–(2) (exemptions)",
      url: BC304,
      quote: "updated and published on January 1, April 1, July 1, and October 1 of each year",
      evidence: "statute-copy",
      from: "2009-04-01",
      maxAge: "P92D",
      consentOverrides: true,
      existingCustomerOverrides: "P546D",
    },
  ],
});
