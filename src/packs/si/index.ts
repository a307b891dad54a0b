import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** ZEKom-1 (Ur. l. RS 109/2012 of 31 December 2012) in force (tax-fin-lex.si, checked 2026-12-04). */
const ZEKOM1_START = "2013-01-15T00:00:00+01:00";
const LAW_0 = "Zakon o elektronskih komunikacijah (ZEKom-1, Ur. l. RS 109/2012)";
const URL_0 = "https://www.cert.si/si/varnostne-groznje/spam/zakonodaja-in-spam/";

/**
 * Slovenia: E-mail, SMS, MMS, automated calls and fax need the subscriber's or user's prior consent, with the customer exception for e-mail; personal marketing calls need consent too (AKOS; the exception does not reach them).
 *
 * @see https://www.cert.si/si/varnostne-groznje/spam/zakonodaja-in-spam/
 */
export const SI_CORE = definePack({
  code: "SI",
  name: "Slovenia",
  jurisdictions: ["SI"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("SI-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("SI-EPRIVACY-13-4", {
        source: {
          law: LAW_0,
          section:
            "158. člen (the paragraph not read; the same rule was 109. člen (4) of the earlier ZEKom; the article in ZEKom-2 not confirmed)",
          url: URL_0,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "SI-ZEKOM-158-1",
        from: ZEKOM1_START,
        description:
          "Automated calling and communication systems (auto-diallers, SMS, MMS), fax or e-mail for direct marketing only with the subscriber's or user's prior consent, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "158. člen (1) (ZEKom-1; the article in ZEKom-2 not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "SI-ZEKOM-158-1-AUTOMATED",
        from: ZEKOM1_START,
        description:
          "Automated calls without human intervention need the subscriber's or user's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "158. člen (1) (ZEKom-1; the article in ZEKom-2 not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "SI-ZEKOM-158-3",
        from: ZEKOM1_START,
        description:
          "Personal marketing calls need the subscriber's or user's consent (AKOS); the customer exception does not reach them.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "158. člen (3) (ZEKom-1, as read by AKOS)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "SI-ZEKOM-158-2",
        from: ZEKOM1_START,
        description:
          "E-mail to a buyer whose e-mail address was obtained in a sale, for the sender's own similar products, with a free, easy refusal at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "158. člen (2) (ZEKom-1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Slovenia, with its notes (`./notes.ts`): what `consentry/packs/si` and `consentry/packs`
 * export. The rules are `SI_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const SI = /* @__PURE__ */ withNotes(SI_CORE, NOTES);
