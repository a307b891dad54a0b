import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Prawo komunikacji elektronicznej (Dz. U. 2024 poz. 1221) in force 10 November 2024. */
const PKE_START = "2024-11-10T00:00:00+01:00";
const PKE =
  "Ustawa z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej (Dz. U. 2024 poz. 1221)";
const PKE_URL = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240001221";

/**
 * Poland: one rule for every channel since 10 November 2024 — no commercial information or direct
 * marketing by automated calling systems or by telecommunications terminal equipment (calls, SMS,
 * e-mail, messengers) to any subscriber or end user, business or consumer, without their prior
 * consent (PKE art. 398 ust. 1). No existing-customer exception, no national register.
 *
 * @see https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240001221
 */
export const PL = definePack({
  code: "PL",
  name: "Poland",
  jurisdictions: ["PL"],
  notes: [
    "ePrivacy Art. 13(4) (PL-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Poland without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision: practitioners describe art. 398 ust. 1 PKE (consent) as replacing art. 10 of the ustawa o świadczeniu usług drogą elektroniczną and art. 172 of the Prawo telekomunikacyjne (radcaprawny.kirp.pl), but no Polish provision on the sender's identity or an opt-out address in every message was found; the rule stays on the directive.",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; PL-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: art. 398 ust. 1 PKE from 10 November 2024 (Dz. U. 2024 poz. 1221, isap.sejm.gov.pl, official, as recorded in this pack on 2026-12-02; checked 2026-12-04). The earlier art. 172 Prawa telekomunikacyjnego and art. 10 u.ś.u.d.e. are not modelled as rules of their own. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Art. 398 ust. 1 PKE replaced art. 10 of the ustawa o świadczeniu usług drogą elektroniczną and art. 172 of the Prawo telekomunikacyjne (in force until 2024-11-09), which the same rule is read to have carried before; the engine applies art. 398 to every send.",
    "The wording of art. 398 ust. 1 is quoted from the Krajowa Izba Radców Prawnych journal (radcaprawny.kirp.pl) and blog.chwp.pl (secondary sources quoting the statute); the isap.sejm.gov.pl text was not opened.",
    "Consent is required from businesses and legal persons as well ('abonent lub użytkownik końcowy'); no existing-customer (soft opt-in) exception exists in Polish law (none found; fail closed).",
    "A message or call asking for consent is itself commercial information (Sąd Najwyższy, III SZP 7/15, under the former law): not modelled, as the engine does not read message content.",
    "No national do-not-call register and no statutory calling hours.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("PL-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("PL-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "PL-PKE-398-1",
        from: PKE_START,
        description:
          "Commercial information or direct marketing by automated calling system or telecommunications terminal equipment (calls, SMS, e-mail) needs the subscriber's or end user's prior consent, business or consumer.",
        kinds: ["electronic", "telephone"],
        purposes: ["marketing"],
        source: {
          law: PKE,
          section: "art. 398 ust. 1",
          url: PKE_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
