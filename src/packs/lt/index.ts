import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
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
    "Dates in force are given in each rule's section as '; in force from YYYY-MM-DD' (or the year, where the commencement date was not confirmed) until rules carry their own dates.",
    "Art. 68 (1)–(3) are read from a 2009 quotation of the law (newsgroups.lt, secondary): 'Naudoti elektroninių ryšių paslaugas, įskaitant elektroninio pašto pranešimų siuntimą, tiesioginės rinkodaros tikslu leidžiama tik esant išankstiniam abonento sutikimui'. Checked 2026-12-04: the state cyber-safety site esaugumas.lt and legaltip.lt quote the current text as art. 69 (1)–(3): 'Naudoti elektroninių ryšių paslaugas, įskaitant elektroninio pašto pranešimų siuntimą, tiesioginės rinkodaros tikslu leidžiama tik gavus išankstinį abonento ar registruoto elektroninių ryšių paslaugų naudotojo sutikimą'; legaltip.lt adds that calling to ask for marketing consent is itself a breach. Rule ids keep the old number 68; e-seimas itself was not opened.",
    "The Advertising Law also allows advertising by telephone, fax or e-mail only with the consumer's consent or at their request (same source). No register (a 2025 web claim of one is unreliable) and no calling hours were found.",
  ],
  policy: {
    consentRequirements: [
      {
        id: "LT-ERI-68-1",
        description:
          "Using electronic communications services, e-mail and SMS included, for direct marketing only with the subscriber's prior consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section:
            "69 straipsnis 1 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary); in force from 2004-05-01",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LT-ERI-68-1-CALLS",
        description:
          "Marketing calls use electronic communications services and need the subscriber's prior consent.",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section:
            "69 straipsnis 1 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary); in force from 2004-05-01",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LT-ERI-68-2",
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
            "69 straipsnis 2 dalis (art. 68 in the 2004 numbering; the current number 69 and wording read 2026-12-04 on esaugumas.lt and legaltip.lt, secondary); in force from 2004-05-01",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
