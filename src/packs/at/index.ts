import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

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
export const AT = definePack({
  code: "AT",
  name: "Austria",
  jurisdictions: ["AT"],
  notes: [
    "§ 174 TKG 2021 (AT-EPRIVACY-13-4): direct marketing by electronic mail is unlawful where 'die Identität des Absenders, in dessen Auftrag die Nachricht übermittelt wird, verschleiert oder verheimlicht wird' (quoted by werbungwien.at) or where there is no working address to which the recipient can send a request to stop (a practitioners' summary of § 174, legal-skills-open; secondary): every marketing e-mail and SMS names the person on whose behalf it is sent and carries an address to stop such messages. The paragraph of § 174 that holds these prohibitions was not confirmed (RIS not opened; checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference; the rule keeps the directive's date (31 July 2002, earlier than § 174's 1 November 2021 and so stricter; § 107 TKG 2003 is reported to have held the same rule before).",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; AT-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: § 174 TKG 2021 from 1 November 2021 (BGBl. I Nr. 190/2021; before, the same rules were § 107 TKG 2003, not modelled), and § 7 ECG from 1 January 2002, both from the RIS (official) as recorded in this pack on 2026-12-02 (checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "The wording of § 174 is read from secondary sources (maklerwiki.at, werbungwien.at, a quote of the Abs. 1 wording); RIS was not opened. The ECG-Liste's role (it bars only the existing-customer exception; a consent to the sender stands) is from RTR and onlinesicherheit.gv.at.",
    "Abs. 3's rule for mass mailings of more than 50 recipients without advertising purpose is not modelled (the engine decides marketing; service messages are not held to it).",
    "The ECG-Liste holds e-mail addresses (and whole domains); no re-check period is set in law, so a check at most 30 days old is required for the existing-customer exception (assumption).",
    "Left out: the WKO Robinsonliste for addressed mail (§ 151 GewO, binding on address publishers and direct-marketing firms), and caller-ID rules.",
  ],
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
