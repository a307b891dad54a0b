import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const CPRIV = "Codice in materia di protezione dei dati personali (d.lgs. 196/2003)";
const CPRIV_URL =
  "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2003-06-30;196";
const RPO =
  "D.P.R. 27 gennaio 2022, n. 26 (Registro pubblico delle opposizioni), with L. 11 gennaio 2018, n. 5";
const RPO_URL =
  "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decreto:2022-01-27;26";
const CODICE =
  "Codice di condotta per le attività di telemarketing e teleselling (Garante, provv. n. 148 del 7 marzo 2024, GU n. 73 del 27 marzo 2024)";
const CODICE_URL = "https://www.garanteprivacy.it/temi/telemarketing";
/**
 * The eve of a fixed-date national holiday (a prefestivo) keeps Saturday's hours, 10:00–19:00:
 * blackouts 09:00–10:00 and 19:00–20:00 on `days` of `month`.
 */
function _eve(key: string, month: number, days: string, what: string) {
  return {
    id: `IT-CODICE-TM-PREFESTIVI-${key}`,
    from: "2024-09-28T00:00:00+02:00",
    description: `Pre-holiday days keep Saturday's hours (10:00–19:00): no marketing calls to consumers 09:00–10:00 or 19:00–20:00 on ${what}.`,
    channels: ["voice"],
    customerTypes: ["consumer"],
    purposes: ["marketing"],
    rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${days};BYHOUR=9,19;BYMINUTE=0;BYSECOND=0`,
    duration: "PT1H",
    source: { law: CODICE, section: PREFESTIVI, url: CODICE_URL, checked: "2026-12-04" },
  } as const;
}

/** The code's hours for the days before a public holiday (prefestivi). */
const PREFESTIVI =
  "calling hours: 'sabato e prefestivi: dalle 10:00 alle 19:00' (article not confirmed; money.it of 2025-07-02, pmi.it of 2024-10 and lanazione.it of 2024-10, all secondary, checked 2026-12-04)";

/**
 * Italy: consent for automated calls, e-mail, fax and SMS (art. 130 co. 1–2, any contracting
 * party); the e-mail-only "soft spam" exception (co. 4); live calls with the Registro pubblico
 * delle opposizioni, where a listing revokes every earlier consent (DPR 26/2022); the Garante's
 * telemarketing code's hours.
 *
 * @see https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2003-06-30;196
 */
export const IT = definePack({
  code: "IT",
  name: "Italy",
  jurisdictions: ["IT"],
  notes: [
    "Art. 130 co. 5 (IT-EPRIVACY-13-4): 'È vietato in ogni caso l'invio di comunicazioni per le finalità di cui al comma 1 o, comunque, a scopo promozionale, effettuato camuffando o celando l'identità del mittente o senza fornire un idoneo recapito presso il quale l'interessato possa esercitare i diritti' of the data subject: every marketing e-mail and SMS names its sender and gives a valid address to object. Wording read 2026-12-04 in the Gazzetta Ufficiale's text of art. 130 as first enacted (gazzettaufficiale.it, primary; it pointed to the rights of art. 7 of the Code); the current comma, which points to arts. 15–22 GDPR and also bars sending in breach of art. 8 d.lgs. 70/2003 (the e-commerce information duties, not modelled), is read through a practitioners' summary of the consolidated text (legal-skills-open, 'status as at 2026-08-05', secondary). Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) (Directive 2002/58/EC) is the secondary reference; the comma says no more than it on these two facts.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; IT-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are each rule's `from` (local midnight in Rome), moved there on 2026-12-04 from the rule's section, where they were given since 2026-12-02. `IT-EPRIVACY-13-4` is dated from art. 130 in its 2018 wording (19 September 2018), the law the pack rests on for e-mail, as in the FR and SE packs. Re-checked 2026-12-04: d.lgs. 101/2018, which gave art. 130 its current wording, in force 19 September 2018 (studiolegaleprestileo.it quoting the G.U. text 'Vigente al: 19-9-2018'; rpcstudiolegale.it; secondary).",
    "Live calls to numbers taken from public directories need no consent while the number is not in the RPO (art. 130 co. 3-bis); other numbers (most mobiles) need consent. The engine cannot see where a number came from, so every live marketing call needs a consent (cautious). A sender that calls only directory numbers may replace this pack with an amended copy through `compilePolicy(policy, { packs })`.",
    "The RPO is a `revokes-consents` register: registering cancels every consent to telephone marketing given before it, whatever the means; a consent given after the registration counts (FUB, operator of the register: 'L'iscrizione al RPO Telefonico annulla i consensi al telemarketing rilasciati nel passato … a meno di quelli con cui si hanno contratti attivi o cessati da meno di 30 giorni'). Give the listing's date as `listedAt`; without it every consent counts as revoked.",
    "The contract exception (contracts in force or ended less than 30 days before) is read as a purchase within 30 days: the engine cannot see a contract in force (cautious). Its exact statutory wording (L. 5/2018 art. 1) was read only through the FUB page and secondary sources.",
    "Operators must check the RPO monthly and before each campaign, and a registration takes effect within 15 days: a check at most 15 days old is required (the stricter of the two).",
    "Calling hours come from the Garante's code of conduct (binding on adherents since 28 September 2024; the Garante's benchmark): weekdays 09:00–20:00, Saturdays and days before a public holiday 10:00–19:00, never on Sundays or public holidays. The shorter hours on a day before a holiday are not modelled (a weekday before a holiday keeps 09:00–20:00). The hours are read from press reports of the code (pmi.it, money.it, lanazione.it), not the GU text; applied to consumers.",
    "Soft spam (co. 4) covers e-mail only: SMS to a customer needs consent (Garante guidelines of 4 July 2013).",
    "Left out: the postal RPO (addresses in public directories), caller-number rules (identifiable, callable numbers) and the code's other duties.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("IT-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("IT-EPRIVACY-13-4", {
        source: { law: CPRIV, section: "art. 130 co. 5", url: CPRIV_URL, checked: "2026-12-04" },
        from: "2018-09-19T00:00:00+02:00",
      }),
    ],
    consentRequirements: [
      {
        id: "IT-CPRIV-130-1",
        from: "2018-09-19T00:00:00+02:00",
        description:
          "Automated calls without an operator for marketing need the contracting party's or user's consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: CPRIV,
          section: "art. 130 co. 1",
          url: CPRIV_URL,
          checked: CHECKED,
        },
      },
      {
        id: "IT-CPRIV-130-3BIS-CONSENT",
        from: "2018-09-19T00:00:00+02:00",
        description:
          "Live marketing calls need consent unless the number came from a public directory and is not in the RPO; the engine cannot see the source, so consent is required (cautious).",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: CPRIV,
          section: "art. 130 co. 3-bis",
          url: CPRIV_URL,
          checked: CHECKED,
        },
      },
      {
        id: "IT-CPRIV-130-2",
        from: "2018-09-19T00:00:00+02:00",
        description:
          "Marketing by e-mail, fax, SMS, MMS or other electronic messages needs the contracting party's or user's consent, businesses included.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: CPRIV,
          section: "art. 130 co. 2",
          url: CPRIV_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "IT-CPRIV-130-4",
        from: "2018-09-19T00:00:00+02:00",
        description:
          "E-mail (not SMS) to a customer whose address was given in a sale, about the sender's own analogous products, informed and not objecting at collection or in any later message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: CPRIV,
          section: "art. 130 co. 4",
          url: CPRIV_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "IT-RPO",
        from: "2022-07-27T00:00:00+02:00",
        description:
          "A number in the Registro pubblico delle opposizioni may not be called for marketing; the listing revokes every consent given before it (a later one counts), except for a customer with a purchase in the last 30 days; a check at most 15 days old.",
        channels: ["voice"],
        purposes: ["marketing"],
        kind: "revokes-consents",
        maxAge: "P15D",
        existingCustomerOverrides: "P30D",
        source: {
          law: RPO,
          section: "DPR 26/2022 art. 6 co. 7; L. 5/2018 art. 1",
          url: RPO_URL,
          checked: CHECKED,
        },
      },
    ],
    windows: [
      {
        id: "IT-CODICE-TM-HOURS",
        from: "2024-09-28T00:00:00+02:00",
        description:
          "Marketing calls to consumers only Monday to Friday 09:00–20:00 and Saturday 10:00–19:00 in the consumer's time zone; never on Sundays.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        windows: [
          { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "20:00" },
          { days: ["sat"], from: "10:00", until: "19:00" },
        ],
        source: {
          law: CODICE,
          section:
            "calling hours (article not confirmed; the hours re-read 2026-12-04 in pmi.it, money.it of 2025-07-02 and brocardi.it, all secondary)",
          url: CODICE_URL,
          checked: CHECKED,
        },
      },
    ],
    holidays: [
      {
        id: "IT-CODICE-TM-HOLIDAYS",
        from: "2024-09-28T00:00:00+02:00",
        description: "No marketing calls to consumers on public holidays.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: CODICE,
          section:
            "calling hours (article not confirmed; the hours re-read 2026-12-04 in pmi.it, money.it of 2025-07-02 and brocardi.it, all secondary)",
          url: CODICE_URL,
          checked: CHECKED,
        },
      },
    ],
    // The eves of the national holidays that fall on fixed dates; Easter Monday's eve is a
    // Sunday, when no call is allowed anyway.
    blackouts: [
      _eve("GEN", 1, "5", "5 January (eve of Epiphany)"),
      _eve("APR", 4, "24,30", "24 and 30 April (eves of Liberation Day and Labour Day)"),
      _eve("GIU", 6, "1", "1 June (eve of Republic Day)"),
      _eve("AGO", 8, "14", "14 August (eve of Ferragosto)"),
      _eve("OTT", 10, "31", "31 October (eve of All Saints)"),
      _eve(
        "DIC",
        12,
        "7,24,31",
        "7, 24 and 31 December (eves of the Immaculate Conception, Christmas and New Year)",
      ),
    ],
  },
});
