import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** The version of the loi modifiée du 30 mai 2005 read: applicable from 1 September 2011 (legilux coordinated text). */
const L2005_VERSION = "2011-09-01T00:00:00+02:00";
const LAW_0 =
  "Loi modifiée du 30 mai 2005 relative aux dispositions spécifiques de protection de la personne à l'égard du traitement des données à caractère personnel dans le secteur des communications électroniques";
const URL_0 = "http://data.legilux.public.lu/file/eli-etat-leg-tc-2011-08-10-n1-jo-fr-html.html";

/**
 * Luxembourg: E-mail, SMS and automated calls need the subscriber's prior consent, natural or legal person ('abonné', art. 2(a)), with the customer exception for similar products; live calls read as consent (cautious).
 *
 * @see http://data.legilux.public.lu/file/eli-etat-leg-tc-2011-08-10-n1-jo-fr-html.html
 */
export const LU_CORE = definePack({
  code: "LU",
  name: "Luxembourg",
  jurisdictions: ["LU"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("LU-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("LU-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "LU-L2005-11-1",
        from: L2005_VERSION,
        description:
          "Direct marketing by electronic mail (e-mail, SMS) needs the subscriber's prior consent, natural or legal person.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (paragraph not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LU-L2005-11-AUTOMATED",
        from: L2005_VERSION,
        description:
          "Automated calling systems without human intervention need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (paragraph not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LU-L2005-11-CALLS",
        from: L2005_VERSION,
        description:
          "Live marketing calls are held to the subscriber's consent (cautious: whether art. 11 makes them opt-out was not confirmed).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (cautious reading)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LU-L2005-11-2",
        from: L2005_VERSION,
        description:
          "Electronic mail to a customer whose electronic contact details were obtained in a sale, for the sender's own similar products, with a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "art. 11 (customer exception; paragraph not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Luxembourg, with its notes (`./notes.ts`): what `consentry/packs/lu` and `consentry/packs`
 * export. The rules are `LU_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const LU = /* @__PURE__ */ withNotes(LU_CORE, NOTES);
