import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Law on Electronic Communications No IX-2135 in force 1 May 2004 (e-seimas.lrs.lt). */
const ERI_START = "2004-05-01T00:00:00+03:00";
const LAW_0 =
  "Lietuvos Respublikos elektroninių ryšių įstatymas (Law on Electronic Communications, No IX-2135)";
const URL_0 = "https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/TAIS.232036";

/**
 * Lithuania: Using electronic communications services (e-mail, SMS, calls) for direct marketing only with the subscriber's prior consent; customer exception for own similar products by e-mail.
 *
 * @see https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/TAIS.232036
 */
export const LT = definePack({
  code: "LT",
  name: "Lithuania",
  jurisdictions: ["LT"],
  notes: [
    "Elektroninių ryšių įstatymas, 69 straipsnio 3 dalis (LT-EPRIVACY-13-4): 'Draudžiama tiesioginės rinkodaros tikslu siųsti elektroninio pašto pranešimus slepiant siuntėjo, kurio vardu informacija siunčiama, tapatybę arba nenurodant galiojančio adreso, kuriuo gavėjas galėtų pareikalauti nutraukti tokios informacijos siuntimą' (quoted on esaugumas.lt, a public e-safety site, checked 2026-12-04; the same words as art. 68(3) are quoted in a 2009 newsgroup post; both secondary, e-seimas.lrs.lt not opened at the article). Every marketing e-mail and SMS names the sender on whose behalf it is sent and gives a valid address to stop such messages. Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference; the rule keeps the directive's date (31 July 2002, earlier than the Act's 1 May 2004, stricter).",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; LT-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: from 1 May 2004, the law's entry into force ('Įsigalioja 2004-05-01', e-seimas.lrs.lt, official, checked 2026-12-04). The article is 69 since the law as amended to transpose the EECC came into force on 1 December 2021 (rrt.lt); its wording as read is kept from 2004 (the rule it encodes held then as art. 68; stricter). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Art. 68 (1)–(3) are read from a 2009 quotation of the law (newsgroups.lt, secondary): 'Naudoti elektroninių ryšių paslaugas, įskaitant elektroninio pašto pranešimų siuntimą, tiesioginės rinkodaros tikslu leidžiama tik esant išankstiniam abonento sutikimui'. Checked 2026-12-04: the state cyber-safety site esaugumas.lt and legaltip.lt quote the current text as art. 69 (1)–(3): 'Naudoti elektroninių ryšių paslaugas, įskaitant elektroninio pašto pranešimų siuntimą, tiesioginės rinkodaros tikslu leidžiama tik gavus išankstinį abonento ar registruoto elektroninių ryšių paslaugų naudotojo sutikimą'; legaltip.lt adds that calling to ask for marketing consent is itself a breach. Rule ids keep the old number 68; e-seimas itself was not opened.",
    "The Advertising Law also allows advertising by telephone, fax or e-mail only with the consumer's consent or at their request (same source). No register (a 2025 web claim of one is unreliable) and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("LT-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("LT-EPRIVACY-13-4", {
        source: { law: LAW_0, section: "69 str. 3 d.", url: URL_0, checked: "2026-12-04" },
      }),
    ],
    consentRequirements: [
      {
        id: "LT-ERI-68-1",
        from: ERI_START,
        description:
          "Using electronic communications services, e-mail and SMS included, for direct marketing only with the subscriber's prior consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section:
            "69 straipsnis 1 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LT-ERI-68-1-CALLS",
        from: ERI_START,
        description:
          "Marketing calls use electronic communications services and need the subscriber's prior consent.",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section:
            "69 straipsnis 1 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LT-ERI-68-2",
        from: ERI_START,
        description:
          "E-mail to a customer whose e-mail contact details were obtained in a sale, for the sender's own similar goods or services, with a clear, free refusal at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section:
            "69 straipsnis 2 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
