import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-11-23";
const CHECKED_DATES = "2026-12-02";
/** Marknadsföringslagen (2008:486) in force. */
const MFL_START = "2008-07-01T00:00:00+02:00";
/** The NIX rules of 1 July 2017 (time-limited consents to be called despite a listing). */
const NIX_2017 = "2017-07-01T00:00:00+02:00";
const MFL = "Marknadsföringslag (2008:486)";
const MFL_URL =
  "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/marknadsforingslag-2008486_sfs-2008-486/";

/**
 * Sweden, marknadsföringslagen: prior consent for e-mail, SMS, fax and automated calls to natural
 * persons, with the existing-customer exception (19 §); legal persons on an opt-out basis; other
 * individual distance communication (live calls, addressed mail) to a natural person allowed
 * unless the person clearly objected (21 §), which a listing in NIX-Telefon or NIX adresserat is
 * taken to be.
 *
 * @see https://lagen.nu/2008:486
 */
export const SE = definePack({
  code: "SE",
  name: "Sweden",
  jurisdictions: ["SE"],
  notes: [
    "Marknadsföringslagen (SE-EPRIVACY-13-4): 'det ska tydligt framgå vem som svarar för marknadsföringen' (9 § andra stycket, sändarangivelse; read through the wording of its predecessor, 5 § 2 st. of the 1995 Act, in SvJT 1999 s. 846, and theses that cite the 2008 Act's '9 § 2 st.', secondary), and a marketing e-mail must always carry a valid address to which the recipient can send a request that the marketing stop (par.se's summary of the e-mail rules, secondary; the paragraph of the 2008 Act that holds this duty was not confirmed — riksdagen.se and lagen.nu were reached only at the Act's opening, checked 2026-12-04). Every marketing e-mail and SMS names who is responsible for it and carries a valid opt-out address. Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference for the address duty.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; SE-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Read through Konsumentverket's explanation of 19 § (quoted by expowera.se), IAB Sverige, Wistrand, NIX-Telefon's and Swedma's pages on 21 § and the NIX-nämnden statements; riksdagen.se and lagen.nu were not opened, so no section is quoted verbatim from the official text.",
    "The consent rule is 19 § (Konsumentverket, IAB Sverige 2020); one 2009 article numbers it 20 §, read as an error or a draft numbering.",
    "A `business` customer is read as a legal person. A sole trader (enskild firma) is a natural person: enter such customers as `consumer` (the default), and so for an e-mail address that names a person unless the message is addressed to their professional role.",
    "NIX-Telefon and NIX adresserat are self-regulation (registers run by the industry, rules agreed with Konsumentverket); a listing counts as a clear objection under 21 § (NIX-nämnden). They cover consumers only.",
    "How old a NIX check may be was not confirmed (NIX says a listing may take up to two, in older rules three, months to reach every company); a check at most 30 days old is required (cautious).",
    "NIX excepts an established customer relationship: a contract (`relationship.contracts`) whose type is the message's category, running or ended at most 12 months ago (the contract's obligations fulfilled), read as 365 days (cautious). The 12-month tail rests on the NIX rules as summarised in the brief and earlier notes; NIX-nämnden's statement of 2025-10-31 (Dnr 25-164) confirms the contract and same-type conditions, not the length.",
    "A consumer's consent to be called by a named company despite NIX is limited in time since the rules of 1 July 2017; press reports (2017, secondary) give three months, read as 90 days (cautious); the current figure was not confirmed. Searched again 2026-12-04: Skaraborgs Läns Tidning (on the rules from 1 July 2017) «Medgivandet gäller dessutom bara i tre månader, sedan upphör det automatiskt, om telefonabonnemanget är nixat»; nixtelefon.org's consent section was reached only at its opening.",
    "The start date of the marketing act (1 July 2008) is from knowledge, not re-checked.",
    "No period is set for the existing-customer exception; a purchase within two years is required (cautious, as in the NO pack).",
    "Automated calls need consent from business customers too (cautious: 19 § names natural persons only).",
    "Left out: the valid opt-out address each marketing e-mail must carry (message content, not a send rule); the written confirmation of contracts made in a sales call the trader initiated (lag (2005:59) om distansavtal, since 1 September 2018: a contract rule); NIX's industry calling hours and its rule on calls to mobile numbers (self-regulation).",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("SE-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("SE-EPRIVACY-13-4", {
        source: {
          law: MFL,
          section:
            "9 § andra stycket (sändarangivelse) and the valid-address duty for e-mail (its paragraph not confirmed)",
          url: MFL_URL,
          checked: "2026-12-04",
        },
        from: MFL_START,
      }),
    ],
    consentRequirements: [
      {
        id: "SE-MFL-19",
        from: MFL_START,
        description:
          "Marketing to a natural person by electronic mail (e-mail, SMS), fax or automated calling system needs their prior consent.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: MFL, section: "19 § första stycket", url: MFL_URL, checked: CHECKED },
      },
      {
        id: "SE-MFL-19-AUTOMATED",
        from: MFL_START,
        description:
          "Automated calling systems without human intervention (uppringningsautomater) need the recipient's prior consent, business customers included (cautious).",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: { law: MFL, section: "19 § första stycket", url: MFL_URL, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "SE-MFL-19-KUND",
        from: MFL_START,
        description:
          "Electronic mail to a customer whose address was obtained in a sale, about the trader's own similar products, with a clear free opt-out at collection and in every message; purchase within two years (cautious).",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P730D",
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: MFL, section: "19 § andra stycket", url: MFL_URL, checked: CHECKED },
      },
    ],
    optOut: [
      {
        id: "SE-MFL-19-JURIDISK",
        from: MFL_START,
        description:
          "19 § protects natural persons only: marketing e-mail and SMS to a legal person need no prior consent (an opt-out address is still required).",
        kinds: ["electronic"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: { law: MFL, section: "19 § första stycket", url: MFL_URL, checked: CHECKED },
      },
      {
        id: "SE-MFL-21",
        from: MFL_START,
        description:
          "Live calls and addressed mail need no prior consent; they may not be used towards a natural person who clearly objected to the method.",
        kinds: ["telephone", "mail"],
        automated: false,
        purposes: ["marketing"],
        source: { law: MFL, section: "21 §", url: MFL_URL, checked: CHECKED },
      },
    ],
    registers: [
      {
        id: "SE-NIX-TELEFON",
        from: NIX_2017,
        description:
          "No marketing call to a consumer whose number is in NIX-Telefon (an industry register; a listing is a clear objection), checked at most 30 days before (cautious); excepted: a contract of the same type of goods or services, running or ended within 12 months, and the consumer's consent to this caller for 90 days after it was given.",
        kinds: ["telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P30D",
        consentOverrides: true,
        consentOverridesWithin: "P90D",
        contractOverrides: { endedWithin: "P365D" },
        source: {
          law: MFL,
          section:
            "21 §; NIX-Telefon rules (established customer relationship, time-limited consent)",
          url: MFL_URL,
          checked: CHECKED_DATES,
        },
      },
      {
        id: "SE-NIX-ADRESSERAT",
        from: MFL_START,
        description:
          "No addressed marketing mail to a consumer listed in NIX adresserat (an industry register; a listing is a clear objection), checked at most 30 days before (cautious); consent excepts.",
        kinds: ["mail"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P30D",
        consentOverrides: true,
        source: { law: MFL, section: "21 §", url: MFL_URL, checked: CHECKED },
      },
    ],
  },
});
