import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** Grt. (2008. évi XLVIII. törvény) in force 1 September 2008. */
const GRT_START = "2008-09-01T00:00:00+02:00";
const LAW_0 =
  "2008. évi XLVIII. törvény a gazdasági reklámtevékenység alapvető feltételeiről és egyes korlátairól (Grt.)";
const URL_0 = "https://nmhh.hu/cikk/4077/Az_elektronikus_hirdeteskuldes_szabalyai";

/**
 * Hungary: Advertising to natural persons by e-mail, SMS, MMS or fax only with their prior, unambiguous and express consent; no existing-customer exception; calls and business customers held to consent (cautious).
 *
 * @see https://nmhh.hu/cikk/4077/Az_elektronikus_hirdeteskuldes_szabalyai
 */
export const HU_CORE = definePack({
  code: "HU",
  name: "Hungary",
  jurisdictions: ["HU"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("HU-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("HU-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "HU-GRT-6-1",
        from: GRT_START,
        description:
          "Advertising to a natural person by direct contact (e-mail, SMS, MMS, fax) only with their prior, unambiguous and express consent; there is no existing-customer exception.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "6. § (1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Hungary, with its notes (`./notes.ts`): what `consentry/packs/hu` and `consentry/packs`
 * export. The rules are `HU_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const HU = /* @__PURE__ */ withNotes(HU_CORE, NOTES);
