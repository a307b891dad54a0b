import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-11-23";
const SVPL = "Laki sähköisen viestinnän palveluista (917/2014)";
const SVPL_URL = "https://www.finlex.fi/fi/laki/ajantasa/2014/20140917";

/**
 * Finland, laki sähköisen viestinnän palveluista: prior consent for electronic direct marketing
 * and automated calls to natural persons, with the existing-customer exception (200 §); other
 * direct marketing to natural persons allowed unless refused, screened against the industry's
 * restriction services, and no telephone marketing of mobile subscriptions to consumers other than
 * the operator's own customers (201 §); electronic direct marketing to legal persons allowed unless
 * they refused (202 §).
 *
 * @see https://www.finlex.fi/fi/laki/ajantasa/2014/20140917
 */
export const FI = definePack({
  code: "FI",
  name: "Finland",
  jurisdictions: ["FI"],
  notes: [
    "ePrivacy Art. 13(4) (FI-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Finland without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision in the Laki sähköisen viestinnän palveluista (917/2014) and its predecessor: not found (Finlex was reached only at the repealed Act 516/2004); the rule stays on the directive.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; FI-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Read through the Competition and Consumer Authority's (KKV) pages on direct marketing and telephone sales, a thesis citing 200 § 1 mom., HE 35/2024, RP 4/2015, GrUU 6/2012 and the ministry's notices on the mobile-subscription ban, the Data Protection Ombudsman's 2007 guidance on the predecessor law, and consumer pages on ASML's restriction services; Finlex was not opened, so no section is quoted verbatim from the official text.",
    "A `business` customer is read as a legal person. A sole trader, and a named work address (etunimi.sukunimi@yritys.fi) unless the message concerns the person's work role, are natural persons: enter them as `consumer` (the default).",
    "Automated calls need consent from business customers too (cautious: 202 § probably puts legal persons on an opt-out basis for every method of 200 § 1 mom., which was not confirmed).",
    "The mobile-subscription telephone ban applies to messages with category `mobile-subscription`; a customer who bought that category is the operator's own customer. The consumer's express request also lifts the ban by law, but a rule cannot read the consent ledger, so it is not modelled (cautious).",
    "The restriction services (Puhelintarjonnan rajoituspalvelu, formerly Puhelin-Robinson, and the addressed-mail service) are self-regulation run by the industry association; a listing is read as a refusal. A listing takes effect within a month; a check at most 30 days old is required (cautious). No exception for existing customers is modelled.",
    "No period is set for the existing-customer exception; a purchase within two years is required (cautious, as in the NO pack).",
    "Left out: the written confirmation of consumer contracts made by telephone (kuluttajansuojalaki 6 luku, since 1 January 2023: a contract rule, not a send rule) and the opt-out notice each message must carry (message content).",
    "Dates in force (each rule's `from`, local midnight in Helsinki; checked 2026-12-04): Act 917/2014 (then tietoyhteiskuntakaari) is in force from 1 January 2015 (Finlex, the repealed Act 516/2004: 'kumottu L:lla 7.11.2014/917, joka on voimassa 1.1.2015 alkaen'). The mobile-subscription ban (`FI-SVPL-201-MOBIILI`) is dated from its permanent wording, 1 July 2024 (HE 35/2024 on edilex.fi: the first Act in force 1.7.2024); it ran as temporary provisions before (first from 1 August 2012 under the Communications Market Act, lvm.fi; renewed to 1 July 2024, valtioneuvosto.fi 15 April 2021), whose continuity is not confirmed and which are not encoded. `FI-EPRIVACY-13-4` is dated from Act 917/2014's start.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("FI-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("FI-EPRIVACY-13-4", { from: "2015-01-01T00:00:00+02:00" })],
    consentRequirements: [
      {
        id: "FI-SVPL-200",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Direct marketing to a natural person by e-mail, text, voice, sound or image message, fax or automated calling system needs their prior consent.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: SVPL, section: "200 § 1 mom.", url: SVPL_URL, checked: CHECKED },
      },
      {
        id: "FI-SVPL-200-AUTOMATED",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Automated calling systems (robottipuhelut) need the recipient's prior consent, business customers included (cautious).",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: { law: SVPL, section: "200 § 1 mom.", url: SVPL_URL, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "FI-SVPL-200-2",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Electronic direct marketing to a customer whose contact details were obtained in a sale, about the seller's own similar products, with a clear free opt-out at collection and in every message; purchase within two years (cautious).",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P730D",
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: SVPL, section: "200 § 2 mom.", url: SVPL_URL, checked: CHECKED },
      },
    ],
    optOut: [
      {
        id: "FI-SVPL-202",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Electronic direct marketing (e-mail, SMS) to a legal person is allowed unless it refused; each message must offer a free opt-out.",
        kinds: ["electronic"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: { law: SVPL, section: "202 §", url: SVPL_URL, checked: CHECKED },
      },
      {
        id: "FI-SVPL-201",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "Direct marketing by live call or addressed mail needs no prior consent; a natural person who refused it may not be approached.",
        kinds: ["telephone", "mail"],
        automated: false,
        purposes: ["marketing"],
        source: { law: SVPL, section: "201 §", url: SVPL_URL, checked: CHECKED },
      },
    ],
    registers: [
      {
        id: "FI-ROBINSON-PUHELIN",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "No marketing call to a consumer listed in the telephone restriction service (Puhelin-Robinson, industry self-regulation), checked at most 30 days before (cautious); consent excepts.",
        kinds: ["telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P30D",
        consentOverrides: true,
        source: { law: SVPL, section: "201 §", url: SVPL_URL, checked: CHECKED },
      },
      {
        id: "FI-ROBINSON-POSTI",
        from: "2015-01-01T00:00:00+02:00",
        description:
          "No addressed marketing mail to a consumer listed in the addressed-mail restriction service (Posti-Robinson, industry self-regulation), checked at most 30 days before (cautious); consent excepts.",
        kinds: ["mail"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P30D",
        consentOverrides: true,
        source: { law: SVPL, section: "201 §", url: SVPL_URL, checked: CHECKED },
      },
    ],
    rules: [
      {
        id: "FI-SVPL-201-MOBIILI",
        from: "2024-07-01T00:00:00+03:00",
        description:
          "No telephone marketing of mobile subscriptions (category `mobile-subscription`) to a consumer who is not already the operator's mobile customer.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        when: {
          all: [
            { field: "message.category", op: "eq", value: "mobile-subscription" },
            {
              not: {
                field: "customer.relationship.purchasedCategories",
                op: "contains",
                value: "mobile-subscription",
              },
            },
          ],
        },
        source: {
          law: SVPL,
          section: "201 § (made permanent by HE 35/2024, from 1.7.2024)",
          url: SVPL_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
