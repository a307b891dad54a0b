import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** § 103¹ in its current wording in force 25 May 2011 (RT I, 23.03.2011, 1). */
const ESS_103_1 = "2011-05-25T00:00:00+03:00";
const LAW_0 = "Elektroonilise side seadus (ESS, Electronic Communications Act, RT I 2004, 87, 593)";
const URL_0 = "https://www.riigiteataja.ee/akt/105072013003";

/** The Information Society Services Act, whose § 5 sets what a commercial communication must show. */
const INFOTS = "Infoühiskonna teenuse seadus (InfoTS, Information Society Services Act)";
/** The text linked from the 2011 quotation of § 5 (riigiteataja.ee). */
const INFOTS_URL = "https://www.riigiteataja.ee/ert/act.jsp?id=12894694";

/**
 * Estonia: Direct marketing to a natural person's electronic contact details only with prior consent; to legal persons allowed with a free refusal in every message; customer exception for own similar products; calls to consumers held to consent (cautious).
 *
 * @see https://www.riigiteataja.ee/akt/105072013003
 */
export const EE_CORE = definePack({
  code: "EE",
  name: "Estonia",
  jurisdictions: ["EE"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("EE-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("EE-EPRIVACY-13-4", {
        source: {
          law: INFOTS,
          section:
            "§ 5 lg 2 p 2 (the person on whose behalf it is sent; the opt-out address rests on ePrivacy Art. 13(4))",
          url: INFOTS_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "EE-ESS-103-1",
        from: ESS_103_1,
        description:
          "Direct marketing to a natural person's electronic contact details (e-mail, SMS) only with their prior consent; the sender must prove it.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 1 and 5",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "EE-ESS-103-1-CALLS",
        from: ESS_103_1,
        description:
          "Marketing calls to a natural person are held to their prior consent (cautious: whether a phone number is an electronic contact detail here was not confirmed).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 1 (cautious reading)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "EE-ESS-103-2",
        from: ESS_103_1,
        description:
          "Direct marketing to a legal person's electronic contact details is allowed with a clear, free and simple refusal offered every time, by electronic means.",
        kinds: ["electronic"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 2",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "EE-ESS-103-3",
        from: ESS_103_1,
        description:
          "Electronic contact details obtained in a sale may be used for the sender's own similar products, with a free refusal at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 3",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Estonia, with its notes (`./notes.ts`): what `consentry/packs/ee` and `consentry/packs`
 * export. The rules are `EE_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const EE = /* @__PURE__ */ withNotes(EE_CORE, NOTES);
