import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** § 96 odst. 1 as amended by zákon č. 374/2021 Sb., in force for calls from 1 July 2022. */
const ZEK_374_2021 = "2022-07-01T00:00:00+02:00";
/** Zákon č. 480/2004 Sb. in force 7 September 2004. */
const ZSIS_START = "2004-09-07T00:00:00+02:00";
const ZEK =
  "Zákon č. 127/2005 Sb., o elektronických komunikacích (as amended by zákon č. 374/2021 Sb.)";
const ZEK_URL = "https://www.zakonyprolidi.cz/cs/2005-127";
const ZSIS = "Zákon č. 480/2004 Sb., o některých službách informační společnosti";
const ZSIS_URL = "https://www.zakonyprolidi.cz/cs/2004-480";

/**
 * Czech Republic: marketing calls only to subscribers who consented — in the public subscriber
 * list or individually — since 1 July 2022, businesses and consumers alike (ZEK § 96 odst. 1);
 * commercial communications by electronic mail (e-mail, SMS) only with prior consent (480/2004 Sb.
 * § 7), with the customer exception for the sender's own similar products.
 *
 * @see https://www.zakonyprolidi.cz/cs/2005-127
 */
export const CZ_CORE = definePack({
  code: "CZ",
  name: "Czech Republic",
  jurisdictions: ["CZ"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("CZ-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("CZ-EPRIVACY-13-4", {
        source: {
          law: ZSIS,
          section:
            "§ 7 odst. 4 (as the practitioners place it; read through the fine of § 11 odst. 1 písm. c) and d))",
          url: ZSIS_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "CZ-ZEK-96-1",
        from: ZEK_374_2021,
        description:
          "Marketing calls (offers of goods or services, including offers of a meeting) only to a subscriber who consented, in the public subscriber list or individually; business or consumer.",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section: "§ 96 odst. 1",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
      {
        id: "CZ-ZSIS-7-2",
        from: ZSIS_START,
        description:
          "Commercial communications by electronic mail (e-mail, SMS) need the user's prior consent, natural or legal person.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: ZSIS,
          section: "§ 7 odst. 2",
          url: ZSIS_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "CZ-ZSIS-7-3",
        from: ZSIS_START,
        description:
          "Electronic mail to a customer whose electronic contact details were obtained in a sale, for the sender's own similar products, with a free, easy refusal at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: ZSIS,
          section: "§ 7 odst. 3",
          url: ZSIS_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Czech Republic, with its notes (`./notes.ts`): what `consentry/packs/cz` and `consentry/packs`
 * export. The rules are `CZ_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const CZ = /* @__PURE__ */ withNotes(CZ_CORE, NOTES);
