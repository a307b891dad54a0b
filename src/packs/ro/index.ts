import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
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
export const RO = definePack({
  code: "RO",
  name: "Romania",
  jurisdictions: ["RO"],
  notes: [
    "ePrivacy Art. 13(4) (RO-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Romania without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; RO-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are given in each rule's section as '; in force from YYYY-MM-DD' (or the year, where the commencement date was not confirmed) until rules carry their own dates.",
    "Legea 365/2002 art. 6 (1) is quoted in full (avocatnet.ro): 'Efectuarea de comunicări comerciale prin poștă electronică este interzisă, cu excepția cazului în care destinatarul și-a exprimat în prealabil consimțământul expres'. It draws no line between natural and legal persons: an offer e-mailed to a company or a public body needs consent too.",
    "Legea 506/2004 art. 12 (1) is read from a secondary summary (avocatoo.ro): automated calling, fax, e-mail 'sau orice altă metodă care folosește servicii de comunicații electronice destinate publicului' — live calls are held to consent (cautious).",
    "The customer exception of art. 12 (2) is not applied: Legea 365/2002 art. 6 (1) admits no exception for e-mail, and the wording of art. 12 (2) was not confirmed (cautious). No register and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("RO-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("RO-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "RO-L365-6-1",
        description:
          "Commercial communications by electronic mail are forbidden unless the recipient gave prior express consent, natural or legal person.",
        channels: ["email"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 6 alin. (1); in force since 2002 (commencement not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "RO-L506-12-1",
        description:
          "Commercial communications by automated calling, fax, SMS or any other method using public electronic communications services (calls included) need the recipient's prior express consent.",
        channels: ["sms", "voice"],
        purposes: ["marketing"],
        source: {
          law: LAW_1,
          section: "art. 12 alin. (1); in force since 2004 (commencement not confirmed)",
          url: URL_1,
          checked: CHECKED,
        },
      },
    ],
  },
});
