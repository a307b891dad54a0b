import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** Legea nr. 365/2002 (Monitorul Oficial nr. 483 of 5 July 2002) in force 5 July 2002 (lege5.ro). */
const L365_START = "2002-07-05T00:00:00+03:00";
/** Legea nr. 506/2004 published in Monitorul Oficial nr. 1101 of 25 November 2004; its commencement day was not confirmed. */
const L506_PUBLISHED = "2004-11-25T00:00:00+02:00";
const LAW_0 = "Legea nr. 365/2002 privind comerțul electronic";
const LAW_1 =
  "Legea nr. 506/2004 privind prelucrarea datelor cu caracter personal și protecția vieții private în sectorul comunicațiilor electronice";
const URL_0 =
  "https://avocatnet.ro/forum/discutie_504696/Ofertarea-prin-email-a-institutiilor-publice.html";
const URL_1 = "https://www.avocatoo.ro/blog/spam-legislatie";

/**
 * Romania: Every commercial communication by e-mail, SMS, automated calls or any other public electronic communications service, live calls included, only with the recipient's prior express consent, consumer or business; no existing-customer exception read (cautious).
 *
 * @see https://avocatnet.ro/forum/discutie_504696/Ofertarea-prin-email-a-institutiilor-publice.html
 */
export const RO_CORE = definePack({
  code: "RO",
  name: "Romania",
  jurisdictions: ["RO"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("RO-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("RO-EPRIVACY-13-4", {
        source: {
          law: LAW_0,
          section:
            "art. 6 alin. (2) lit. b) (the opt-out address duty of Legea nr. 506/2004 not confirmed: ePrivacy Art. 13(4))",
          url: URL_0,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "RO-L365-6-1",
        from: L365_START,
        description:
          "Commercial communications by electronic mail are forbidden unless the recipient gave prior express consent, natural or legal person.",
        channels: ["email"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 6 alin. (1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "RO-L506-12-1",
        from: L506_PUBLISHED,
        description:
          "Commercial communications by automated calling, fax, SMS or any other method using public electronic communications services (calls included) need the recipient's prior express consent.",
        channels: ["sms", "voice"],
        purposes: ["marketing"],
        source: {
          law: LAW_1,
          section: "art. 12 alin. (1)",
          url: URL_1,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Romania, with its notes (`./notes.ts`): what `consentry/packs/ro` and `consentry/packs`
 * export. The rules are `RO_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const RO = /* @__PURE__ */ withNotes(RO_CORE, NOTES);
