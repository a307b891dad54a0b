import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Grt. (2008. évi XLVIII. törvény) in force 1 September 2008. */
const GRT_START = "2008-09-01T00:00:00+02:00";
const LAW_0 =
  "2008. évi XLVIII. törvény a gazdasági reklámtevékenység alapvető feltételeiről és egyes korlátairól (Grt.)";
const URL_0 = "https://nmhh.hu/cikk/4077/Az_elektronikus_hirdeteskuldes_szabalyai";

/**
 * Hungary: Advertising to natural persons by e-mail, SMS, MMS or fax only with their prior, unambiguous and express consent; no existing-customer exception; calls and business customers held to consent (cautious).
 *
 * @see https://nmhh.hu/cikk/4077/Az_elektronikus_hirdeteskuldes_szabalyai
 */
export const HU = definePack({
  code: "HU",
  name: "Hungary",
  jurisdictions: ["HU"],
  notes: [
    "ePrivacy Art. 13(4) (HU-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Hungary without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision in the Grt. (2008. évi XLVIII. törvény) and the Elker. tv.: not found (copies of the Grt. were reached only at its preamble); the rule stays on the directive.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; HU-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: 6. § (1) Grt. from 1 September 2008, the law's entry into force as recorded in this pack on 2026-12-02 (NMHH); searched again on 2026-12-04 without finding the commencement clause, so it rests on that record. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Grt. 6. § (1) is quoted by the regulator (NMHH, primary): 'kizárólag akkor közölhető, ha ahhoz az elektronikus hirdetés címzettje előzetesen, egyértelműen és kifejezetten hozzájárult'. A message asking for consent is itself an electronic advertisement (Ekertv. 14. § (2), NMHH): consent cannot be asked for by e-mail. The advertiser must keep a register of the consents (6. § (5)): the ledger.",
    "There is no soft opt-in in Hungarian law: an e-mail to last month's buyer needs consent (stricter than the EU baseline).",
    "Business customers: the rule protects natural persons; central addresses of legal persons (info@…) may receive advertising without consent (NMHH via reklamjog.hu, secondary), but a business contact may be a natural person's address. Business customers fall to the policy default (consent), cautious.",
    "Live and automated calls: an opt-out regime (Eht. 162. §) is reported by secondary sources only; calls fall to the policy default (consent), cautious. No national do-not-call register and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("HU-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("HU-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "HU-GRT-6-1",
        from: GRT_START,
        description:
          "Advertising to a natural person by direct contact (e-mail, SMS, MMS, fax) only with their prior, unambiguous and express consent; there is no existing-customer exception.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "6. § (1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
