import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const DK_CORE = definePack({
  code: "DK",
  name: "Denmark",
  jurisdictions: ["DK"],
  notes: [],
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

/**
 * Denmark, with its notes (`./notes.ts`): what `consentry/packs/dk` and `consentry/packs`
 * export. The rules are `DK_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const DK = /* @__PURE__ */ withNotes(DK_CORE, NOTES);
