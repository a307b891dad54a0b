import { defineState } from "../state.js";

const MS723 =
  "https://www.dnc.com/blog/no-more-holidays-mississippi-marketers-magnolia-state-lifts-prohibition-telemarketing-legal";
const MS707 =
  "https://cliclaw.com/library/state-laws/mississippi/mississippi-telephone-solicitation-act-miss-code-ann-%C2%A7-77-3-701-%E2%80%94-77";

/** Mississippi: calls and texts 8 a.m.–8 p.m. Central Standard Time, none on Sundays; the Mississippi no-call list. */
export const MS = defineState({
  code: "US-MS",
  name: "Mississippi",
  notes: [
    "In force from 1 July 2003: the Mississippi Telephone Solicitation Act (Laws 2003, ch. 478), per the Public Service Commission (psc.state.ms.us/nocall/nocall.html, checked 2026-12-04).",
    "The statute says Central Standard Time. During daylight saving time 8 a.m. CST is 9 a.m. local and 8 p.m. CST is 9 p.m. local; the window valid under both readings is 9 a.m.–8 p.m. local, used all year (cautious: it gives up 8–9 a.m. in winter).",
    "Holidays: the ban on legal holidays was in the PSC's rule 39 Miss. Admin. Code Pt. I R. 1:28, repealed after enforcement moved to the Attorney General (2023 HB 1225); the AG's office confirmed Sunday calls are banned but holiday calls are not (a compliance vendor's account, secondary). No holiday rule.",
    "Texts are telephone solicitations (§ 77-3-705(d), 2023). The no-call list's update period was not read; one secondary source says it must be obtained monthly: a check older than 31 days counts as stale (cautious). Searched again on 2026-12-04: § 77-3-707 was read in a statute copy (legalfix.com): a solicitor may not call without having 'purchased the \"no-calls\" database' nor call a consumer who 'has given notice ... of his or her objection to receiving telephone solicitations' (subsections (1)–(2)); the statute sets no update period, which is left to the regulator's rules (§ 77-3-715; the PSC's rules and, since 2023 HB 1225, the Attorney General's were not read). A consumer guide (legalclarity.org) says a registration takes effect about two months after it is made. 31 days is kept as the cautious reading. The list includes the Mississippi part of the national registry (§ 77-3-717).",
    "Left out: recorded-message calls only with an established business relationship (§ 77-3-723(2)); the federal written-consent rule applies.",
  ],
  hours: [
    {
      key: "HOURS",
      description:
        "Telephone solicitations only between 8 a.m. and 8 p.m. Central Standard Time (9 a.m.–8 p.m. local all year, cautious); none on a Sunday.",
      law: "Miss. Code Ann. § 77-3-723",
      section: "§ 77-3-723(1)",
      url: MS723,
      quote:
        "may only be made between the hours of 8:00 a.m. and 8:00 p.m. Central Standard Time. No telephone solicitations may be made on a Sunday.",
      evidence: "statute-copy",
      from: "2003-07-01",
      windows: [
        { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", until: "20:00" },
      ],
    },
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No telephone solicitation to a number on Mississippi's no-call list (with the Mississippi part of the national registry); an express invitation exempts.",
      law: "Miss. Code Ann. §§ 77-3-707, 77-3-717",
      section: "§ 77-3-707, § 77-3-717",
      url: MS707,
      evidence: "statute-copy",
      from: "2003-07-01",
      maxAge: "P31D",
      consentOverrides: true,
    },
  ],
});
