import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
const UWG = "Bundesgesetz gegen den unlauteren Wettbewerb (UWG, SR 241)";
const UWG_URL = "https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/de";
const BAKOM_URL =
  "https://www.bakom.admin.ch/bakom/de/home/telekommunikation/nuetzliche-infos/spam-spamming-spammer/wann-ist-der-massenversand-erlaubt.html";

/**
 * Switzerland: mass advertising by telecommunication (e-mail, SMS, automated calls) needs the
 * customers' prior consent, with the exception for the sender's own similar products offered to
 * customers who were told they could refuse (UWG art. 3 para. 1 lit. o); live advertising calls
 * need no consent but may not reach a number marked with the directory asterisk, or a number not
 * in the directory at all, unless the person is a customer of the caller or consented (lit. u).
 *
 * @see https://www.bakom.admin.ch/bakom/de/home/telekommunikation/nuetzliche-infos/spam-spamming-spammer/wann-ist-der-massenversand-erlaubt.html
 */
export const CH_CORE = definePack({
  code: "CH",
  name: "Switzerland",
  jurisdictions: ["CH"],
  notes: [],
  policy: {
    requiredFacts: [
      {
        id: "CH-UWG-3-1-O-ABSENDER",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "Mass advertising by e-mail or SMS must give the sender's correct identity and point to an easy, free way to refuse it.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        source: { law: UWG, section: "Art. 3 Abs. 1 lit. o", url: UWG_URL, checked: "2026-12-04" },
      },
      {
        id: "CH-UWG-3-1-O-ABSENDER-AUTOMATED",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "Automated advertising calls must give the caller's correct identity and point to an easy, free way to refuse them.",
        kinds: ["telephone"],
        automated: true,
        purposes: ["marketing"],
        facts: ["senderIdentified", "optOut"],
        source: { law: UWG, section: "Art. 3 Abs. 1 lit. o", url: UWG_URL, checked: "2026-12-04" },
      },
    ],
    consentRequirements: [
      {
        id: "CH-UWG-3-1-O",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "Mass advertising by telecommunication (e-mail, SMS) needs the customers' prior consent, consumer or business; the message must name the sender and offer a free refusal.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. o",
          url: BAKOM_URL,
          checked: CHECKED,
        },
      },
      {
        id: "CH-UWG-3-1-O-AUTOMATED",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "Automated advertising calls (recorded or machine-led) are mass advertising by telecommunication and need the customer's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. o",
          url: BAKOM_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "CH-UWG-3-1-O-KUNDEN",
        from: "2007-04-01T00:00:00+02:00",
        description:
          "E-mail or SMS to a customer whose contact details were obtained in a sale, for the sender's own similar goods, works or services, if the customer was told at collection that they could refuse.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. o, second sentence",
          url: BAKOM_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "CH-UWG-3-1-U-CALLS",
        from: "2012-04-01T00:00:00+02:00",
        description:
          "Live advertising calls need no prior consent; the directory asterisk (and a number not in the directory) must be respected.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. u",
          url: UWG_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "CH-STERNEINTRAG",
        from: "2021-01-01T00:00:00+01:00",
        description:
          "No advertising call to a number marked with the asterisk in the telephone directory, or not listed there, unless the person is a customer of the caller (purchase within 365 days, cautious) or consented; a check at most 30 days old (assumption).",
        channels: ["voice"],
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        consentOverrides: true,
        existingCustomerOverrides: "P365D",
        source: {
          law: UWG,
          section: "Art. 3 Abs. 1 lit. u (as amended; unlisted numbers equal to marked ones)",
          url: BAKOM_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Switzerland, with its notes (`./notes.ts`): what `consentry/packs/ch` and `consentry/packs`
 * export. The rules are `CH_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const CH = /* @__PURE__ */ withNotes(CH_CORE, NOTES);
