import { senderAndOptOut } from "../eprivacy.js";
import { GDPR_APPLIES_EEA, gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const NO_CORE = definePack({
  code: "NO",
  name: "Norway",
  jurisdictions: ["NO"],
  notes: [],
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

/**
 * Norway, with its notes (`./notes.ts`): what `consentry/packs/no` and `consentry/packs`
 * export. The rules are `NO_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const NO = /* @__PURE__ */ withNotes(NO_CORE, NOTES);
