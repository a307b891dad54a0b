import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Lei n.º 46/2012 (published 29 August 2012) in force the next day. */
const LEI_46_2012 = "2012-08-30T00:00:00+01:00";
const LEI = "Lei n.º 41/2004, de 18 de agosto (as amended by Lei n.º 46/2012, de 29 de agosto)";
const LEI_URL = "https://debates.parlamento.pt/catalogo/r3/dar/s2a/12/01/217/2012-07-31/13";

/**
 * Portugal: unsolicited direct marketing to a natural person — by automated calls, fax, e-mail,
 * SMS and, as ANACOM reads the illustrative list, live calls — needs prior express consent (art.
 * 13.º-A n.º 1), with the customer exception for analogous products (n.º 3); legal persons may be
 * sent marketing until they refuse and enter the Direção-Geral do Consumidor's opposition list
 * (n.º 2, art. 13.º-B).
 *
 * @see https://debates.parlamento.pt/catalogo/r3/dar/s2a/12/01/217/2012-07-31/13
 */
export const PT = definePack({
  code: "PT",
  name: "Portugal",
  jurisdictions: ["PT"],
  notes: [
    "Lei n.º 41/2004, art. 13.º-A, n.º 4 (PT-EPRIVACY-13-4): 'É proibido o envio de correio eletrónico para fins de marketing directo, ocultando ou dissimulando a identidade da pessoa em nome de quem é efetuada a comunicação, em violação do artigo 21.º do Decreto-Lei n.º 7/2004 …, sem a indicação de um meio de contacto válido para o qual o destinatário possa enviar um pedido para pôr termo a essas comunicações' (quoted by apdc-direitoconsumo.blogspot.com, 2025, secondary; the article as proposed in 2012 is on the Assembleia's DAR II série A n.º 217 page, whose excerpt stops at n.º 4, checked 2026-12-04): every marketing e-mail and SMS names the person on whose behalf it is sent and gives a valid contact to stop such messages. The number also bars e-mail that urges the recipient to visit sites in breach of the e-commerce rules, which the engine does not check. Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference; the rule keeps the directive's date (31 July 2002), earlier than Lei 46/2012 (30 August 2012) and so stricter: before it the rule stood in art. 22 of Decreto-Lei 7/2004 (davidjosearaujo.gitbook.io, secondary).",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; PT-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: art. 13.º-A and 13.º-B in their current wording from 30 August 2012, the day after Lei n.º 46/2012 was published (Diário da República of 29 August 2012), confirmed by the consolidated text's notes ('Redação dada pela Lei n.º 46/2012, de 29 de agosto, com entrada em vigor no dia seguinte ao da sua publicação'; scribd copy, secondary; checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "The text of art. 13.º-A is read from the bill as published in the Diário da Assembleia da República (II-A n.º 217, 31 July 2012); the consolidated DRE text was not opened.",
    "Live calls to consumers: n.º 1 lists means 'designadamente' (among others); ANACOM's consumer FAQ reads it to cover promotional calls ('só podem contactar com fins promocionais os consumidores que o tenham autorizado previamente'). Consent is required (the stricter reading; some commentators call the law ambiguous).",
    "The DGC opposition list (lista de oposição) is where legal persons refuse; no re-check period was found, so a check at most 30 days old is required (assumption). It gates the opt-out regime only: a consent to the sender stands.",
    "The customer exception is applied to consumers; for legal persons the opt-out regime already applies.",
    "No statutory calling hours.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("PT-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("PT-EPRIVACY-13-4", {
        source: { law: LEI, section: "art. 13.º-A, n.º 4", url: LEI_URL, checked: "2026-12-04" },
      }),
    ],
    consentRequirements: [
      {
        id: "PT-LEI41-13A-1",
        from: LEI_46_2012,
        description:
          "Unsolicited direct marketing to a natural person by automated calls, fax, e-mail, SMS, MMS and similar means, and (ANACOM) live calls, needs their prior express consent.",
        kinds: ["electronic", "telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LEI,
          section: "art. 13.º-A n.º 1",
          url: LEI_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "PT-LEI41-13A-3",
        from: LEI_46_2012,
        description:
          "Electronic messages to a customer whose electronic contact details were obtained in a sale, for the supplier's own analogous products, with a free and easy refusal at collection and in every message.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LEI,
          section: "art. 13.º-A n.º 3",
          url: LEI_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "PT-LEI41-13A-2",
        from: LEI_46_2012,
        description:
          "Unsolicited direct marketing to a subscriber that is a legal person is allowed until it refuses further communications and enters the opposition list.",
        kinds: ["electronic", "telephone"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: LEI,
          section: "art. 13.º-A n.º 2",
          url: LEI_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "PT-DGC-LISTA-OPOSICAO",
        from: LEI_46_2012,
        description:
          "No unsolicited marketing to a legal person on the Direção-Geral do Consumidor's opposition list; a check at most 30 days old (assumption); a consent to the sender stands.",
        kinds: ["electronic", "telephone"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        exemptBases: ["consent"],
        maxAge: "P30D",
        source: {
          law: LEI,
          section: "art. 13.º-B n.º 2",
          url: LEI_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
