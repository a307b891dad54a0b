import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Section 9 in its current wording, set by the amending law of 10 November 2005, in force 14 December 2005 (likumi.lv). */
const ISPL_9_2005 = "2005-12-14T00:00:00+02:00";
const LAW_0 = "Informācijas sabiedrības pakalpojumu likums (Information Society Services Law)";
const URL_0 = "https://likumi.lv/ta/id/96619";

/**
 * Latvia: Commercial communications by e-mail, automated calls, fax and any other public electronic communications service (live calls included) only with prior free and unambiguous consent; customer exception for similar goods by e-mail.
 *
 * @see https://likumi.lv/ta/id/96619
 */
export const LV = definePack({
  code: "LV",
  name: "Latvia",
  jurisdictions: ["LV"],
  notes: [
    "Informācijas sabiedrības pakalpojumu likums, 9. panta ceturtā daļa and 8. pants (LV-EPRIVACY-13-4): e-mail or other electronic communication may not be used to send a commercial communication 'ja tiek lietota nederīga elektroniskā pasta adrese, nederīgs tālruņa vai faksa numurs, uz kuru pakalpojuma saņēmējs varētu sūtīt pieprasījumu pārtraukt komunikāciju' (9. pants (4), from a 2010 copy of the Act on interneta-vietnes.lv, secondary; the Data State Inspectorate, dvi.gov.lv, official, says 9(4) binds messages to legal persons too), and the person on whose behalf a commercial communication is sent must be clearly identifiable ('ir skaidri nosakāma persona, kuras vārdā šis komerciālais paziņojums izplatīts': the Consumer Rights Protection Centre, ptac.gov.lv, official guidance on 8. pants; checked 2026-12-04). Every marketing e-mail and SMS names the person on whose behalf it is sent and gives a valid address to stop such messages. The rest of 9(4) (its copy breaks off) and the wording of 8. pants were not read; 8. pants also asks that the message be recognisable as commercial and that promotions and games be clearly marked, which the engine does not check. Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference; the rule keeps the directive's date (earlier, stricter).",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; LV-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: 9. pants from 14 December 2005: the amending law of 10 November 2005 (Latvijas Vēstnesis 191, 30 November 2005) rewrote the section ('Izteikt 9.pantu šādā redakcijā'), and likumi.lv (official, English consolidation) gives that law in force on 14 December 2005 (checked 2026-12-04). The original law dates from 2004; its section 9 wording was not read. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Art. 9 is read from secondary quotations (interneta-vietnes.lv, text as of 7 December 2010) and the consumer authority's page (PTAC, primary: commercial communications 'in electronic form' include automated calling systems and other public electronic communications services). The current consolidation on likumi.lv was seen but not read for art. 9.",
    "The Ministry of Justice announced an amendment limiting the consent rule to natural persons (tm.gov.lv); whether and when it took effect was not confirmed, so business customers are held to consent (cautious). Searched again 2026-12-04: likumi.lv lists the law in the version in force from 2024-06-21, but art. 9 was not reached in the stored copy; tm.gov.lv's note describes only the Cabinet's approval of the draft. No register and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("LV-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("LV-EPRIVACY-13-4", {
        source: {
          law: LAW_0,
          section:
            "9. panta ceturtā daļa (valid address) and 8. pants (the person on whose behalf it is sent)",
          url: URL_0,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "LV-ISPL-9-1",
        from: ISPL_9_2005,
        description:
          "Commercial communications by e-mail (and SMS) only with the recipient's prior, free and unambiguous consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LV-ISPL-9-1-AUTOMATED",
        from: ISPL_9_2005,
        description:
          "Automated calling systems without human involvement for commercial communications only with the recipient's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LV-ISPL-9-3",
        from: ISPL_9_2005,
        description:
          "Commercial communications by other public electronic communications services, telemarketing calls included, only with the recipient's prior free and unambiguous consent.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (3)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LV-ISPL-9-2",
        from: ISPL_9_2005,
        description:
          "E-mail to a recipient whose address was obtained in the provider's transactions, about its similar goods or services, if the recipient did not object at the outset and every message offers a free opt-out.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "9. pants (2)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
