import { definePack } from "../pack.js";

const CHECKED = "2026-11-22";
const CONSO = "Code de la consommation";
const CPCE = "Code des postes et des communications électroniques";

/**
 * France: prior consent for e-mail, SMS and automated calls to natural persons with the
 * existing-customer exception (CPCE L34-5); prior consent for consumer telephone canvassing (L223-1,
 * since 11 August 2026); canvassing calls only on weekdays 10:00–13:00 and 14:00–20:00, never on
 * public holidays, at most four in 30 days (D223-9).
 *
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046422695
 */
export const FR = definePack({
  code: "FR",
  name: "France",
  jurisdictions: ["FR"],
  notes: [
    "Since 11 August 2026 (loi n° 2025-594), telephone canvassing of consumers needs prior consent; Bloctel, the former opt-out list, is not modelled.",
    "The exception for an offer related to a contract being performed is not modelled (a relationship record cannot show a current contract): consent is required (cautious).",
    "Whether the four-calls-in-30-days limit survived the 2026 reform is not confirmed; it is kept (cautious). A refusal during a call is a withdrawal and blocks indefinitely, stricter than the 60-day rule.",
    "The calling window is kept even for consenting consumers (D223-9 allows calls outside it only with a specific express consent to that).",
    "Business-to-business e-mail on a legitimate-interest basis rests on CNIL guidance, not statute, and is not modelled: consent is required (cautious).",
  ],
  policy: {
    consentRequirements: [
      {
        id: "FR-CPCE-L34-5",
        description:
          "Direct marketing by automated calling system, fax or electronic mail (e-mail, SMS) to a natural person needs their prior consent.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: CPCE,
          section: "art. L34-5",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006465785",
          checked: CHECKED,
        },
      },
      {
        id: "FR-CONSO-L223-1",
        description:
          "Telephone canvassing of a consumer needs their prior consent (since 11 August 2026).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: CONSO,
          section: "art. L223-1 (loi n° 2025-594, art. 13)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285",
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "FR-CPCE-L34-5-CLIENT",
        description:
          "E-mail or SMS to a customer whose details were collected from them in a sale, about analogous products of the same seller, with a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: CPCE,
          section: "art. L34-5, al. 4",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006465785",
          checked: CHECKED,
        },
      },
    ],
    windows: [
      {
        id: "FR-CONSO-D223-9-HOURS",
        description:
          "Telephone canvassing of consumers only Monday to Friday, 10:00–13:00 and 14:00–20:00 in the consumer's time zone.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        windows: [
          { days: ["mon", "tue", "wed", "thu", "fri"], from: "10:00", until: "13:00" },
          { days: ["mon", "tue", "wed", "thu", "fri"], from: "14:00", until: "20:00" },
        ],
        source: {
          law: CONSO,
          section: "art. D223-9 (décret n° 2022-1313)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046422695",
          checked: CHECKED,
        },
      },
    ],
    holidays: [
      {
        id: "FR-CONSO-D223-9-HOLIDAYS",
        description:
          "No telephone canvassing of consumers on public holidays (art. L3133-1 Code du travail).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: CONSO,
          section: "art. D223-9",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046422695",
          checked: CHECKED,
        },
      },
    ],
    caps: [
      {
        id: "FR-CONSO-D223-9-4PER30D",
        description:
          "The same professional may not canvass the same consumer by telephone more than four times in 30 calendar days.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        max: 4,
        window: "P30D",
        countBy: ["purpose", "channel"],
        source: {
          law: CONSO,
          section: "art. D223-9",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046422695",
          checked: CHECKED,
        },
      },
    ],
  },
});
