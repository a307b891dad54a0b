import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const LGTEL = "Ley 11/2022, de 28 de junio, General de Telecomunicaciones";
const LGTEL_URL = "https://www.boe.es/buscar/act.php?id=BOE-A-2022-10757";
const CIRCULAR = "Circular 1/2023, de 26 de junio, de la Agencia Española de Protección de Datos";
const CIRCULAR_URL = "https://www.boe.es/eli/es/cir/2023/06/26/1/con";
const LSSI = "Ley 34/2002, de servicios de la sociedad de la información (LSSI)";
const LSSI_URL = "https://www.boe.es/buscar/act.php?id=BOE-A-2002-13758";
const TRLGDCU =
  "Real Decreto Legislativo 1/2007, Ley General para la Defensa de los Consumidores y Usuarios";
const TRLGDCU_URL = "https://www.boe.es/buscar/act.php?id=BOE-A-2007-20555";
const LOPDGDD = "Ley Orgánica 3/2018, de Protección de Datos Personales (LOPDGDD)";
const LOPDGDD_URL = "https://www.boe.es/buscar/act.php?id=BOE-A-2018-16673";

/**
 * Spain: prior consent for commercial calls (LGTel art. 66.1.b, since 29 June 2023), narrowed by
 * the AEPD to the sender's own customers for similar products within a year of the relationship;
 * prior consent for e-mail and SMS to anyone with the LSSI existing-customer exception; the Lista
 * Robinson for sends without consent; calls to consumers only Monday to Friday 09:00–21:00, never
 * on public holidays.
 *
 * @see https://www.boe.es/buscar/act.php?id=BOE-A-2022-10757
 */
export const ES = definePack({
  code: "ES",
  name: "Spain",
  jurisdictions: ["ES"],
  notes: [
    "LSSI arts. 20.1 and 21.2 (ES-EPRIVACY-13-4): commercial communications by electronic means must be clearly identifiable as such and 'la persona física o jurídica en nombre de la cual se realizan también deberá ser claramente identificable' (art. 20.1), and the sender must offer the addressee a simple, free way to object 'en cada una de las comunicaciones comerciales que le dirija' (art. 21.2): every marketing e-mail and SMS names the person on whose behalf it is sent and carries a working opt-out. Read 2026-12-04 through quotations of the articles (comparativadebancos.com, eumed.net for art. 20.1; a copy of art. 21.2 as worded by Ley 32/2003, villanueva4.tripod.com; AEPD report 2018-0164 via privtools.eu; all secondary — the BOE text was not opened); the later sentence of art. 21.2 said to require an e-mail or other valid electronic address for opt-outs sent by e-mail was not found. Art. 20.1 asks more than the directive: an e-mail or equivalent must carry the word 'publicidad' or 'publi' at its start; the engine has no fact for that label and does not check it (a sender must). Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; ES-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are each rule's `from` (local midnight in Madrid), moved there on 2026-12-04 from the rule's section, where they were given since 2026-12-02. `ES-EPRIVACY-13-4` is dated from the LSSI (12 October 2002), the law the pack rests on for e-mail, as in the FR and SE packs. Re-checked 2026-12-04: Ley 11/2022 in force 30 June 2022, the day after its publication (businessinsider.es), its art. 66.1.b from 29 June 2023 (uppers.es, ultimahora.es quoting the Secretaría de Estado; secondary).",
    "LGTel art. 66.1.b covers every end user of a number-based service, businesses too: calls to business customers need consent as well (the text does not single out natural persons).",
    "The other GDPR art. 6.1 basis art. 66.1.b allows is read through AEPD Circular 1/2023 (art. 3): legitimate interest only for the sender's own customers, products similar to those contracted, and no call once the contract has ended and the customer has had no interaction for a year. The engine cannot see a contract in force, so a purchase within 365 days is required (cautious).",
    "The one-year limit and the existing-customer reading rest on the Circular as quoted by the AEPD and APDCAT pages and secondary sources (blog.sadapaz.com); the BOE text of the Circular was not opened.",
    "Calling hours (TRLGDCU art. 96.2): 'En ningún caso, las llamadas telefónicas se efectuarán antes de las 9 horas ni más tarde de las 21 horas ni festivos o fines de semana' — read from several press quotes of the article (secondary). Regional holidays are held by customers with a region code (ES-MD, ES-CT…); local holidays are not known to the engine.",
    "The Lista Robinson (Adigital) is how LOPDGDD art. 23.4 is met in practice; no re-check period is set in law, so a check at most 30 days old is required (cautious). A customer who consented to the sender need not be looked up (art. 23.4).",
    'Left out: Ley 10/2025 (servicios de atención a la clientela, in force 28 December 2025, adaptation until 28 December 2026): a dedicated prefix for commercial calls and the renewal of call consents every two years, known only from secondary sources; Orden TDF/149/2025 (no mobile numbers for commercial calls); the industry code\'s 15:00–16:00 break (voluntary). A sender should set `consent.maxAge: "P730D"` for call consents until rules carry dates.',
    "E-mail and SMS: LSSI art. 21 applies to every recipient, legal persons included (no B2B relaxation).",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("ES-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("ES-EPRIVACY-13-4", {
        source: { law: LSSI, section: "arts. 20.1 and 21.2", url: LSSI_URL, checked: "2026-12-04" },
        from: "2002-10-12T00:00:00+02:00",
      }),
    ],
    consentRequirements: [
      {
        id: "ES-LGTEL-66-1-A",
        from: "2022-06-30T00:00:00+02:00",
        description:
          "Automated calls without human intervention need the user's prior consent; the existing-customer legitimate interest does not reach them.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LGTEL,
          section: "art. 66.1.a",
          url: LGTEL_URL,
          checked: CHECKED,
        },
      },
      {
        id: "ES-LGTEL-66-1-B",
        from: "2023-06-29T00:00:00+02:00",
        description:
          "Commercial calls need the end user's prior consent (or the existing-customer legitimate interest below), consumer or business.",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: LGTEL,
          section: "art. 66.1.b",
          url: LGTEL_URL,
          checked: CHECKED,
        },
      },
      {
        id: "ES-LSSI-21-1",
        from: "2002-10-12T00:00:00+02:00",
        description:
          "Commercial communications by e-mail or an equivalent electronic means (SMS) need the recipient's prior request or express authorisation, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LSSI,
          section: "art. 21.1",
          url: LSSI_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "ES-AEPD-CIRCULAR-1-2023-3",
        from: "2023-06-29T00:00:00+02:00",
        description:
          "Live calls to the sender's own customer about products similar to those contracted, on legitimate interest; no call a year after the last purchase (cautious reading of 'contract ended and no interaction in the last year').",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P365D",
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: CIRCULAR,
          section: "art. 3",
          url: CIRCULAR_URL,
          checked: CHECKED,
        },
      },
      {
        id: "ES-LSSI-21-2",
        from: "2002-10-12T00:00:00+02:00",
        description:
          "E-mail or SMS to a customer whose details were obtained lawfully in a prior contract, about the sender's own products similar to those contracted, with a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LSSI,
          section: "art. 21.2",
          url: LSSI_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "ES-LISTA-ROBINSON",
        from: "2018-12-07T00:00:00+01:00",
        description:
          "Direct marketing without the customer's consent to the sender must first consult the advertising-exclusion systems (Lista Robinson); a listing blocks, a check at most 30 days old (cautious).",
        channels: ["voice", "sms", "email", "post"],
        purposes: ["marketing"],
        exemptBases: ["consent"],
        maxAge: "P30D",
        source: {
          law: LOPDGDD,
          section: "art. 23.4",
          url: LOPDGDD_URL,
          checked: CHECKED,
        },
      },
    ],
    windows: [
      {
        id: "ES-TRLGDCU-96-2-HOURS",
        from: "2022-03-02T00:00:00+01:00",
        description:
          "Commercial calls to consumers only Monday to Friday, 09:00–21:00 in the consumer's time zone; never at weekends.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "21:00" }],
        source: {
          law: TRLGDCU,
          section: "art. 96.2 (Ley 4/2022)",
          url: TRLGDCU_URL,
          checked: CHECKED,
        },
      },
    ],
    holidays: [
      {
        id: "ES-TRLGDCU-96-2-HOLIDAYS",
        from: "2022-03-02T00:00:00+01:00",
        description:
          "No commercial calls to consumers on public holidays (national, and regional for a customer with a region code).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: TRLGDCU,
          section: "art. 96.2 (Ley 4/2022)",
          url: TRLGDCU_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
