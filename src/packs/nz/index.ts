import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const UEMA = "Unsolicited Electronic Messages Act 2007 (NZ, 2007 No 7)";
const UEMA_URL = "https://www.legislation.govt.nz/act/public/2007/0007/latest/";
const DIA_URL = "https://www.dia.govt.nz/Spam-Frequently-Asked-Questions";
const MA = "Marketing Association (NZ) Telemarketing Code of Practice (self-regulation)";
const MA_URL = "https://www.marketing.org.nz/";

/**
 * New Zealand: commercial electronic messages (e-mail, TXT, instant messages) need consent,
 * express or inferred from the relationship (UEMA 2007 ss. 4, 9); the Act does not cover voice
 * telemarketing, which is opt-out, held here to the Marketing Association code's hours (no calls
 * on Sundays or public holidays, 08:00–21:00 otherwise).
 *
 * @see https://www.legislation.govt.nz/act/public/2007/0007/latest/
 */
export const NZ = definePack({
  code: "NZ",
  name: "New Zealand",
  jurisdictions: ["NZ"],
  notes: [
    "Dates in force are each rule's `from` (local midnight in Wellington), moved there on 2026-12-04 from the rule's section, where they were given since 2026-12-02. Re-checked 2026-12-04: the Act came into effect on 5 September 2007 (Actrix Online Informer, October 2007; legislation.govt.nz gives the commencement in s 2), which dates ss 9–11 (`NZ-UEMA-10-11` too). The Marketing Association's Telemarketing Code hours and holidays (`NZ-MA-CODE-HOURS`, `NZ-MA-CODE-HOLIDAYS`) are left undated: a version 'reviewed and updated on 1 November 2010' exists (docplayer.net copy) but whether that version carries these hours, and when the current version began, was not found. Searched again on 2026-12-04 (pages, docs and code corpora): no text or commencement date of the code's calling-hours clause was found, so both stay undated (they bind at every instant, the stricter reading).",
    "Consent (s. 4) is express, inferred from the conduct and the business and other relationships of the persons concerned, or deemed from conspicuous publication of a work address. Inferred consent is read as the existing-customer basis named `implied`: the contact point obtained in a purchase, messages about products like those bought, within 365 days of the last purchase (the Act sets no limit; cautious). Deemed consent is not modelled: record it as a consent where it applies. DIA: a 'click here to unsubscribe' mail to a customer base cannot create consent.",
    "After the recipient uses the unsubscribe facility, consent is deemed withdrawn five working days later (s. 9(2)); the engine honours a withdrawal at once, which is stricter. Sender information (s. 10) and a functional unsubscribe facility (s. 11: clear, free, by the same method, valid for at least 30 days) are required of every commercial electronic message (`NZ-UEMA-10-11`): the engine reads the message facts `senderIdentified`, `optOut` and `optOutValidFor` (at least P30D; unknown: fact.missing; state them once in the policy's messageDefaults). Section 11 read on legislation.govt.nz (checked 2026-12-04); s. 10's heading, 'Commercial electronic messages must include accurate sender information', was read in the contents of the Act's reprint on legislation.govt.nz (as at 5 December 2013; checked 2026-12-04), and its purpose in s. 3: to 'require commercial electronic messages to include accurate information about the person who authorised the sending of the message and a functional unsubscribe facility' (a copy of the Act on nz.vlex.com and DIA's 'New Zealand spam law' page, secondary); the body of s. 10 (what the sender information must contain) was not read. Left out (cautious): s. 11(2), a contract whose terms are inconsistent with the facility.",
    "Voice telemarketing is outside the Act (DIA: it 'does NOT cover Internet pop-ups or voice telemarketing'): live calls are opt-out. Prerecorded calls are held to consent (cautious; not confirmed either way).",
    "There is no statutory do-not-call register; the Marketing Association's Do Not Call list is voluntary and binds members only, and is not modelled (a sender that uses it can add it as its own register).",
    "Calling hours come from the Marketing Association's Telemarketing Code of Practice, known only from secondary sources (a member's page quoting an older version of the code): no calls on Sundays or public holidays, and only 08:00–21:00 otherwise. They are self-regulation, applied here as the cautious reading. Found again on 2026-12-04: Amway New Zealand's compliance page for its sellers gives the same hours under the 'Telemarketing Code of Practice (NZ)' ('Calls cannot be made at all on public holidays or Sundays, or outside the hours of 8:00am – 9:00pm on weekdays and Saturdays'), without a date (secondary).",
  ],
  policy: {
    requiredFacts: [
      {
        id: "NZ-UEMA-10-11",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "A commercial electronic message must include accurate information about who authorised it and a functional, free unsubscribe facility valid for at least 30 days after it is sent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        optOutValidFor: "P30D",
        source: {
          law: UEMA,
          section: "ss 10, 11",
          url: "https://www.legislation.govt.nz/act/public/2007/0007/latest/DLM405207.html",
          checked: "2026-12-04",
        },
      },
    ],
    consentRequirements: [
      {
        id: "NZ-UEMA-9",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "Commercial electronic messages (e-mail, TXT, instant messages) with a New Zealand link need the recipient's consent, express or inferred, consumer or business; the sender bears the onus of proof.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: UEMA,
          section: "s. 9(1), (3), with s. 4 (consent)",
          url: UEMA_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NZ-PRERECORDED-CALLS",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "Prerecorded marketing calls are held to the recipient's consent (cautious: the Act's exclusion of voice telemarketing is read for live calls only).",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: UEMA,
          section: "s. 9 (scope; DIA guidance on voice telemarketing)",
          url: DIA_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "NZ-UEMA-4-INFERRED",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "Consent inferred from the business relationship: a contact point obtained in a purchase, messages about products like those bought, within 365 days of the last purchase (cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        basis: "implied",
        obtainedBy: ["purchase"],
        purchaseWithin: "P365D",
        similarProducts: true,
        optOutAtCollection: false,
        source: {
          law: UEMA,
          section: "s. 4(1)(a)(ii) (inferred consent; paragraph not confirmed)",
          url: UEMA_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "NZ-VOICE-OUTSIDE-UEMA",
        from: "2007-09-05T00:00:00+12:00",
        description:
          "Live telemarketing calls are outside the Unsolicited Electronic Messages Act and need no prior consent; a person who asked not to be called is not called.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: UEMA,
          section: "scope (DIA: the Act does not cover voice telemarketing)",
          url: DIA_URL,
          checked: CHECKED,
        },
      },
    ],
    windows: [
      {
        id: "NZ-MA-CODE-HOURS",
        description:
          "Telemarketing calls to consumers only Monday to Saturday, 08:00–21:00 local time; never on Sundays (industry code, cautious).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        windows: [
          { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "08:00", until: "21:00" },
        ],
        source: {
          law: MA,
          section: "calling hours (clause not confirmed; secondary sources)",
          url: MA_URL,
          checked: CHECKED,
        },
      },
    ],
    holidays: [
      {
        id: "NZ-MA-CODE-HOLIDAYS",
        description:
          "No telemarketing calls to consumers on public holidays (industry code, cautious).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: MA,
          section: "calling hours (clause not confirmed; secondary sources)",
          url: MA_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
