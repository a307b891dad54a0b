import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-11-22";
const CHECKED_DATES = "2026-12-02";
/** The opt-in regime of loi n° 2025-594 art. 13 starts, and Bloctel ends, at midnight in Paris. */
const OPT_IN = "2026-08-11T00:00:00+02:00";
/** Loi n° 2020-901 narrowed the Bloctel exception to a contract in progress (26 July 2020). */
const BLOCTEL_2020 = "2020-07-26T00:00:00+02:00";
/**
 * Loi n° 2025-594 (JO of 1 July 2025) widened the sector ban; secondary sources give 1 or 2 July
 * 2025 as its start: the earlier one is taken (cautious).
 */
const SECTOR_2025 = "2025-07-01T00:00:00+02:00";
/** Décret n° 2022-1313 (art. D223-9) in force. */
const D223_9 = "2023-03-01T00:00:00+01:00";
/** Loi n° 2004-575 (LCEN), art. 22, which wrote art. L34-5 CPCE. */
const LCEN = "2004-06-22T00:00:00+02:00";
const BLOCTEL_URL = "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042155931";
const CONSO = "Code de la consommation";
const CPCE = "Code des postes et des communications électroniques";

/**
 * France: prior consent for e-mail, SMS and automated calls to natural persons with the
 * existing-customer exception (CPCE L34-5); telephone canvassing of consumers on the Bloctel
 * opposition list until 10 August 2026 and by prior consent from 11 August 2026 (L223-1, loi
 * n° 2025-594), both with the exception for a contract in progress; canvassing calls only on
 * weekdays 10:00–13:00 and 14:00–20:00, never on public holidays, at most four in 30 days, and none
 * for 60 full days after a refusal during a call (D223-9).
 *
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046422695
 */
export const FR = definePack({
  code: "FR",
  name: "France",
  jurisdictions: ["FR"],
  notes: [
    "Law in force by date: until 10 August 2026 telephone canvassing is an opt-out regime with the Bloctel opposition list (L223-1 as amended by loi n° 2020-901, from 26 July 2020); from 11 August 2026 (loi n° 2025-594, art. 13, III) it needs the consumer's prior consent, and Bloctel ends. A send deferred across midnight of 11 August 2026 in Paris is judged under the law in force at its send time. Both dates were re-confirmed on 2026-12-02 (cms.law, illiade/Lefebvre quoting art. 13, III; the 2026 text via the Légifrance mirror at legal.tricoteuses.fr).",
    "The exception for a call within a contract in progress about its subject (L223-1 al. 2 before, al. 4 after 11 August 2026) is read from `relationship.contracts`: a running contract (no end, or an end after the call) whose type is the message's category. Offers of related or complementary products (« afférents ou complémentaires ») are not recognised: only the same type (cautious). Before 26 July 2020 any pre-existing contractual relationship sufficed; that version is not modelled (no rule, so the policy's default asks for consent).",
    "Bloctel: files must be checked at least once a month by a habitual canvasser (L223-1); a check at most 28 days old is required (cautious: the shortest month). A consent does not override a listing (the text names only the contract exception).",
    'D223-9 (in force 1 March 2023, text re-read on 2026-12-02 via the Légifrance mirrors app.livv.eu and tricoteuses): after a refusal during the call, no contact by telephone before 60 full calendar days (« soixante jours calendaires révolus ») have passed: record the call in the history with `outcome: "refused"`; calls resume at local midnight after the 60th full day. A reported décret n° 2026-662 that would remove the 60-day period from 11 August 2026 is unverified and not encoded.',
    "Whether the four-calls-in-30-days limit survived the 2026 reform is not confirmed in the decree's text; it is kept (cautious). Searched again 2026-12-04: UFC-Que Choisir Rambouillet (28 July 2025) lists the hours, « pas … plus de quatre fois par mois par le même professionnel » and the 60-day period among what the reformed regime provides (secondary); cms.law restates the current D223-9 hours.",
    "The start of art. L34-5 CPCE (loi n° 2004-575, JO of 22 June 2004) is from knowledge, not re-checked.",
    "Art. L34-5, al. 5 CPCE (FR-EPRIVACY-13-4): 'Dans tous les cas, il est interdit d'émettre, à des fins de prospection directe, des messages au moyen de système automatisé de communications électroniques … sans indiquer de coordonnées valables auxquelles le destinataire puisse utilement transmettre une demande tendant à obtenir que ces communications cessent sans frais autres que ceux liés à la transmission de celle-ci. Il est également interdit de dissimuler l'identité de la personne pour le compte de laquelle la communication est émise et de mentionner un objet sans rapport avec la prestation ou le service proposé.' Every marketing e-mail and SMS names the person on whose behalf it is sent and gives valid contact details to stop such messages at no cost beyond transmission. Wording read 2026-12-04 through quotations of the current article in public compliance code and notes (GitHub, found by exact phrase; the 'alinéa 5' numbering and the wording since loi n° 2020-901 of 24 July 2020 are theirs) and of the 2004 wording (businesspme.com), all secondary; Légifrance was not opened. The article asks more than the directive: no subject line unrelated to the offer, which the engine does not check (a sender must). The CNIL's SMS guidance, as quoted there, asks every message to name the advertiser. Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference.",
    "The calling window is kept even for consenting consumers (D223-9 allows calls outside it only with a specific express consent to that).",
    "Business-to-business e-mail on a legitimate-interest basis rests on CNIL guidance, not statute, and is not modelled: consent is required (cautious).",
    "Sector ban (art. L223-1, loi n° 2020-901 of 24 July 2020, in force 26 July 2020; widened by loi n° 2025-594 art. 13 from July 2025: the law was published on 1 July 2025 and secondary sources give 1 or 2 July as its start, so 1 July is taken, cautious): no canvassing of consumers for equipment or works for energy savings or renewable energy in dwellings, nor (since July 2025, `FR-CONSO-L223-1-ADAPTATION`) for adapting dwellings to ageing or disability, whatever their consent. By telephone (L223-1; text confirmed through verbatim quotes of Légifrance) and, since July 2025, by electronic message, e-mail or social network (art. L223-8; secondary sources only). The exception for a contract in progress is not modelled here: the ban applies (cautious). A message without a `sector` is in none.",
    "Consents are held to the GDPR standard (pre-ticked, inactive, bundled or uninformed: consent.invalid).",
  ],
  policy: {
    requiredFacts: [
      senderAndOptOut("FR-EPRIVACY-13-4", {
        source: {
          law: CPCE,
          section: "art. L34-5, al. 5",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006465785",
          checked: "2026-12-04",
        },
        from: LCEN,
      }),
    ],
    consentRequirements: [
      {
        id: "FR-CPCE-L34-5",
        from: LCEN,
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
        from: OPT_IN,
        source: {
          law: CONSO,
          section: "art. L223-1 al. 1–3 (loi n° 2025-594, art. 13, I and III)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285",
          checked: CHECKED_DATES,
        },
      },
    ],
    existingCustomer: [
      {
        id: "FR-CPCE-L34-5-CLIENT",
        from: LCEN,
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
      {
        id: "FR-CONSO-L223-1-CONTRAT",
        description:
          "No consent is needed for a call made within a contract in progress and about its subject (since 11 August 2026): a running contract whose type is the message's category.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        from: OPT_IN,
        obtainedBy: ["contract"],
        contactFromRelationship: false,
        similarProducts: true,
        optOutAtCollection: false,
        source: {
          law: CONSO,
          section: "art. L223-1 al. 4 (loi n° 2025-594, art. 13)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285",
          checked: CHECKED_DATES,
        },
      },
    ],
    optOut: [
      {
        id: "FR-CONSO-L223-1-BLOCTEL-OPT-OUT",
        description:
          "Until 10 August 2026, live telephone canvassing of consumers needs no prior consent; consumers on the Bloctel opposition list may not be called.",
        channels: ["voice"],
        automated: false,
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        from: BLOCTEL_2020,
        until: OPT_IN,
        source: {
          law: CONSO,
          section:
            "art. L223-1 al. 1–2 (loi n° 2020-901, version in force 26 July 2020 – 10 August 2026)",
          url: BLOCTEL_URL,
          checked: CHECKED_DATES,
        },
      },
    ],
    registers: [
      {
        id: "FR-BLOCTEL",
        description:
          "Until 10 August 2026, no telephone canvassing of a consumer on the Bloctel opposition list (checked at most 28 days before), except within a contract in progress and about its subject.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        from: BLOCTEL_2020,
        until: OPT_IN,
        maxAge: "P28D",
        contractOverrides: {},
        source: {
          law: CONSO,
          section:
            "art. L223-1 al. 2–3 (loi n° 2020-901, version in force 26 July 2020 – 10 August 2026)",
          url: BLOCTEL_URL,
          checked: CHECKED_DATES,
        },
      },
    ],
    windows: [
      {
        id: "FR-CONSO-D223-9-HOURS",
        from: D223_9,
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
        from: D223_9,
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
    // The sector ban on canvassing for energy renovation (consentvalid; separate from the telephone rules).
    rules: [
      {
        id: "FR-CONSO-L223-1-RENOVATION",
        from: BLOCTEL_2020,
        description:
          "No telephone canvassing of consumers for equipment or works in dwellings for energy savings or renewable energy, even with their consent.",
        kinds: ["telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        when: {
          field: "message.sector",
          op: "in",
          value: ["energy-renovation", "renewable-energy"],
        },
        source: {
          law: CONSO,
          section: "art. L223-1 (loi n° 2020-901)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285",
          checked: "2026-12-04",
        },
      },
      {
        id: "FR-CONSO-L223-1-ADAPTATION",
        from: SECTOR_2025,
        description:
          "Since July 2025, no telephone canvassing of consumers for adapting dwellings to ageing or disability, even with their consent.",
        kinds: ["telephone"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        when: { field: "message.sector", op: "eq", value: "dwelling-adaptation" },
        source: {
          law: CONSO,
          section: "art. L223-1 (loi n° 2025-594, art. 13)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285",
          checked: "2026-12-04",
        },
      },
      {
        id: "FR-CONSO-L223-8-RENOVATION",
        from: SECTOR_2025,
        description:
          "Since July 2025, no canvassing of consumers by electronic message or e-mail for energy-saving or renewable-energy works or the adaptation of dwellings, even with their consent.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        when: {
          field: "message.sector",
          op: "in",
          value: ["energy-renovation", "renewable-energy", "dwelling-adaptation"],
        },
        source: {
          law: CONSO,
          section: "art. L223-8 (loi n° 2025-594, art. 13)",
          url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565",
          checked: "2026-12-02",
        },
      },
    ],
    consentValidity: [gdprConsentValidity("FR-RGPD-CONSENTEMENT")],
    caps: [
      {
        id: "FR-CONSO-D223-9-4PER30D",
        from: D223_9,
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
    refusals: [
      {
        id: "FR-CONSO-D223-9-REFUS",
        description:
          "After a consumer refuses the canvassing during the call, no telephone contact before 60 full calendar days have passed from the refusal.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        from: D223_9,
        blocksFor: "P60D",
        fullDays: true,
        source: {
          law: CONSO,
          section: "art. D223-9 al. 3 (décret n° 2022-1313)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046422695",
          checked: CHECKED_DATES,
        },
      },
    ],
  },
});
