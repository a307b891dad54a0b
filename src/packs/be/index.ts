import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const CDE = "Code de droit économique / Wetboek van economisch recht";
const CDE_URL = "https://www.ejustice.just.fgov.be/";
const AR =
  "Arrêté royal du 4 avril 2003 visant à réglementer l'envoi de publicités par courrier électronique";
const AR_URL = "https://www.etaamb.be/fr/arrete-royal-du-04-avril-2003_n2003011238.html";
const DNCM_URL = "https://www.dncm.be/";

/**
 * Belgium: prior consent for advertising by e-mail and SMS (CDE art. XII.13) with the customer
 * exception (AR 4 April 2003); prior consent for automated calls; other telephone direct marketing
 * allowed unless the subscriber objected (art. VI.110), the "Ne m'appelez plus / Bel-me-niet-meer"
 * list recording a general objection, for customers too; a consent dated after the listing counts.
 *
 * @see https://www.dncm.be/
 */
export const BE = definePack({
  code: "BE",
  name: "Belgium",
  jurisdictions: ["BE"],
  notes: [
    "Art. XII.13 CDE with the arrêté royal of 4 April 2003 (BE-EPRIVACY-13-4): every advertising e-mail must tell the recipient of their right to object to further advertising and give them the means to exercise it; a request must be acknowledged within a reasonable time and the sender must keep its opt-out lists up to date (actualitesdroitbelge.be's summary of art. XII.13 and the AR, secondary, checked 2026-12-04). Every marketing e-mail and SMS carries a working opt-out. That the advertising names the person on whose behalf it is sent is not confirmed in Book XII: the SPF Economie says so for advertising by other techniques (art. VI.110 CDE, 'l'identité de l'entreprise, au nom de laquelle la communication est faite, ne peut être dissimulée', economie.fgov.be, official); for e-mail it rests on the directive (ePrivacy Art. 13(4), the secondary reference), which binds Belgium without exception or option. The acknowledgment of opt-outs asks more than the directive and is not checked (a sender must). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; BE-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are each rule's `from` (local midnight in Brussels), moved there on 2026-12-04 from the rule's section, where they were given since 2026-12-02; the date of the AR of 4 April 2003 is that of its publication (Moniteur belge, 28 May 2003). Re-checked 2026-12-04: Book VI of the Code in force 31 May 2014 (nl.wikipedia, Wetboek van economisch recht; dncm.be: 'Sinds 31 mei 2014'); the Do Not Call Me list's use mandatory from 11 July 2015 (pro.bel-me-niet-meer.be). Book XII's start (31 May 2014) was not re-confirmed by a search. `BE-EPRIVACY-13-4` is dated from Book XII of the Code (31 May 2014), the law the pack rests on for e-mail, as in the FR and SE packs.",
    "The Do Not Call Me list is a `revokes-consents` register: the SPF Économie's guidelines (Guidelines relatives au marketing direct par téléphone, 6 January 2017) say to look at the date of the consumer's specific consent: if later than the listing, the call is allowed; otherwise not. Give the listing's date as `listedAt`; without it every consent counts as revoked.",
    "The list covers subscribers and users, natural and legal persons, customers and prospects alike; existing customers who registered may be called only with an explicit consent (DNCM professional FAQ): no existing-customer override.",
    "No re-check period is set in law; a listing appears within five working days. A check at most 30 days old is required (an assumption, as in the other packs; DNCM also offers one-month licences).",
    "The Loi du 19 février 2024 moves registration to the central number database (CNDB); the list and its effect on marketers stay. Its entry into force (by royal decree) was not confirmed (searched again 2026-12-04: the CCS Consommation's opinion of 20 October 2022 on the bill and its royal decree, ccecrb.fgov.be; the AR of 10 February 2022 on the CNDB for operators, etaamb.openjustice.be; DNCM's FAQ still describes the DNCM list, registration within five working days); the rule's wording is read from its German translation (refli.be, secondary) and DNCM's pages.",
    "The exception for impersonal business addresses (info@, sales@: AR 2003 art. 1, 2°) is not modelled, as the engine cannot tell an impersonal address from a person's: e-mail to a business needs consent or the customer exception (cautious).",
    "No statutory calling hours (a 2024 proposal for time slots was not adopted).",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("BE-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("BE-EPRIVACY-13-4", {
        source: {
          law: CDE,
          section:
            "art. XII.13 with the AR of 4 April 2003 (opt-out in every message; sender identity for e-mail rests on ePrivacy Art. 13(4))",
          url: AR_URL,
          checked: "2026-12-04",
        },
        from: "2014-05-31T00:00:00+02:00",
      }),
    ],
    consentRequirements: [
      {
        id: "BE-CDE-VI-110-1",
        from: "2014-05-31T00:00:00+02:00",
        description:
          "Direct marketing by automated calling systems without human intervention (and fax) needs the subscriber's prior, free, specific and informed consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: CDE,
          section: "art. VI.110 § 1",
          url: CDE_URL,
          checked: CHECKED,
        },
      },
      {
        id: "BE-CDE-XII-13",
        from: "2014-05-31T00:00:00+02:00",
        description:
          "Advertising by electronic mail (e-mail, SMS) needs the addressee's prior, free, specific and informed consent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: CDE,
          section: "art. XII.13",
          url: CDE_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "BE-AR-2003-1-1",
        from: "2003-05-28T00:00:00+02:00",
        description:
          "E-mail or SMS to a client (natural or legal person) whose details were obtained directly in a sale, for the sender's own analogous products, with a free and simple opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: AR,
          section: "art. 1, 1°",
          url: AR_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "BE-CDE-VI-110-2",
        from: "2014-05-31T00:00:00+02:00",
        description:
          "Other telephone direct marketing is allowed unless the subscriber or user has manifestly objected (to the caller, or on the Do Not Call Me list).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: CDE,
          section: "art. VI.110 § 2 (loi du 19 février 2024)",
          url: CDE_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "BE-DNCM",
        from: "2015-07-11T00:00:00+02:00",
        description:
          "No telephone direct marketing to a number on the 'Ne m'appelez plus / Bel-me-niet-meer' list, customers included, unless the subscriber consented after the listing; a check at most 30 days old (assumption).",
        channels: ["voice"],
        purposes: ["marketing"],
        kind: "revokes-consents",
        maxAge: "P30D",
        source: {
          law: CDE,
          section: "art. VI.111–VI.114",
          url: DNCM_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
