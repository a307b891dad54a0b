import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Law 3471/2006 (ΦΕΚ Α' 133 of 28 June 2006) in force on publication. */
const L3471_START = "2006-06-28T00:00:00+03:00";
const LAW_0 =
  "Νόμος 3471/2006 (Law 3471/2006 on the protection of personal data and privacy in electronic communications)";
const URL_0 =
  "https://www.lawspot.gr/nomikes-plirofories/nomothesia/n-3471-2006/arthro-11-nomos-3471-2006-mi-zititheisa-epikoinonia";

/**
 * Greece: E-mail, SMS, automated calls and fax need prior consent; live calls are opt-out, barred for numbers in the 'Article 11' register of the subscriber's provider unless the subscriber consented to the caller.
 *
 * @see https://www.lawspot.gr/nomikes-plirofories/nomothesia/n-3471-2006/arthro-11-nomos-3471-2006-mi-zititheisa-epikoinonia
 */
export const GR = definePack({
  code: "GR",
  name: "Greece",
  jurisdictions: ["GR"],
  notes: [
    "ePrivacy Art. 13(4) (GR-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Greece without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision: art. 11 of Law 3471/2006 'ως ισχύει' is quoted (xkarampagias.gr, secondary) as banning marketing e-mail 'όταν δ…' — the quotation breaks off before the conditions, so neither the paragraph nor its wording is confirmed; the rule stays on the directive.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; GR-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: άρθρο 11 from 28 June 2006, the publication of Law 3471/2006 (ΦΕΚ 133/Α'/28.6.2006, the head of the law's text on docplayer.gr, secondary; checked 2026-12-04); that the law took effect on publication is as recorded in this pack on 2026-12-02, not re-read; later amendments of art. 11 (e.g. Law 4070/2012) were not read. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Each provider keeps its own free register of subscribers who do not want marketing calls with human intervention ('Μητρώο 11', art. 11 of Law 3471/2006: yuboto-telephony.gr, press coverage of 2025–2026 and HDPA decisions via GDPRhub — secondary). A sender must check the register of the number's current provider; give the combined result as `GR-MITROO-11`. No re-check period was found: a check at most 30 days old is required (assumption).",
    "A consent to the caller overrides the listing (HDPA 9/2024, via GDPRhub, secondary).",
    "The customer exception of art. 11 para. 3 is reported from memory only and is not applied (cautious). The consent rule names subscribers; it is applied to business customers too (cautious). No calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("GR-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("GR-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "GR-L3471-11-1",
        from: L3471_START,
        description:
          "Unsolicited communications for direct marketing by electronic mail (e-mail, SMS) need the subscriber's prior consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "άρθρο 11 παρ. 1",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "GR-L3471-11-1-AUTOMATED",
        from: L3471_START,
        description:
          "Calls without human intervention (automated calling machines) for direct marketing need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "άρθρο 11 παρ. 1",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "GR-L3471-11-2",
        from: L3471_START,
        description:
          "Marketing calls with human intervention are allowed unless the subscriber declared to its provider that it does not want them (the Article 11 register) or objected.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "άρθρο 11 παρ. 2",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "GR-MITROO-11",
        from: L3471_START,
        description:
          "No marketing call with human intervention to a number in its provider's Article 11 register, unless the subscriber consented to the caller; a check at most 30 days old (assumption).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        consentOverrides: true,
        source: {
          law: LAW_0,
          section: "άρθρο 11 παρ. 2 (μητρώο του άρθρου 11)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
