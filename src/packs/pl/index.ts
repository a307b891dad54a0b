import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** Prawo komunikacji elektronicznej (Dz. U. 2024 poz. 1221) in force 10 November 2024. */
const PKE_START = "2024-11-10T00:00:00+01:00";
const PKE =
  "Ustawa z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej (Dz. U. 2024 poz. 1221)";
const PKE_URL = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240001221";

/**
 * Poland: one rule for every channel since 10 November 2024 — no commercial information or direct
 * marketing by automated calling systems or by telecommunications terminal equipment (calls, SMS,
 * e-mail, messengers) to any subscriber or end user, business or consumer, without their prior
 * consent (PKE art. 398 ust. 1). No existing-customer exception, no national register.
 *
 * @see https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240001221
 */
export const PL_CORE = definePack({
  code: "PL",
  name: "Poland",
  jurisdictions: ["PL"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("PL-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("PL-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "PL-PKE-398-1",
        from: PKE_START,
        description:
          "Commercial information or direct marketing by automated calling system or telecommunications terminal equipment (calls, SMS, e-mail) needs the subscriber's or end user's prior consent, business or consumer.",
        kinds: ["electronic", "telephone"],
        purposes: ["marketing"],
        source: {
          law: PKE,
          section: "art. 398 ust. 1",
          url: PKE_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Poland, with its notes (`./notes.ts`): what `consentry/packs/pl` and `consentry/packs`
 * export. The rules are `PL_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const PL = /* @__PURE__ */ withNotes(PL_CORE, NOTES);
