import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Zakon o elektroničkim komunikacijama (NN 76/22) in force 15 July 2022. */
const ZEK_2022 = "2022-07-15T00:00:00+02:00";
/** The Registar "NE ZOVI" has run since January 2017 (035portal.hr; the law's article was not confirmed). */
const NE_ZOVI_2017 = "2017-01-01T00:00:00+01:00";
/** Pravilnik o Registru "NE ZOVI" (NN 117/22) in force 15 October 2022. */
const PRAVILNIK_2022 = "2022-10-15T00:00:00+02:00";
const ZEK = "Zakon o elektroničkim komunikacijama (NN 76/22)";
const ZEK_URL = "https://www.hakom.hr/en/e-registry-do-not-call/224";
const ZZP =
  'Zakon o zaštiti potrošača (NN 19/22), with the Pravilnik o Registru "NE ZOVI" (NN 117/22)';
const NEZOVI_URL =
  "https://gov.hr/moja-uprava/pravna-drzava-i-sigurnost/prava-potrosaca/zastita-potrosaca/e-registar-ne-zovi/1943";

/**
 * Croatia: prior consent for marketing by e-mail, SMS, MMS and automated calls (ZEK); live calls
 * to consumers allowed unless their number is in the "NE ZOVI" register (ZZP), which covers calls
 * and SMS/MMS and, at the consumer's choice, revokes the consents given before the listing.
 *
 * @see https://gov.hr/moja-uprava/pravna-drzava-i-sigurnost/prava-potrosaca/zastita-potrosaca/e-registar-ne-zovi/1943
 */
export const HR = definePack({
  code: "HR",
  name: "Croatia",
  jurisdictions: ["HR"],
  notes: [
    "Zakon o elektroničkim komunikacijama (NN 76/22), članak 50 (HR-EPRIVACY-13-4): 'Zabranjeno je, u svrhu izravne promidžbe i prodaje, slanje elektroničke pošte, uključujući SMS poruke i MMS poruke, u kojima se pogrešno prikazuje ili prikriva identitet pošiljatelja u čije se ime šalje elektronička pošta ili poruka, … kao i slanje elektroničke pošte ili poruka bez ispravne adrese elektroničke pošte ili broja na koji primatelj može, bez naknade, poslati zahtjev za sprječavanje daljnje komunikacije' (portofon.com's summary of art. 50 of the Act in force from 12 July 2022, secondary; the same rule stood in art. 107 (4) of NN 73/08, quoted by poslovniforum.com; checked 2026-12-04; the stavak of art. 50 and the official text were not read). Every marketing e-mail and SMS names the sender on whose behalf it is sent and gives a valid address or number to stop such messages free of charge. The same summary says the article's provisions do not apply to communications to legal persons; the engine applies the rule to business customers too (stricter, and the directive's Art. 13(4) admits no such exception). Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference; the rule keeps the directive's date (earlier, stricter).",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; HR-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: the ZEK rules from 15 July 2022 (NN 76/22); the Registar \"NE ZOVI\" call rule from 1 January 2017, the month the register began (035portal.hr, secondary; the day is not known, the first of the month is taken); the register's listing rule from 15 October 2022, the Pravilnik NN 117/22 (docs/research/europe.md). These dates are as recorded in this pack on 2026-12-02/04; the Zakon o zaštiti potrošača (NN 19/22) commencement was searched for and not found (checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "NE ZOVI is a `revokes-consents` register where the consumer chooses: the public register shows whether the number is listed, whether all earlier consents were withdrawn, and when it was listed (HAKOM, gov.hr). A trader may still call 'ako niste opozvali prethodno danu privolu ili ste privolu dali nakon upisa' (gov.hr). Give the listing's time as `listedAt` and `consentsRevoked: false` where the consumer kept earlier consents; without it they count as revoked (cautious).",
    "The operator enters a number within 7 days of the request; no re-check period was found, so a check at most 7 days old is required (cautious).",
    "The register protects consumers (natural persons). Calls to businesses fall to the policy default (consent), as no Croatian rule for them was confirmed.",
    "The consent rule for electronic messages is read from HAKOM's page (citing the former ZEK art. 107; the article number in NN 76/22 was not confirmed). It names natural persons; it is applied to business customers too (cautious). The existing-customer exception is not modelled (its article was not confirmed): consent is required (cautious).",
    "No statutory calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("HR-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("HR-EPRIVACY-13-4", {
        source: {
          law: ZEK,
          section: "članak 50 (the stavak not confirmed; formerly art. 107 (4) NN 73/08)",
          url: ZEK_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "HR-ZEK-AUTOMATED",
        from: ZEK_2022,
        description:
          "Marketing by automated calling systems without human intervention needs the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section:
            "unsolicited communications (former art. 107; article in NN 76/22 not confirmed)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
      {
        id: "HR-ZEK-ELECTRONIC",
        from: ZEK_2022,
        description:
          "Direct marketing and sale by electronic communications, SMS and MMS included, needs the prior consent of the subscriber or user (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section:
            "unsolicited communications (former art. 107; article in NN 76/22 not confirmed)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "HR-ZZP-CALLS",
        from: NE_ZOVI_2017,
        description:
          "Live promotional calls to a consumer need no prior consent unless the number is in the NE ZOVI register (or the consumer objected).",
        channels: ["voice"],
        automated: false,
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: ZZP,
          section:
            'Registar "NE ZOVI" (article not confirmed; 035portal.hr, searched 2026-12-04: the register "je propisan Zakonom o zaštiti potrošača", operators list a number within 7 days)',
          url: NEZOVI_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "HR-NE-ZOVI",
        from: PRAVILNIK_2022,
        description:
          "No promotional calls, SMS or MMS to a consumer's number in the NE ZOVI register unless the consumer consented after the listing, or kept that trader's earlier consent; a check at most 7 days old.",
        channels: ["voice", "sms"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        kind: "revokes-consents",
        maxAge: "P7D",
        source: {
          law: ZZP,
          section: 'Pravilnik o Registru "NE ZOVI" (NN 117/22)',
          url: NEZOVI_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
