import { senderAndOptOut } from "../eprivacy.js";
import { GDPR_APPLIES_EEA, gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-11-22";
const MFL = "Markedsføringsloven (lov 9. januar 2009 nr. 2)";
const MFL_URL = "https://lovdata.no/dokument/NL/lov/2009-01-09-2";

/**
 * Norway, markedsføringsloven: prior consent for electronic marketing to natural persons with the
 * existing-customer exception (§ 15); telephone marketing and addressed mail on an opt-out basis,
 * screened against Reservasjonsregisteret at least monthly, existing customers and express requests
 * excepted (§§ 12–13); no telephone marketing to consumers on Saturdays, Sundays and holidays or
 * on weekdays before 09:00 and after 21:00 (§ 14).
 *
 * @see https://lovdata.no/dokument/NL/lov/2009-01-09-2
 */
export const NO = definePack({
  code: "NO",
  name: "Norway",
  jurisdictions: ["NO"],
  notes: [
    "ePrivacy Art. 13(4) (NO-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Norway through the EEA Agreement without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision: Forbrukertilsynet's guidance (forbrukertilsynet.no) says § 15 carries on the former § 2b with only linguistic changes; a copy of § 2b as amended in 2005 (holtsmark.no, secondary) holds consent, the customer exception and a definition of electronic mail but no sender or opt-out-address duty, and says that the e-commerce act's provisions, 'herunder § 9 om elektronisk markedsføring', apply besides; ehandelsloven § 9 was not read. The rule stays on the directive.",
    "Read through Forbrukertilsynet's guidance on § 15, the government bill Prop. 43 L (2016–2017) and Brønnøysundregistrene's register pages; the law text on Lovdata was not opened directly.",
    "§ 15 protects natural persons, including a named employee's work address (ola.nordmann@firma.no); a generic role address of a legal person (post@firma.no) is outside it (Forbrukertilsynet's guide; Ot.prp. nr. 92 (2003–2004); NDLA). A contact point marked `addressee: \"role\"` needs no consent; an unmarked one reads as a natural person's (cautious), for business customers too.",
    "§ 14 (as amended in 2017, Innst. 268 L (2016–2017)): no telephone marketing to consumers from a hidden number or from a number not registered and searchable in directory services. The wording is confirmed through secondary summaries of the committee's recommendation only, and the paragraph within § 14 is not confirmed. The engine denies until both facts are stated (on the message or in the policy's messageDefaults).",
    "Consents are held to the GDPR standard as incorporated by personopplysningsloven (pre-ticked, inactive, bundled or uninformed: consent.invalid).",
    "The register must be checked before the first contact and in the month the marketing happens ('minst hver måned'); a check at most 28 days old is required (cautious: the shortest month).",
    "The existing-customer exceptions set no period; an 'existing, not former' relationship is read as a purchase within two years (cautious).",
    "Left out: the written confirmation of contracts made by telephone (angrerettloven, a contract rule, not a send rule) and the register's separate reservation against charities.",
    "Dates in force (each rule's `from`, local midnight in Oslo; checked 2026-12-04): the Act of 9 January 2009 no. 2 came into force on 1 June 2009 (maturus.no and bt.no reporting it, and Forbrukerombudet's presentation of 27 May 2009, secondary), with § 15 (consent, customer exception), §§ 12–13 (reservation, monthly check) and § 14 (no calls on Saturdays, Sundays and holidays, nor before 09:00 or after 21:00; Prop. 43 L (2016–2017) describes these as the law then in force); the ban on calls from a hidden or unsearchable number (`NO-MFL-14-NUMMER`) came into force on 1 January 2018 (Finans Norge, 'Innstramminger i regelverk for telefonsalg fra 1. januar 2018', secondary), as did the narrower express-request exception to the reservation, which `NO-RESERVASJON` keeps dated from 2009 (the register rule itself is older; cautious). `NO-EPRIVACY-13-4` is dated from the Act's start, like the Swedish pack's.",
  ],
  policy: {
    consentRequirements: [
      {
        id: "NO-MFL-15",
        from: "2009-06-01T00:00:00+02:00",
        description:
          "Marketing to natural persons by electronic mail (e-mail, SMS), fax or automated calling needs their prior consent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        addressees: ["natural-person"],
        source: { law: MFL, section: "§ 15 første ledd", url: MFL_URL, checked: CHECKED },
      },
      {
        id: "NO-MFL-15-AUTOMATED",
        from: "2009-06-01T00:00:00+02:00",
        description: "Automated calling systems (talemaskin) need the recipient's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: { law: MFL, section: "§ 15 første ledd", url: MFL_URL, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "NO-MFL-15-KUNDE",
        from: "2009-06-01T00:00:00+02:00",
        description:
          "Electronic mail to an existing customer whose address was received in connection with a sale, about the seller's own similar products, with a simple free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P730D",
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: MFL, section: "§ 15 annet ledd", url: MFL_URL, checked: CHECKED },
      },
    ],
    optOut: [
      {
        id: "NO-MFL-15-ROLLEADRESSE",
        from: "2009-06-01T00:00:00+02:00",
        description:
          "§ 15 protects natural persons only: electronic marketing to a legal person's generic role address (post@firma.no) needs no prior consent.",
        kinds: ["electronic"],
        addressees: ["role"],
        purposes: ["marketing"],
        source: { law: MFL, section: "§ 15 første ledd", url: MFL_URL, checked: "2026-12-02" },
      },
      {
        id: "NO-MFL-12-OPT-OUT",
        from: "2009-06-01T00:00:00+02:00",
        description:
          "Live telephone marketing and addressed mail need no prior consent (§ 15 does not cover oral telephone communication); the recipient may reserve against them.",
        kinds: ["telephone", "mail"],
        automated: false,
        purposes: ["marketing"],
        source: { law: MFL, section: "§ 12, § 15 tredje ledd", url: MFL_URL, checked: CHECKED },
      },
    ],
    registers: [
      {
        id: "NO-RESERVASJON",
        from: "2009-06-01T00:00:00+02:00",
        description:
          "No telephone marketing or addressed mail to a consumer reserved in Reservasjonsregisteret, checked at least monthly; an existing customer relationship or the consumer's express request excepts.",
        kinds: ["telephone", "mail"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        maxAge: "P28D",
        consentOverrides: true,
        existingCustomerOverrides: "P730D",
        source: { law: MFL, section: "§§ 12–13", url: MFL_URL, checked: CHECKED },
      },
    ],
    windows: [
      {
        id: "NO-MFL-14",
        from: "2009-06-01T00:00:00+02:00",
        description:
          "No telephone marketing to consumers on Saturdays, Sundays and holidays, nor on weekdays before 09:00 or after 21:00.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", until: "21:00" }],
        source: { law: MFL, section: "§ 14", url: MFL_URL, checked: CHECKED },
      },
    ],
    requiredFacts: [
      senderAndOptOut("NO-EPRIVACY-13-4", { from: "2009-06-01T00:00:00+02:00" }),
      {
        id: "NO-MFL-14-NUMMER",
        from: "2018-01-01T00:00:00+01:00",
        description:
          "No telephone marketing to consumers from a hidden number, or from a number not registered and searchable in directory services.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        facts: ["callerIdShown", "callerIdListed"],
        source: { law: MFL, section: "§ 14", url: MFL_URL, checked: "2026-12-02" },
      },
    ],
    consentValidity: [
      gdprConsentValidity(
        "NO-GDPR-SAMTYKKE",
        "Personopplysningsloven (lov 15. juni 2018 nr. 38) § 1, incorporating Regulation (EU) 2016/679 (GDPR)",
        "https://lovdata.no/dokument/NL/lov/2018-06-15-38",
        GDPR_APPLIES_EEA,
      ),
    ],
    holidays: [
      {
        id: "NO-MFL-14-HELLIGDAG",
        from: "2009-06-01T00:00:00+02:00",
        description:
          "No telephone marketing to consumers on public holidays and the days the law treats as holidays (1 and 17 May).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: MFL, section: "§ 14", url: MFL_URL, checked: CHECKED },
      },
    ],
  },
});
