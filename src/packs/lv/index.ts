import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** Section 9 in its current wording, set by the amending law of 10 November 2005, in force 14 December 2005 (likumi.lv). */
const ISPL_9_2005 = "2005-12-14T00:00:00+02:00";
const LAW_0 = "Informācijas sabiedrības pakalpojumu likums (Information Society Services Law)";
const URL_0 = "https://likumi.lv/ta/id/96619";

/**
 * Latvia: Commercial communications by e-mail, automated calls, fax and any other public electronic communications service (live calls included) only with prior free and unambiguous consent; customer exception for similar goods by e-mail.
 *
 * @see https://likumi.lv/ta/id/96619
 */
export const LV_CORE = definePack({
  code: "LV",
  name: "Latvia",
  jurisdictions: ["LV"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("LV-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("LV-EPRIVACY-13-4", {
        source: {
          law: LAW_0,
          section:
            "9. panta ceturtā daļa (valid address) and 8. pants (the person on whose behalf it is sent)",
          url: URL_0,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "LV-ISPL-9-1",
        from: ISPL_9_2005,
        description:
          "Commercial communications by e-mail (and SMS) only with the recipient's prior, free and unambiguous consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LV-ISPL-9-1-AUTOMATED",
        from: ISPL_9_2005,
        description:
          "Automated calling systems without human involvement for commercial communications only with the recipient's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LV-ISPL-9-3",
        from: ISPL_9_2005,
        description:
          "Commercial communications by other public electronic communications services, telemarketing calls included, only with the recipient's prior free and unambiguous consent.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (3)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LV-ISPL-9-2",
        from: ISPL_9_2005,
        description:
          "E-mail to a recipient whose address was obtained in the provider's transactions, about its similar goods or services, if the recipient did not object at the outset and every message offers a free opt-out.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "9. pants (2)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Latvia, with its notes (`./notes.ts`): what `consentry/packs/lv` and `consentry/packs`
 * export. The rules are `LV_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const LV = /* @__PURE__ */ withNotes(LV_CORE, NOTES);
