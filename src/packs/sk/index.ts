import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const ZEK = "Zákon č. 452/2021 Z. z. o elektronických komunikáciách";
const ZEK_URL = "https://www.slov-lex.sk/pravne-predpisy/SK/ZZ/2021/452/";
const LIST_URL = "https://www.nevyziadanevolania.sk/";

/**
 * Slovakia: direct marketing by e-mail, SMS, MMS, fax and automated calls only with prior
 * demonstrable consent (§ 116); a customer's contact details may be used without consent for at
 * most a year after the purchase (since the 2025 amendment); marketing calls not to numbers on the
 * regulator's list nevyziadanevolania.sk — read cautiously as calls needing consent or the
 * one-year customer basis, and the list blocking unless a consent postdates the listing.
 *
 * @see https://www.nevyziadanevolania.sk/
 */
export const SK = definePack({
  code: "SK",
  name: "Slovakia",
  jurisdictions: ["SK"],
  notes: [
    "Zákon č. 452/2021 Z. z., § 116 (SK-EPRIVACY-13-4): direct marketing by e-mail may be sent only 'z adresy, z ktorej je známa totožnosť a adresa odosielateľa a na ktorú sa dá spätne zaslať odpoveď', and every direct-marketing message must tell the recipient that they can refuse further use of their contact details simply and free of charge and give them the means to do so (somi.sk's summary of § 116, January 2022; refresher.sk, 2026: the firm must 'jasne uviesť, kto správu posiela' and 'umožniť jednoduché a bezplatné odhlásenie'; both secondary, checked 2026-12-04). The odsek of § 116 that holds these duties was not confirmed (slov-lex.sk not opened; a copy of § 116 on zakony.judikaty.info was read only to odsek 5). Every marketing e-mail and SMS names its sender and carries a working, free opt-out. § 116 asks more than the directive: the sender must confirm that it accepted a refusal and keep the refusal four years, which the engine does not check (a sender must). Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; SK-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are each rule's `from` (local midnight in Bratislava), moved there on 2026-12-04 from the rule's section, where they were given since 2026-12-02. `SK-EPRIVACY-13-4` is dated from Act 452/2021 (1 February 2022), the law the pack rests on for e-mail, as in the FR and SE packs. Re-checked 2026-12-04: Act 452/2021 in force 1 February 2022 (masnyklegal.sk, info.sk); the amendment with the one-year customer term in force 12 November 2025 (TASR on teraz.sk quoting the regulator, refresher.sk). Act 452/2021 is in force from 1 February 2022; the list from 1 November 2022 (the regulator's press release, teleoff.gov.sk); the amendment of late 2025 (its act number not confirmed; 12 November 2025 in secondary sources) added the one-year limit on customer contacts and banned calls seeking consent.",
    "§ 116 ods. 1–5 were read on 2026-12-04 from the version in force from 2022-11-01 (zakony.judikaty.info, a consolidation site): ods. 3 is the consent rule for automated calls, fax, e-mail and SMS; ods. 7 the list (also securion.sk). The 2025 amendment's odseky were not read. The rest rests on secondary sources (DLA Piper, Rödl & Partner, semancin.sk, cas.sk): 'the use of automatic call and communication systems without human intervention, fax, e-mail and SMS and MMS message service is permitted … only with his / her prior demonstrable consent' (DLA Piper); § 116 ods. 8 bars calls to numbers on the list or to a user who objected (semancin.sk).",
    "Live calls: the Act reads as opt-out with the list, but the 2025 amendment says direct marketing is permitted only with prior demonstrable consent (Rödl). The stricter reading is taken: a call needs consent, or the one-year customer basis for similar products.",
    "The list is kept by the regulator (ÚRÚ); the subscriber picks any of 14 areas; marketers download it on the 1st and 16th of each month (teleoff.gov.sk). A check at most 16 days old is required, and a listing in any area counts for every call (cautious: the engine has no area for a message). Whether a consent overrides a listing was not confirmed: a consent given after the listing counts (`revokes-consents`, cautious).",
    "Left out: the (0)888 prefix for marketing calls (in the numbering plan from 19 August 2022), a caller-number fact; the four-year retention of consent records; consent from legal persons is required too (the former legal-person exception was dropped, secondary, cautious).",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("SK-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("SK-EPRIVACY-13-4", {
        source: {
          law: ZEK,
          section: "§ 116 (sender identity and opt-out in every message; the odsek not confirmed)",
          url: ZEK_URL,
          checked: "2026-12-04",
        },
        from: "2022-02-01T00:00:00+01:00",
      }),
    ],
    consentRequirements: [
      {
        id: "SK-ZEK-116-AUTOMATED",
        from: "2022-02-01T00:00:00+01:00",
        description:
          "Direct marketing by automated calling systems without human intervention needs the subscriber's or user's prior demonstrable consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section:
            "§ 116 ods. 3 (wording read 2026-12-04 from the version in force from 2022-11-01 on zakony.judikaty.info: 'len s jeho predchádzajúcim preukázateľným súhlasom získaným pred kontaktovaním'; ods. 4 bars these means for seeking consent, ods. 5 defines demonstrable consent)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
      {
        id: "SK-ZEK-116-CALLS",
        from: "2025-11-12T00:00:00+01:00",
        description:
          "Marketing calls need the subscriber's prior demonstrable consent or the one-year customer basis (the stricter reading of the 2025 amendment).",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section: "§ 116 as amended in 2025 (odsek not confirmed)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
      {
        id: "SK-ZEK-116-ELECTRONIC",
        from: "2022-02-01T00:00:00+01:00",
        description:
          "Direct marketing by e-mail, SMS, MMS or fax needs the subscriber's or user's prior demonstrable consent, business or consumer.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section:
            "§ 116 ods. 3 (wording read 2026-12-04 from the version in force from 2022-11-01 on zakony.judikaty.info: 'len s jeho predchádzajúcim preukázateľným súhlasom získaným pred kontaktovaním'; ods. 4 bars these means for seeking consent, ods. 5 defines demonstrable consent)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "SK-ZEK-116-CUSTOMER",
        from: "2025-11-12T00:00:00+01:00",
        description:
          "A customer's contact details obtained in a sale may be used for the sender's own similar products without consent for at most a year after the purchase, with an opt-out offered.",
        kinds: ["electronic", "telephone"],
        automated: false,
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P365D",
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: ZEK,
          section: "§ 116 as amended in 2025 (odsek not confirmed)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "SK-NEVYZIADANE-VOLANIA",
        from: "2022-11-01T00:00:00+01:00",
        description:
          "No marketing call to a number on the regulator's list (nevyziadanevolania.sk), in any area, unless a consent postdates the listing; a check at most 16 days old (the list is published on the 1st and 16th).",
        channels: ["voice"],
        purposes: ["marketing"],
        kind: "revokes-consents",
        maxAge: "P16D",
        source: {
          law: ZEK,
          section: "§ 116 ods. 7–8",
          url: LIST_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
