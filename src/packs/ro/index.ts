import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Legea nr. 365/2002 (Monitorul Oficial nr. 483 of 5 July 2002) in force 5 July 2002 (lege5.ro). */
const L365_START = "2002-07-05T00:00:00+03:00";
/** Legea nr. 506/2004 published in Monitorul Oficial nr. 1101 of 25 November 2004; its commencement day was not confirmed. */
const L506_PUBLISHED = "2004-11-25T00:00:00+02:00";
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
    "Legea nr. 365/2002, art. 6 alin. (2) lit. b) (RO-EPRIVACY-13-4): commercial communications 'trebuie să respecte cel puțin următoarele condiții: a) să fie clar identificabile ca atare; b) persoana fizică sau juridică în numele căreia sunt făcute să fie clar identificată' (quoted on avocatnet.ro, secondary, checked 2026-12-04): every marketing e-mail and SMS names the person on whose behalf it is sent. The duty to give a valid address to stop such messages (the transposition of Art. 13(4) in Legea nr. 506/2004) was not confirmed; it rests on the directive, which binds Romania without exception or option. The article asks more than the directive — the communication must be clearly identifiable as commercial and promotional offers and games clearly marked (lit. a, c, d) — which the engine does not check. Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; RO-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: Legea nr. 365/2002 from 5 July 2002 ('În vigoare de la 05 iulie 2002', lege5.ro, secondary; art. 6 is numbered so since the republication of 29 November 2006); Legea nr. 506/2004 from 25 November 2004, its publication in Monitorul Oficial nr. 1101 (avocatura.com, secondary): its commencement day was not confirmed, so the publication day is taken (the earliest possible, stricter) (checked 2026-12-04). Later amendments of either article were not read. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Legea 365/2002 art. 6 (1) is quoted in full (avocatnet.ro): 'Efectuarea de comunicări comerciale prin poștă electronică este interzisă, cu excepția cazului în care destinatarul și-a exprimat în prealabil consimțământul expres'. It draws no line between natural and legal persons: an offer e-mailed to a company or a public body needs consent too.",
    "Legea 506/2004 art. 12 (1) is read from a secondary summary (avocatoo.ro): automated calling, fax, e-mail 'sau orice altă metodă care folosește servicii de comunicații electronice destinate publicului' — live calls are held to consent (cautious).",
    "The customer exception of art. 12 (2) is not applied: Legea 365/2002 art. 6 (1) admits no exception for e-mail, and the wording of art. 12 (2) was not confirmed (cautious). No register and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("RO-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("RO-EPRIVACY-13-4", {
        source: {
          law: LAW_0,
          section:
            "art. 6 alin. (2) lit. b) (the opt-out address duty of Legea nr. 506/2004 not confirmed: ePrivacy Art. 13(4))",
          url: URL_0,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "RO-L365-6-1",
        from: L365_START,
        description:
          "Commercial communications by electronic mail are forbidden unless the recipient gave prior express consent, natural or legal person.",
        channels: ["email"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 6 alin. (1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "RO-L506-12-1",
        from: L506_PUBLISHED,
        description:
          "Commercial communications by automated calling, fax, SMS or any other method using public electronic communications services (calls included) need the recipient's prior express consent.",
        channels: ["sms", "voice"],
        purposes: ["marketing"],
        source: {
          law: LAW_1,
          section: "art. 12 alin. (1)",
          url: URL_1,
          checked: CHECKED,
        },
      },
    ],
  },
});
