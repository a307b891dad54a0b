import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** Lei n.º 46/2012 (published 29 August 2012) in force the next day. */
const LEI_46_2012 = "2012-08-30T00:00:00+01:00";
const LEI = "Lei n.º 41/2004, de 18 de agosto (as amended by Lei n.º 46/2012, de 29 de agosto)";
const LEI_URL = "https://debates.parlamento.pt/catalogo/r3/dar/s2a/12/01/217/2012-07-31/13";

/**
 * Portugal: unsolicited direct marketing to a natural person — by automated calls, fax, e-mail,
 * SMS and, as ANACOM reads the illustrative list, live calls — needs prior express consent (art.
 * 13.º-A n.º 1), with the customer exception for analogous products (n.º 3); legal persons may be
 * sent marketing until they refuse and enter the Direção-Geral do Consumidor's opposition list
 * (n.º 2, art. 13.º-B).
 *
 * @see https://debates.parlamento.pt/catalogo/r3/dar/s2a/12/01/217/2012-07-31/13
 */
export const PT_CORE = definePack({
  code: "PT",
  name: "Portugal",
  jurisdictions: ["PT"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("PT-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("PT-EPRIVACY-13-4", {
        source: { law: LEI, section: "art. 13.º-A, n.º 4", url: LEI_URL, checked: "2026-12-04" },
      }),
    ],
    consentRequirements: [
      {
        id: "PT-LEI41-13A-1",
        from: LEI_46_2012,
        description:
          "Unsolicited direct marketing to a natural person by automated calls, fax, e-mail, SMS, MMS and similar means, and (ANACOM) live calls, needs their prior express consent.",
        kinds: ["electronic", "telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LEI,
          section: "art. 13.º-A n.º 1",
          url: LEI_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "PT-LEI41-13A-3",
        from: LEI_46_2012,
        description:
          "Electronic messages to a customer whose electronic contact details were obtained in a sale, for the supplier's own analogous products, with a free and easy refusal at collection and in every message.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LEI,
          section: "art. 13.º-A n.º 3",
          url: LEI_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "PT-LEI41-13A-2",
        from: LEI_46_2012,
        description:
          "Unsolicited direct marketing to a subscriber that is a legal person is allowed until it refuses further communications and enters the opposition list.",
        kinds: ["electronic", "telephone"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: LEI,
          section: "art. 13.º-A n.º 2",
          url: LEI_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "PT-DGC-LISTA-OPOSICAO",
        from: LEI_46_2012,
        description:
          "No unsolicited marketing to a legal person on the Direção-Geral do Consumidor's opposition list; a check at most 30 days old (assumption); a consent to the sender stands.",
        kinds: ["electronic", "telephone"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        exemptBases: ["consent"],
        maxAge: "P30D",
        source: {
          law: LEI,
          section: "art. 13.º-B n.º 2",
          url: LEI_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Portugal, with its notes (`./notes.ts`): what `consentry/packs/pt` and `consentry/packs`
 * export. The rules are `PT_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const PT = /* @__PURE__ */ withNotes(PT_CORE, NOTES);
