import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** Law on Electronic Communications No IX-2135 in force 1 May 2004 (e-seimas.lrs.lt). */
const ERI_START = "2004-05-01T00:00:00+03:00";
const LAW_0 =
  "Lietuvos Respublikos elektroninių ryšių įstatymas (Law on Electronic Communications, No IX-2135)";
const URL_0 = "https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/TAIS.232036";

/**
 * Lithuania: Using electronic communications services (e-mail, SMS, calls) for direct marketing only with the subscriber's prior consent; customer exception for own similar products by e-mail.
 *
 * @see https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/TAIS.232036
 */
export const LT_CORE = definePack({
  code: "LT",
  name: "Lithuania",
  jurisdictions: ["LT"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("LT-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("LT-EPRIVACY-13-4", {
        source: { law: LAW_0, section: "69 str. 3 d.", url: URL_0, checked: "2026-12-04" },
      }),
    ],
    consentRequirements: [
      {
        id: "LT-ERI-68-1",
        from: ERI_START,
        description:
          "Using electronic communications services, e-mail and SMS included, for direct marketing only with the subscriber's prior consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section:
            "69 straipsnis 1 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LT-ERI-68-1-CALLS",
        from: ERI_START,
        description:
          "Marketing calls use electronic communications services and need the subscriber's prior consent.",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section:
            "69 straipsnis 1 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LT-ERI-68-2",
        from: ERI_START,
        description:
          "E-mail to a customer whose e-mail contact details were obtained in a sale, for the sender's own similar goods or services, with a clear, free refusal at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section:
            "69 straipsnis 2 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Lithuania, with its notes (`./notes.ts`): what `consentry/packs/lt` and `consentry/packs`
 * export. The rules are `LT_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const LT = /* @__PURE__ */ withNotes(LT_CORE, NOTES);
