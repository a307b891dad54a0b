import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const SPAM = "Spam Act 2003 (Cth)";
const SPAM_URL = "http://classic.austlii.edu.au/au/legis/cth/consol_act/sa200366/sch2.html";
const DNCR = "Do Not Call Register Act 2006 (Cth)";
const DNCR_URL = "http://www.austlii.edu.au/au/legis/cth/consol_act/dncra2006201/s11.html";
const TIS =
  "Telecommunications (Telemarketing and Research Calls) Industry Standard 2017 (ACMA, under s. 125A Telecommunications Act 1997)";
const TIS_URL = "https://www.donotcall.gov.au/consumers/consumer-overview/industry-standards/";

/**
 * Australia: commercial electronic messages (e-mail, SMS, MMS, instant messages) need the
 * account-holder's consent, express or reasonably inferred from the business relationship
 * (Spam Act 2003 s. 16, Sch. 2); telemarketing calls need no consent but not to a number on the
 * Do Not Call Register unless the account-holder consented (DNCR Act 2006 s. 11), a wash at
 * most 30 days old; every telemarketing call only weekdays 09:00–20:00 and Saturdays
 * 09:00–17:00 in the recipient's local time, never on Sundays or national public holidays
 * (Industry Standard 2017).
 *
 * @see https://www.donotcall.gov.au/consumers/consumer-overview/industry-standards/
 */
export const AU = definePack({
  code: "AU",
  name: "Australia",
  jurisdictions: ["AU"],
  notes: [
    "Dates in force are each rule's `from` (local midnight in Canberra), moved there on 2026-12-04 from the rule's section, where they were given since 2026-12-02. Re-checked 2026-12-04: the Spam Act 2003 in full force on 10 April 2004 (Macquarie Journal of Business Law 2005, on austlii.edu.au), which dates ss 16–18 and Sch. 2 (`AU-SPAM-17-18` too); the Do Not Call Register prohibitions from 31 May 2007 (ACMA-era guidance quoted by brightlaw.com.au and cbcac.com.au); the 2007 industry standard repealed on 29 March 2017 by the 2017 standard (legislation.gov.au, F2007L00815).",
    "Inferred consent (Sch. 2 cl. 2(b): 'consent that can reasonably be inferred from the conduct and the business and other relationships') is read as the existing-customer basis named `implied`: the contact point obtained in a purchase, a message about products like those bought, the purchase within 365 days (the Act sets no time limit; cautious). Consent inferred from conspicuous publication of a work address (Sch. 2 cl. 4(2)) is not modelled: record it as a consent where it applies.",
    "A withdrawal through the unsubscribe facility must be honoured within five working days (Sch. 2); the engine honours a withdrawal at once, which is stricter. The message's identification (s. 17) and functional unsubscribe facility (s. 18), working for at least 30 days after the message, are required of every commercial e-mail and SMS (`AU-SPAM-17-18`): the engine reads the message facts `senderIdentified`, `optOut` and `optOutValidFor` (at least P30D; unknown: fact.missing; state them once in the policy's messageDefaults). Sections 17 and 18 read on AustLII, checked 2026-12-04: s. 17(1) asks that the message 'clearly and accurately identifies the individual or organisation who authorised the sending', includes accurate information about how to contact them, and that this information 'is reasonably likely to be valid for at least 30 days after the message is sent' (s. 17(1)(d)); the engine has no separate fact for the contact details' 30 days: a sender that states `senderIdentified: true` states that too. Left out (cautious): s. 18's exemption for designated commercial electronic messages (charities, government, political parties, education; Sch. 1) and for terms of a contract with the recipient (s. 18(3)).",
    "The Spam Act does not cover voice calls: live and prerecorded telemarketing calls are opt-out (`AU-DNCR-11-CALLS`), held to the Do Not Call Register and the Industry Standard. Designated telemarketing calls (charities, government bodies, political parties, educational and religious bodies; DNCR Act Sch. 1) are not told apart: every sender is held to the register (cautious).",
    "The register's consent exception (s. 11(2)) is a consent to the caller, express or inferred: an existing relationship overrides a listing within 365 days of the last purchase (cautious). An express consent that states no period lapses after three months (DNCR Act Sch. 2 cl. 3, as made; whether the clause is still in force was not confirmed): give such grants an `expiresAt` three months out.",
    "A wash result protects a call made within 30 days of it (s. 11(3)): a check at most 30 days old is required.",
    "Calling hours (Industry Standard 2017, from ACMA's donotcall.gov.au page; the section number of the standard was not opened): they bind every telemarketing call to an Australian number, registered or not, exempt callers included, in the recipient's local time. A customer with no time zone is held to the hours valid in every Australian zone (Lord Howe's half hour and Eucla included). The exception for a time the consumer explicitly agreed to is not modelled (cautious).",
    "'National public holidays' are read as the Australia-wide days of the holiday table (New Year's Day, Australia Day, Good Friday to Easter Monday, Anzac Day, Christmas and Boxing Day, with their substitute days); a customer with a state code (AU-NSW…) is also held to that state's holidays (cautious: the standard names national holidays only). The standard's own list was not opened.",
  ],
  policy: {
    requiredFacts: [
      {
        id: "AU-SPAM-17-18",
        from: "2004-04-10T00:00:00+10:00",
        description:
          "A commercial e-mail or SMS must clearly identify who authorised it, with accurate contact details, and carry a functional unsubscribe facility that works for at least 30 days after it is sent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        optOutValidFor: "P30D",
        source: {
          law: SPAM,
          section: "ss 17, 18",
          url: "http://classic.austlii.edu.au/au/legis/cth/consol_act/sa200366/s18.html",
          checked: "2026-12-04",
        },
      },
    ],
    consentRequirements: [
      {
        id: "AU-SPAM-16",
        from: "2004-04-10T00:00:00+10:00",
        description:
          "Unsolicited commercial electronic messages (e-mail, SMS, MMS, instant messages) with an Australian link need the account-holder's consent, express or inferred, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: SPAM,
          section: "s. 16 and Sch. 2 cl. 2",
          url: SPAM_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "AU-SPAM-SCH2-INFERRED",
        from: "2004-04-10T00:00:00+10:00",
        description:
          "Consent reasonably inferred from the business relationship: a contact point obtained in a purchase, messages about products like those bought, within 365 days of the last purchase (cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        basis: "implied",
        obtainedBy: ["purchase"],
        purchaseWithin: "P365D",
        similarProducts: true,
        optOutAtCollection: false,
        source: {
          law: SPAM,
          section: "Sch. 2 cl. 2(b)",
          url: SPAM_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "AU-DNCR-11-CALLS",
        from: "2007-05-31T00:00:00+10:00",
        description:
          "Telemarketing calls need no prior consent (the Spam Act does not cover voice calls); the Do Not Call Register and the calling hours apply instead.",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: DNCR,
          section: "s. 11",
          url: DNCR_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "AU-DNCR",
        from: "2007-05-31T00:00:00+10:00",
        description:
          "No telemarketing call to a number on the Do Not Call Register unless the account-holder consented (an existing relationship within 365 days counts, cautious); a wash at most 30 days old.",
        channels: ["voice"],
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        consentOverrides: true,
        existingCustomerOverrides: "P365D",
        source: {
          law: DNCR,
          section: "s. 11(1)–(3)",
          url: DNCR_URL,
          checked: CHECKED,
        },
      },
    ],
    windows: [
      {
        id: "AU-TIS-2017-HOURS",
        from: "2017-03-29T00:00:00+11:00",
        description:
          "Telemarketing calls only on weekdays 09:00–20:00 and Saturdays 09:00–17:00 in the recipient's local time; never on Sundays.",
        channels: ["voice"],
        purposes: ["marketing"],
        windows: [
          { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "20:00" },
          { days: ["sat"], from: "09:00", until: "17:00" },
        ],
        source: {
          law: TIS,
          section:
            "calling times (section not confirmed; s. 5 'Prohibited calling times' in the 2007 standard it replaced; the hours confirmed on ACMA's donotcall.gov.au industry-standards page, 2026-12-04; the date in force is when the 2007 standard was repealed and the 2017 one replaced it)",
          url: TIS_URL,
          checked: CHECKED,
        },
      },
    ],
    holidays: [
      {
        id: "AU-TIS-2017-HOLIDAYS",
        from: "2017-03-29T00:00:00+11:00",
        description:
          "No telemarketing calls on national public holidays (and, cautious, the state holidays of a customer with a state code).",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: TIS,
          section:
            "calling times (section not confirmed; s. 5 'Prohibited calling times' in the 2007 standard it replaced; the hours confirmed on ACMA's donotcall.gov.au industry-standards page, 2026-12-04; the date in force is when the 2007 standard was repealed and the 2017 one replaced it)",
          url: TIS_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
