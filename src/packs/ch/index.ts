import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const UWG = "Bundesgesetz gegen den unlauteren Wettbewerb (UWG, SR 241)";
const UWG_URL = "https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/de";
const BAKOM_URL =
  "https://www.bakom.admin.ch/bakom/de/home/telekommunikation/nuetzliche-infos/spam-spamming-spammer/wann-ist-der-massenversand-erlaubt.html";

/**
 * Switzerland: mass advertising by telecommunication (e-mail, SMS, automated calls) needs the
 * customers' prior consent, with the exception for the sender's own similar products offered to
 * customers who were told they could refuse (UWG art. 3 para. 1 lit. o); live advertising calls
 * need no consent but may not reach a number marked with the directory asterisk, or a number not
 * in the directory at all, unless the person is a customer of the caller or consented (lit. u).
 *
 * @see https://www.bakom.admin.ch/bakom/de/home/telekommunikation/nuetzliche-infos/spam-spamming-spammer/wann-ist-der-massenversand-erlaubt.html
 */
export const CH = definePack({
  code: "CH",
  name: "Switzerland",
  jurisdictions: ["CH"],
  notes: [
    "Dates in force are each rule's `from` (local midnight in Bern), moved there on 2026-12-04 from the rule's section, where they were given since 2026-12-02. Re-checked 2026-12-04: lit. o (the revised Fernmeldegesetz with the spam ban) in force 1 April 2007 (kleinreport.ch and itreseller.ch of 1–2 April 2007); lit. u (Sterneintrag) in force 1 April 2012 (legalis.ch, sic! report on the SLK guideline; SECO quoted on community.swisscom.ch). The sender rules `CH-UWG-3-1-O-ABSENDER*` are lit. o's second requirement and share its date.",
    "lit. o speaks of mass advertising ('Massenwerbung'); every marketing e-mail or SMS is treated as mass advertising (cautious). It names no consumer or business distinction: it applies to business customers too.",
    "The sender must give its correct identity and point to an easy, free way to refuse in every message (lit. o; `CH-UWG-3-1-O-ABSENDER`, and `-AUTOMATED` for automated calls): the engine reads the message facts `senderIdentified` and `optOut` (unknown: fact.missing; state them once in the policy's messageDefaults). Wording of lit. o from digilaw.ch and a summary of the IT-Recht Kanzlei (secondary), checked 2026-12-04. Every marketing message is treated as mass advertising (cautious).",
    "Automated calls (a machine speaks) count as mass advertising by telecommunication and need consent (BAKOM: 'Bei Telefonwerbung muss das Gespräch immer von einem Menschen geführt werden').",
    "The asterisk ('Sterneintrag', Art. 88 FDV) is modelled as the register `CH-STERNEINTRAG`. Since 1 January 2021 a person without a directory entry is treated like one with an entry and an asterisk (BAKOM; lit. u as amended by the revision of the telecommunications law): give `listed: true` for a number that is marked with the asterisk or not in the directory at all. No re-check period is set in law: a check at most 30 days old is required (assumption).",
    "An existing customer relationship overrides the asterisk (lit. u: only persons 'mit denen er in keiner Geschäftsbeziehung steht'; Beobachter: existing or former customers may be called). The law sets no time limit; the pack reads it as a purchase within 365 days (cautious). A consent to the caller overrides it too (SECO).",
    "The wording of lit. o is read from digilaw.ch and BAKOM, and the 2021 wording of lit. u from BAKOM and vischer.com (1 December 2020); the fedlex text was not opened (secondary for the exact wording).",
    "Left out: lit. v (advertising calls only from a number listed in the directory that the caller may use) and lit. w (no use of information from unlawful calls): facts of the sender the engine cannot see. No calling hours are set in law; addressed mail is outside lit. u (the asterisk covers telephone only, SLK guideline of 7 November 2012).",
  ],
  policy: {
    requiredFacts: [
      {
        id: "CH-UWG-3-1-O-ABSENDER",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "Mass advertising by e-mail or SMS must give the sender's correct identity and point to an easy, free way to refuse it.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        source: { law: UWG, section: "Art. 3 Abs. 1 lit. o", url: UWG_URL, checked: "2026-12-04" },
      },
      {
        id: "CH-UWG-3-1-O-ABSENDER-AUTOMATED",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "Automated advertising calls must give the caller's correct identity and point to an easy, free way to refuse them.",
        kinds: ["telephone"],
        automated: true,
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        source: { law: UWG, section: "Art. 3 Abs. 1 lit. o", url: UWG_URL, checked: "2026-12-04" },
      },
    ],
    consentRequirements: [
      {
        id: "CH-UWG-3-1-O",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "Mass advertising by telecommunication (e-mail, SMS) needs the customers' prior consent, consumer or business; the message must name the sender and offer a free refusal.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. o",
          url: BAKOM_URL,
          checked: CHECKED,
        },
      },
      {
        id: "CH-UWG-3-1-O-AUTOMATED",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "Automated advertising calls (recorded or machine-led) are mass advertising by telecommunication and need the customer's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. o",
          url: BAKOM_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "CH-UWG-3-1-O-KUNDEN",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "E-mail or SMS to a customer whose contact details were obtained in a sale, for the sender's own similar goods, works or services, if the customer was told at collection that they could refuse.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. o, second sentence",
          url: BAKOM_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "CH-UWG-3-1-U-CALLS",
        from: "2012-04-01T00:00:00+02:00",
        description:
          "Live advertising calls need no prior consent; the directory asterisk (and a number not in the directory) must be respected.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. u",
          url: UWG_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "CH-STERNEINTRAG",
        from: "2021-01-01T00:00:00+01:00",
        description:
          "No advertising call to a number marked with the asterisk in the telephone directory, or not listed there, unless the person is a customer of the caller (purchase within 365 days, cautious) or consented; a check at most 30 days old (assumption).",
        channels: ["voice"],
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        consentOverrides: true,
        existingCustomerOverrides: "P365D",
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. u (as amended; unlisted numbers equal to marked ones)",
          url: BAKOM_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
