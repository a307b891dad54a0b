import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const TW = "Telecommunicatiewet";
const TW_URL = "https://wetten.overheid.nl/BWBR0009950/";
const CTM = "Code Telemarketing (Nederlandse Reclame Code; self-regulation endorsed by ACM)";
const CTM_URL = "https://www.reclamecode.nl/";

/**
 * The Netherlands: prior consent for automated calls, fax and electronic messages to anyone
 * (Telecommunicatiewet art. 11.7 lid 1) and, since 1 July 2021, for calls to natural persons (lid
 * 2), with the customer exception for similar products (calls: up to three years after the last
 * purchase, Code Telemarketing); calls to legal persons opt-out. The Bel-me-niet Register was
 * abolished on 1 July 2021.
 *
 * @see https://wetten.overheid.nl/BWBR0009950/
 */
export const NL = definePack({
  code: "NL",
  name: "Netherlands",
  jurisdictions: ["NL"],
  notes: [
    "ePrivacy Art. 13(4) (NL-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds the Netherlands without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; NL-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are given in each rule's section as '; in force from YYYY-MM-DD' until rules carry their own dates.",
    "Natural persons include sole traders, VOF, maatschap and ZZP'ers even when their number is in the KvK register: enter them as `consumer` (the default). A `business` customer is read as a legal person (BV, NV…), whose live calls stay opt-out (DMCC, DDMA: 'Telemarketing aan rechtspersonen is nog opt-out').",
    "The customer term for calls (at most three years after the end of the relationship) is self-regulation (Code Telemarketing, since 1 June 2020), stated as the rule by ACM's ConsuWijzer and press (tweakers.net, nu.nl); applied as a purchase within 1,095 days (cautious: the end of a contract is not known to the engine).",
    "The lid numbers of the customer exception and the B2B exception are read from DMCC/DDMA analyses of the 2021 text (secondary); lid 1 and lid 2 were confirmed in the memorie van toelichting (Kamerstukken 35 421) and DMCC's quote.",
    "The B2B exception for electronic addresses a business published for receiving such messages is not modelled: e-mail to a business needs consent (cautious).",
    "No register: the Bel-me-niet Register was abolished with the opt-in on 1 July 2021. The right to object in every call (recht van verzet) is a withdrawal in the ledger.",
    "Left out: calling hours of the Code Telemarketing (not confirmed); the caller-number rules (no anonymous calls, the number reachable for six months); charities' and political parties' own customer notions (donors, volunteers).",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("NL-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("NL-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "NL-TW-11-7-1-AUTOMATED",
        description:
          "Automated calls without human intervention for commercial, idealistic or charitable purposes need the end user's prior consent, consumer or business.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: TW,
          section: "art. 11.7 lid 1; in force from 2009-10-01",
          url: TW_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NL-TW-11-7-2",
        description:
          "Calls to natural persons for commercial, idealistic or charitable purposes need their prior consent (since 1 July 2021), except for customers (below).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: TW,
          section: "art. 11.7 lid 2 (Stb. 2021, 103); in force from 2021-07-01",
          url: TW_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NL-TW-11-7-1",
        description:
          "Unsolicited electronic messages (e-mail, SMS, WhatsApp) need the end user's prior consent, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: TW,
          section: "art. 11.7 lid 1; in force from 2009-10-01",
          url: TW_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "NL-TW-11-7-KLANT",
        description:
          "Electronic messages to a customer whose contact details were obtained in a sale, about the sender's own similar products, with a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: TW,
          section: "art. 11.7 (klantrelatie; lid number not confirmed); in force from 2009-10-01",
          url: TW_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NL-CTM-KLANTTERMIJN",
        description:
          "Live calls to a natural person who is or was a customer, about similar products, up to three years after the last purchase (the Code Telemarketing's customer term), with an opt-out offered.",
        channels: ["voice"],
        automated: false,
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P1095D",
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: CTM,
          section:
            "klanttermijn (art. 11.7 lid 2 with the customer exception); in force from 2021-07-01",
          url: CTM_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "NL-TW-11-7-2-RECHTSPERSOON",
        description:
          "Live calls to a legal person need no prior consent (lid 2 covers natural persons only); an objection (recht van verzet) blocks.",
        channels: ["voice"],
        automated: false,
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: TW,
          section: "art. 11.7 lid 2; in force from 2021-07-01",
          url: TW_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
