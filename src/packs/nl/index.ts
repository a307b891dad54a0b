import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const NL_CHECKED = "2026-12-04";
const TW = "Telecommunicatiewet";
const TW_URL = "https://wetten.overheid.nl/BWBR0009950/";
const CTM = "Code Telemarketing (Nederlandse Reclame Code; self-regulation endorsed by ACM)";
const CTM_URL = "https://www.reclamecode.nl/";
/**
 * The end of the customer exception for telemarketing calls on 1 July 2026 (art. 11.7 as
 * tightened; announced by the Minister of Economic Affairs to the Tweede Kamer in May 2025),
 * with its exceptions for charities, charity lotteries and publishers of newspapers, weeklies and
 * magazines. Secondary sources only (security.nl 2025-05; deltaadvisory.nl's summary of the
 * change), checked 2026-12-04: the amended text was not read.
 */
/**
 * What the customer exception for live calls asks, before and after 1 July 2026: a consumer who
 * bought within three years (the Code Telemarketing's customer term), similar products, an
 * opt-out offered.
 */
const _CALL_CUSTOMER = {
  channels: ["voice"],
  automated: false,
  customerTypes: ["consumer"],
  purposes: ["marketing"],
  obtainedBy: ["purchase"],
  purchaseWithin: "P1095D",
  similarProducts: true,
  optOutAtCollection: true,
} as const;

/** The code's shorter days, as the Stichting Reclame Code's checklist quotes the 2012 code. */
const CTM_EVENINGS =
  "art. 9 CTM 2012 as quoted by the Stichting Reclame Code's checklist ('op 5 december, 24 december en 4 mei (indien deze data op een werkdag vallen) tot 18.30 uur'); the 2024 revision's article not read, kept as the stricter reading";
/** A day of the code's whose calls end at 18:30: a blackout from 18:30 to the end of the day. */
function _evening(id: string, description: string, rrule: string) {
  return {
    id,
    from: "2012-07-01T00:00:00+02:00",
    description,
    channels: ["voice"],
    customerTypes: ["consumer"],
    purposes: ["marketing"],
    rrule,
    duration: "PT5H30M",
    source: {
      law: CTM,
      section: CTM_EVENINGS,
      url: "https://www.checksrc.nl/check/telemarketing/checklist/",
      checked: NL_CHECKED,
    },
  } as const;
}

const KLANT_2026 =
  "art. 11.7 as tightened from 1 July 2026 (customer exception for calls ends; charities, charity lotteries and press publishers keep it); secondary sources";
const KLANT_2026_URL =
  "https://www.security.nl/posting/887912/Regels+voor+telemarketing+vanaf+1+juli+2026+verder+aangescherpt";

/**
 * The Netherlands: prior consent for automated calls, fax and electronic messages to anyone
 * (Telecommunicatiewet art. 11.7 lid 1) and, since 1 July 2021, for calls to natural persons (lid
 * 2), with the customer exception for similar products (calls: up to three years after the last
 * purchase, Code Telemarketing); calls to legal persons opt-out. The Bel-me-niet Register was
 * abolished on 1 July 2021. Calls to consumers only on working days 09:00–21:00 and Saturdays
 * 10:00–16:00, never on Sundays or public holidays (Code Telemarketing, the stricter reading).
 *
 * @see https://wetten.overheid.nl/BWBR0009950/
 */
export const NL = definePack({
  code: "NL",
  name: "Netherlands",
  jurisdictions: ["NL"],
  notes: [
    "Telecommunicatiewet art. 11.7 (NL-EPRIVACY-13-4): the ACM, which enforces the spam ban, lists among the legal requirements for electronic messages 'identiteit: de ontvanger moet zien van wie berichten afkomstig zijn' and 'afmeldmogelijkheid: de ontvanger moet zien hoe en bij wie hij zich kan afmelden' (acm.nl, 'Regels voor verzenders van e-mailberichten', the regulator's guidance, checked 2026-12-04); OPTA's rules of thumb (quoted by nu.nl, secondary) ask for 'de werkelijke identiteit van degene namens wie de e-mail is verzonden' and 'een geldig postadres of e-mailadres' for opt-outs. Every marketing e-mail and SMS names the person on whose behalf it is sent and carries a valid opt-out address. The lid of art. 11.7 that holds these duties was not confirmed (wetten.overheid.nl not opened). Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; NL-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are each rule's `from` (local midnight in Amsterdam), as the sections gave them before (checked 2026-12-02, re-checked 2026-12-04); the README's pack table shows them. `NL-EPRIVACY-13-4` is dated from art. 11.7 Telecommunicatiewet in its 2009 wording (1 October 2009), the law the pack rests on for e-mail, as in the FR and SE packs. Art. 11.7 lid 2 (calls to natural persons only with consent) from 1 July 2021 is confirmed by the press of that day (telegraaf.nl, security.nl, 2026-12-04).",
    "Natural persons include sole traders, VOF, maatschap and ZZP'ers even when their number is in the KvK register: enter them as `consumer` (the default). A `business` customer is read as a legal person (BV, NV…), whose live calls stay opt-out (DMCC, DDMA: 'Telemarketing aan rechtspersonen is nog opt-out').",
    "From 1 July 2026 the customer exception for telemarketing calls ends (NL-CTM-KLANTTERMIJN until then): a call to a consumer needs consent, except from charities (NL-TW-11-7-KLANT-GOEDE-DOELEN: `messageDefaults.facts.senderType: 'charity'`) and publishers of newspapers, weeklies and magazines about their subscriptions (NL-TW-11-7-KLANT-PERS: `message.sector` 'newspaper-subscription' or 'magazine-subscription'), who keep it with the three-year term. Charity lotteries keep it too but are not modelled (a lottery is held to consent, the stricter reading). Secondary sources only (security.nl of May 2025 reporting the minister's letter to the Tweede Kamer; deltaadvisory.nl's summary), checked 2026-12-04: the amended text of art. 11.7 was not read.",
    "The customer term for calls (at most three years after the end of the relationship) is self-regulation (Code Telemarketing, since 1 June 2020), stated as the rule by ACM's ConsuWijzer and press (tweakers.net, nu.nl); applied as a purchase within 1,095 days (cautious: the end of a contract is not known to the engine).",
    "The lid numbers of the customer exception and the B2B exception are read from DMCC/DDMA analyses of the 2021 text (secondary); lid 1 and lid 2 were confirmed in the memorie van toelichting (Kamerstukken 35 421) and DMCC's quote.",
    "The B2B exception for electronic addresses a business published for receiving such messages is not modelled: e-mail to a business needs consent (cautious).",
    "No register: the Bel-me-niet Register was abolished with the opt-in on 1 July 2021. The right to object in every call (recht van verzet) is a withdrawal in the ledger.",
    "Calling hours (checked 2026-12-04): the Code Telemarketing's hours are read from checksrc.nl (Stichting Reclame Code's checklist, quoting art. 9 of the 2012 version: working days 09:00–22:00, Saturdays 10:00–16:00, and until 18:30 on 5 December, 24 December and 4 May) and DDMA's note on the revision in force from 2024-10-15 (holidays, remembrance and national mourning days barred); the current version's article was not read, so the stricter end 21:00 is taken for working days. The 18:30 limit on 5 and 24 December and 4 May, and remembrance and mourning days, are not modelled.",
    "Left out: the caller-number rules (no anonymous calls, the number reachable for six months); charities' and political parties' own customer notions (donors, volunteers).",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("NL-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("NL-EPRIVACY-13-4", {
        source: {
          law: TW,
          section: "art. 11.7 (identity and opt-out address; the lid not confirmed)",
          url: TW_URL,
          checked: "2026-12-04",
        },
        from: "2009-10-01T00:00:00+02:00",
      }),
    ],
    consentRequirements: [
      {
        id: "NL-TW-11-7-1-AUTOMATED",
        from: "2009-10-01T00:00:00+02:00",
        description:
          "Automated calls without human intervention for commercial, idealistic or charitable purposes need the end user's prior consent, consumer or business.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: TW,
          section: "art. 11.7 lid 1",
          url: TW_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NL-TW-11-7-2",
        from: "2021-07-01T00:00:00+02:00",
        description:
          "Calls to natural persons for commercial, idealistic or charitable purposes need their prior consent (since 1 July 2021), except for customers (below).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: TW,
          section: "art. 11.7 lid 2 (Stb. 2021, 103)",
          url: TW_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NL-TW-11-7-1",
        from: "2009-10-01T00:00:00+02:00",
        description:
          "Unsolicited electronic messages (e-mail, SMS, WhatsApp) need the end user's prior consent, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: TW,
          section: "art. 11.7 lid 1",
          url: TW_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "NL-TW-11-7-KLANT",
        from: "2009-10-01T00:00:00+02:00",
        description:
          "Electronic messages to a customer whose contact details were obtained in a sale, about the sender's own similar products, with a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: TW,
          section:
            "art. 11.7 lid 3 (klantrelatie; the lid number is read from DMCC/DDMA, still not confirmed on wetten.overheid.nl 2026-12-04; Rb. Rotterdam 24 September 2014, IT 1609, cites lid 4 onderdeel b for the opt-out in every message, consistent with it)",
          url: TW_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NL-CTM-KLANTTERMIJN",
        from: "2021-07-01T00:00:00+02:00",
        // The customer exception for calls ends on 1 July 2026, except for the senders below.
        until: "2026-07-01T00:00:00+02:00",
        description:
          "Live calls to a natural person who is or was a customer, about similar products, up to three years after the last purchase (the Code Telemarketing's customer term), with an opt-out offered.",
        ..._CALL_CUSTOMER,
        source: {
          law: CTM,
          section: "klanttermijn (art. 11.7 lid 2 with the customer exception)",
          url: CTM_URL,
          checked: CHECKED,
        },
      },
      {
        id: "NL-TW-11-7-KLANT-GOEDE-DOELEN",
        from: "2026-07-01T00:00:00+02:00",
        description:
          "From 1 July 2026 a live call on the customer exception is left only to charities (and, not modelled, charity lotteries): a donor or other relation of a charity, up to three years after the last gift or purchase, with an opt-out offered.",
        ..._CALL_CUSTOMER,
        senderTypes: ["charity"],
        source: {
          law: TW,
          section: KLANT_2026,
          url: KLANT_2026_URL,
          checked: NL_CHECKED,
        },
      },
      {
        id: "NL-TW-11-7-KLANT-PERS",
        from: "2026-07-01T00:00:00+02:00",
        description:
          "From 1 July 2026 publishers of daily and weekly newspapers and magazines keep the customer exception for live calls about their subscriptions: up to three years after the last purchase, with an opt-out offered.",
        ..._CALL_CUSTOMER,
        sectors: ["newspaper-subscription", "magazine-subscription"],
        source: {
          law: TW,
          section: KLANT_2026,
          url: KLANT_2026_URL,
          checked: NL_CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "NL-TW-11-7-2-RECHTSPERSOON",
        from: "2021-07-01T00:00:00+02:00",
        description:
          "Live calls to a legal person need no prior consent (lid 2 covers natural persons only); an objection (recht van verzet) blocks.",
        channels: ["voice"],
        automated: false,
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: TW,
          section: "art. 11.7 lid 2",
          url: TW_URL,
          checked: CHECKED,
        },
      },
    ],
    windows: [
      {
        id: "NL-CTM-HOURS",
        from: "2012-07-01T00:00:00+02:00",
        description:
          "Telemarketing calls to consumers (natural persons, sole traders included) only on working days 09:00–21:00 and Saturdays 10:00–16:00; never on Sundays (self-regulation, the stricter of the versions found).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        windows: [
          { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "21:00" },
          { days: ["sat"], from: "10:00", until: "16:00" },
        ],
        source: {
          law: CTM,
          section:
            "toegestane tijdstippen (art. 9 in the 2012 version: working days 09:00–22:00, Saturdays 10:00–16:00; the 2020 and 2024 versions' article not confirmed, 21:00 taken as the stricter end; the date in force is the 2012 version's, binding on every advertiser; current version from 2024-10-15)",
          url: "https://www.checksrc.nl/check/telemarketing/checklist/",
          checked: NL_CHECKED,
        },
      },
    ],
    holidays: [
      {
        id: "NL-CTM-HOLIDAYS",
        from: "2024-10-15T00:00:00+02:00",
        description:
          "No telemarketing calls to consumers on public holidays (self-regulation; the 2024 revision also bars remembrance and national mourning days, not modelled).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: CTM,
          section:
            "verboden dagen en tijdstippen (2024 revision: 'naast feestdagen ook specifieke herdenkingsdagen en nationale rouwdagen'; article not confirmed)",
          url: "https://ddma.nl/kennisbank/herziene-code-telemarketing-in-werking-getreden-2",
          checked: NL_CHECKED,
        },
      },
    ],
    blackouts: [
      _evening(
        "NL-CTM-AVONDEN",
        "No telemarketing calls to consumers after 18:30 on 5 December (Sinterklaas) and 24 December (Christmas Eve).",
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5,24;BYHOUR=18;BYMINUTE=30;BYSECOND=0",
      ),
      _evening(
        "NL-CTM-4-MEI",
        "No telemarketing calls to consumers after 18:30 on 4 May (Remembrance of the Dead).",
        "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4;BYHOUR=18;BYMINUTE=30;BYSECOND=0",
      ),
    ],
  },
});
