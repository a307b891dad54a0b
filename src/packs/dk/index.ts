import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-11-22";
const MFL = "Markedsføringsloven (lov nr. 426 af 3. maj 2017, som ændret)";
const MFL_URL = "https://www.retsinformation.dk/eli/lta/2017/426";
const FAL = "Forbrugeraftaleloven (lov om forbrugeraftaler)";
const FAL_URL = "https://www.retsinformation.dk/eli/lta/2013/1457";

/**
 * Denmark: prior consent for electronic mail, automated calls and fax to anyone, with the
 * existing-customer exception (markedsføringsloven § 10, stk. 1–2); no unsolicited telephone calls
 * to consumers without their prior request (forbrugeraftaleloven § 4, stk. 1); no other distance
 * marketing to a person who objected or is on the Robinson list (markedsføringsloven § 10, stk. 4).
 *
 * @see https://forbrugerombudsmanden.dk/longreads/oversigt-over-reglerne-for-telefonsalg/
 */
export const DK = definePack({
  code: "DK",
  name: "Denmark",
  jurisdictions: ["DK"],
  notes: [
    "Markedsføringsloven § 10, stk. 3 (DK-EPRIVACY-13-4): direct marketing by electronic mail must show 'på hvis vegne markedsføringen udsendes, på en måde, der ikke er tilsløret eller holdes skjult' (nr. 3), and 'der skal være en adresse, som modtageren kan henvende sig til for at få standset sådanne henvendelser' (nr. 5): every marketing e-mail and SMS names the person on whose behalf it is sent and carries an address to stop such messages. Wording read 2026-12-04 on danskelove.dk (a copy of the consolidated law, secondary; retsinformation.dk not opened). Stk. 3 asks more than the directive — the marketing must be clearly identifiable as such (nr. 1), conditions of promotions easy to find (nr. 2), and no link to sites that break nr. 1–3 (nr. 4) — none of which the engine checks (a sender must). Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference.",
    "Read through Forbrugerombudsmanden's overview of the telephone sales rules (quoting forbrugeraftaleloven § 4, stk. 1), forbrug.dk, and a copy of markedsføringsloven § 10 (danskelove.dk); retsinformation.dk was not opened directly.",
    "§ 10, stk. 1 says 'nogen' (anyone): consent is required from business customers too.",
    "The telephone ban does not apply to calls about ordering books, subscribing to newspapers, weeklies and periodicals, insurance mediation, and subscriptions to rescue or ambulance services (§ 4, stk. 2, as listed by Forbrugerombudsmanden's overview, checked 2026-12-02): a message whose `sector` is one of these needs no prior request. A message without a sector is in none (cautious). The exceptions do not lift the Robinson list: a listed consumer may still not be called without consent (forbrug.dk).",
    "The telephone ban and the Robinson duty cover commercial activity only: calls by charities (and other non-commercial callers) are outside them (forbrug.dk). An unknown sender type reads as commercial.",
    "Consents are held to the GDPR standard (pre-ticked, inactive, bundled or uninformed: consent.invalid).",
    "How often the Robinson list must be checked was not confirmed in law; a check at most 30 days old is required (cautious). Searched 2026-12-04: Datatilsynet (datatilsynet.dk, 'Robinsonlisten') says the Interior Ministry compiles the list once a quarter (CPR-loven § 40, stk. 4) and that it may be used to meet the duty to check; municipalities and Advodan say a registration can take up to three months to show. The 30-day check is stricter than the quarterly list requires.",
    "Dates in force (each rule's `from`, local midnight in Copenhagen; checked 2026-12-04): markedsføringsloven (lov nr. 426 af 3. maj 2017) came into force on 1 July 2017 (Plesner, 25 April 2017; metropolinternational.com, secondary); forbrugeraftaleloven (lov nr. 1457 af 17. december 2013), § 4 on unsolicited calls, on 13 June 2014 (dtl.eu, secondary). Later amendments of § 10 are not dated separately. `DK-EPRIVACY-13-4` is dated from the 2017 Act's start.",
  ],
  policy: {
    requiredFacts: [
      senderAndOptOut("DK-EPRIVACY-13-4", {
        source: {
          law: MFL,
          section: "§ 10, stk. 3, nr. 3 and 5",
          url: MFL_URL,
          checked: "2026-12-04",
        },
        from: "2017-07-01T00:00:00+02:00",
      }),
    ],
    consentRequirements: [
      {
        id: "DK-MFL-10-1",
        from: "2017-07-01T00:00:00+02:00",
        description:
          "Direct marketing by electronic mail (e-mail, SMS), automated calling system or fax needs the recipient's prior consent, business or consumer.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: { law: MFL, section: "§ 10, stk. 1", url: MFL_URL, checked: CHECKED },
      },
      {
        id: "DK-MFL-10-1-AUTOMATED",
        from: "2017-07-01T00:00:00+02:00",
        description: "Automated calling systems need the recipient's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: { law: MFL, section: "§ 10, stk. 1", url: MFL_URL, checked: CHECKED },
      },
      {
        id: "DK-FAL-4-1",
        from: "2014-06-13T00:00:00+02:00",
        description:
          "No telephone approach to a consumer to obtain an offer or acceptance without the consumer's prior request.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        senderTypes: ["commercial"],
        // § 4, stk. 2: the ban does not cover these product categories.
        exceptSectors: [
          "books",
          "newspaper-subscription",
          "magazine-subscription",
          "insurance",
          "rescue-service-subscription",
        ],
        source: { law: FAL, section: "§ 4, stk. 1–2", url: FAL_URL, checked: "2026-12-02" },
      },
    ],
    existingCustomer: [
      {
        id: "DK-MFL-10-2",
        from: "2017-07-01T00:00:00+02:00",
        description:
          "Electronic mail to a customer whose electronic address was received in connection with a sale, about the seller's own similar products, with a clear free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: MFL, section: "§ 10, stk. 2", url: MFL_URL, checked: CHECKED },
      },
    ],
    optOut: [
      {
        id: "DK-MFL-10-4-OPT-OUT",
        from: "2017-07-01T00:00:00+02:00",
        description:
          "Addressed mail, and live calls to businesses, need no prior consent; a person who objected or is on the Robinson list may not be approached.",
        kinds: ["mail", "telephone"],
        automated: false,
        purposes: ["marketing"],
        source: { law: MFL, section: "§ 10, stk. 4", url: MFL_URL, checked: CHECKED },
      },
    ],
    registers: [
      {
        id: "DK-ROBINSON",
        from: "2017-07-01T00:00:00+02:00",
        description:
          "No addressed marketing or telephone approach to a natural person on the Robinson list (the CPR register's marking).",
        kinds: ["mail", "telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        senderTypes: ["commercial"],
        maxAge: "P30D",
        consentOverrides: true,
        source: { law: MFL, section: "§ 10, stk. 4", url: MFL_URL, checked: CHECKED },
      },
    ],
    consentValidity: [gdprConsentValidity("DK-GDPR-SAMTYKKE")],
  },
});
