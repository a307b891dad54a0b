import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** § 96 odst. 1 as amended by zákon č. 374/2021 Sb., in force for calls from 1 July 2022. */
const ZEK_374_2021 = "2022-07-01T00:00:00+02:00";
/** Zákon č. 480/2004 Sb. in force 7 September 2004. */
const ZSIS_START = "2004-09-07T00:00:00+02:00";
const ZEK =
  "Zákon č. 127/2005 Sb., o elektronických komunikacích (as amended by zákon č. 374/2021 Sb.)";
const ZEK_URL = "https://www.zakonyprolidi.cz/cs/2005-127";
const ZSIS = "Zákon č. 480/2004 Sb., o některých službách informační společnosti";
const ZSIS_URL = "https://www.zakonyprolidi.cz/cs/2004-480";

/**
 * Czech Republic: marketing calls only to subscribers who consented — in the public subscriber
 * list or individually — since 1 July 2022, businesses and consumers alike (ZEK § 96 odst. 1);
 * commercial communications by electronic mail (e-mail, SMS) only with prior consent (480/2004 Sb.
 * § 7), with the customer exception for the sender's own similar products.
 *
 * @see https://www.zakonyprolidi.cz/cs/2005-127
 */
export const CZ = definePack({
  code: "CZ",
  name: "Czech Republic",
  jurisdictions: ["CZ"],
  notes: [
    "Zákon č. 480/2004 Sb. (CZ-EPRIVACY-13-4): a commercial communication sent by electronic means may not hide or conceal 'totožnost odesílatele, jehož jménem se komunikace uskutečnila' nor lack 'platnou adresu, na niž by adresát mohl odeslat žádost o ukončení takové komunikace' — wording of the fine for these breaches, § 11 odst. 1 písm. c) and d), read 2026-12-04 on zakony.centrum.cz (a copy of the Act, secondary); the prohibition itself is placed in § 7 odst. 4 by practitioners, which was not read. Every marketing e-mail and SMS names the sender on whose behalf it is sent and carries a valid address to stop such messages. The Act asks more than the directive: the communication must be clearly and distinctly marked as commercial (§ 11 odst. 1 písm. b)), which the engine does not check. Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference; the rule keeps the directive's date (earlier than the Act's 7 September 2004, stricter).",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; CZ-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: § 7 zákona č. 480/2004 Sb. from 7 September 2004; § 96 odst. 1 ZEK in its current wording (zákon č. 374/2021 Sb., in force 1 January 2022) from 1 July 2022, when the opt-in for calls took effect; both from zakonyprolidi.cz as recorded in this pack on 2026-12-02 (checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "§ 96 odst. 1 does not tell businesses from consumers (ČTÚ, as quoted by haskovcova.com): calls to business customers need consent too. Randomly generated numbers count as a subscriber list. The wording is read from law-firm analyses (pravniprostor.cz, foodnet.cz), not the Sbírka text.",
    "A consent in the public subscriber list (a directory entry saying the subscriber wishes to be contacted for marketing) is a consent: record it in the ledger as a grant (source `public-directory`). The joint MPO/ČTÚ/ÚOOÚ opinion that any individual consent suffices is read the same way. No statutory existing-customer exception for calls was found: consent is required (fail closed).",
    "E-mail: 'uživatel' is any natural or legal person (ÚOOÚ): consent from businesses too. The ÚOOÚ reads commercial communication widely (greetings, review requests, requests for consent).",
    "No national do-not-call register and no statutory calling hours.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("CZ-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("CZ-EPRIVACY-13-4", {
        source: {
          law: ZSIS,
          section:
            "§ 7 odst. 4 (as the practitioners place it; read through the fine of § 11 odst. 1 písm. c) and d))",
          url: ZSIS_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "CZ-ZEK-96-1",
        from: ZEK_374_2021,
        description:
          "Marketing calls (offers of goods or services, including offers of a meeting) only to a subscriber who consented, in the public subscriber list or individually; business or consumer.",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section: "§ 96 odst. 1",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
      {
        id: "CZ-ZSIS-7-2",
        from: ZSIS_START,
        description:
          "Commercial communications by electronic mail (e-mail, SMS) need the user's prior consent, natural or legal person.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: ZSIS,
          section: "§ 7 odst. 2",
          url: ZSIS_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "CZ-ZSIS-7-3",
        from: ZSIS_START,
        description:
          "Electronic mail to a customer whose electronic contact details were obtained in a sale, for the sender's own similar products, with a free, easy refusal at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: ZSIS,
          section: "§ 7 odst. 3",
          url: ZSIS_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
