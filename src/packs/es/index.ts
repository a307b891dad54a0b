import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const ES_CORE = definePack({
  code: "ES",
  name: "Spain",
  jurisdictions: ["ES"],
  notes: [],
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

/**
 * Spain, with its notes (`./notes.ts`): what `consentry/packs/es` and `consentry/packs`
 * export. The rules are `ES_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const ES = /* @__PURE__ */ withNotes(ES_CORE, NOTES);
