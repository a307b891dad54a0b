import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const AU_CORE = definePack({
  code: "AU",
  name: "Australia",
  jurisdictions: ["AU"],
  notes: [],
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

/**
 * Australia, with its notes (`./notes.ts`): what `consentry/packs/au` and `consentry/packs`
 * export. The rules are `AU_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const AU = /* @__PURE__ */ withNotes(AU_CORE, NOTES);
