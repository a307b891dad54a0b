import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** TKG 2021 (BGBl. I Nr. 190/2021) in force 1 November 2021. */
const TKG_2021 = "2021-11-01T00:00:00+01:00";
/** E-Commerce-Gesetz in force 1 January 2002. */
const ECG_START = "2002-01-01T00:00:00+01:00";
const TKG = "Telekommunikationsgesetz 2021 (TKG 2021, BGBl. I Nr. 190/2021)";
const TKG_URL =
  "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=20011678";
const ECG = "E-Commerce-Gesetz (ECG)";
const ECG_URL =
  "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=20001703";

/**
 * Austria: calls (and faxes) for advertising need the subscriber's prior consent, business or
 * consumer, with no existing-customer exception (TKG 2021 § 174 Abs. 1); e-mail and SMS for direct
 * marketing need consent (Abs. 3), with the existing-customer exception unless the recipient
 * refused in advance, in particular by entering the ECG-Liste (Abs. 4).
 *
 * @see https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=20011678
 */
export const AT_CORE = definePack({
  code: "AT",
  name: "Austria",
  jurisdictions: ["AT"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("AT-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("AT-EPRIVACY-13-4", {
        source: {
          law: TKG,
          section:
            "§ 174 (the paragraph on a concealed sender and a missing address not confirmed)",
          url: TKG_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "AT-TKG-174-1",
        from: TKG_2021,
        description:
          "Calls (including faxes) for advertising need the subscriber's prior consent, business or consumer; the existing-customer exception does not reach them.",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: TKG,
          section: "§ 174 Abs. 1",
          url: TKG_URL,
          checked: CHECKED,
        },
      },
      {
        id: "AT-TKG-174-3",
        from: TKG_2021,
        description:
          "Electronic mail (e-mail, SMS) for direct marketing needs the recipient's prior consent, business or consumer.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: TKG,
          section: "§ 174 Abs. 3",
          url: TKG_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "AT-TKG-174-4",
        from: TKG_2021,
        description:
          "Electronic mail to a customer whose contact details were obtained in a sale or service, for the sender's own similar products, with a free opt-out at collection and in every message, unless the customer refused in advance (ECG-Liste).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: TKG,
          section: "§ 174 Abs. 4",
          url: TKG_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "AT-ECG-LISTE",
        from: ECG_START,
        description:
          "No e-mail under the existing-customer exception to an address on the ECG-Liste kept by RTR (a refusal in advance); a check at most 30 days old (assumption). A consent to the sender stands.",
        channels: ["email"],
        purposes: ["marketing"],
        exemptBases: ["consent"],
        maxAge: "P30D",
        source: {
          law: ECG,
          section: "§ 7 Abs. 2 (with TKG 2021 § 174 Abs. 4 Z 4)",
          url: ECG_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Austria, with its notes (`./notes.ts`): what `consentry/packs/at` and `consentry/packs`
 * export. The rules are `AT_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const AT = /* @__PURE__ */ withNotes(AT_CORE, NOTES);
