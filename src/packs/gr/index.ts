import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** Law 3471/2006 (ΦΕΚ Α' 133 of 28 June 2006) in force on publication. */
const L3471_START = "2006-06-28T00:00:00+03:00";
const LAW_0 =
  "Νόμος 3471/2006 (Law 3471/2006 on the protection of personal data and privacy in electronic communications)";
const URL_0 =
  "https://www.lawspot.gr/nomikes-plirofories/nomothesia/n-3471-2006/arthro-11-nomos-3471-2006-mi-zititheisa-epikoinonia";

/**
 * Greece: E-mail, SMS, automated calls and fax need prior consent; live calls are opt-out, barred for numbers in the 'Article 11' register of the subscriber's provider unless the subscriber consented to the caller.
 *
 * @see https://www.lawspot.gr/nomikes-plirofories/nomothesia/n-3471-2006/arthro-11-nomos-3471-2006-mi-zititheisa-epikoinonia
 */
export const GR_CORE = definePack({
  code: "GR",
  name: "Greece",
  jurisdictions: ["GR"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("GR-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("GR-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "GR-L3471-11-1",
        from: L3471_START,
        description:
          "Unsolicited communications for direct marketing by electronic mail (e-mail, SMS) need the subscriber's prior consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "άρθρο 11 παρ. 1",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "GR-L3471-11-1-AUTOMATED",
        from: L3471_START,
        description:
          "Calls without human intervention (automated calling machines) for direct marketing need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "άρθρο 11 παρ. 1",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "GR-L3471-11-2",
        from: L3471_START,
        description:
          "Marketing calls with human intervention are allowed unless the subscriber declared to its provider that it does not want them (the Article 11 register) or objected.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "άρθρο 11 παρ. 2",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "GR-MITROO-11",
        from: L3471_START,
        description:
          "No marketing call with human intervention to a number in its provider's Article 11 register, unless the subscriber consented to the caller; a check at most 30 days old (assumption).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        consentOverrides: true,
        source: {
          law: LAW_0,
          section: "άρθρο 11 παρ. 2 (μητρώο του άρθρου 11)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Greece, with its notes (`./notes.ts`): what `consentry/packs/gr` and `consentry/packs`
 * export. The rules are `GR_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const GR = /* @__PURE__ */ withNotes(GR_CORE, NOTES);
