import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** ZEKom-1 (Ur. l. RS 109/2012 of 31 December 2012) in force (tax-fin-lex.si, checked 2026-12-04). */
const ZEKOM1_START = "2013-01-15T00:00:00+01:00";
const LAW_0 = "Zakon o elektronskih komunikacijah (ZEKom-1, Ur. l. RS 109/2012)";
const URL_0 = "https://www.cert.si/si/varnostne-groznje/spam/zakonodaja-in-spam/";

/**
 * Slovenia: E-mail, SMS, MMS, automated calls and fax need the subscriber's or user's prior consent, with the customer exception for e-mail; personal marketing calls need consent too (AKOS; the exception does not reach them).
 *
 * @see https://www.cert.si/si/varnostne-groznje/spam/zakonodaja-in-spam/
 */
export const SI = definePack({
  code: "SI",
  name: "Slovenia",
  jurisdictions: ["SI"],
  notes: [
    "Zakon o elektronskih komunikacijah (SI-EPRIVACY-13-4): 'Elektronske pošte za potrebe neposrednega trženja s skrito ali prikrito identiteto pošiljatelja, v imenu katerega se sporočilo pošilja, ali brez veljavnega naslova, na katerega lahko prejemnik pošlje zahtevo za prekinitev takega neposrednega trženja, ni dovoljeno pošiljati' — the wording of 109. člen (4) of the earlier ZEKom (quoted by had.si, 2008, secondary, checked 2026-12-04); ZEKom-1 holds the rule on unsolicited communications in 158. člen (CERT.si), whose paragraph on a hidden sender and a missing address was not read, and ZEKom-2's article was not confirmed. Every marketing e-mail and SMS names the sender on whose behalf it is sent and gives a valid address to stop such messages. Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4), which binds Slovenia without exception or option, is the secondary reference; the rule keeps the directive's date (earlier, stricter).",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; SI-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: art. 158 from 15 January 2013, the day ZEKom-1 (Ur. l. RS 109/2012, published 31 December 2012) came into force (tax-fin-lex.si, secondary, checked 2026-12-04). The same source gives ZEKom-1 in force until 9 November 2022, replaced by ZEKom-2 (Ur. l. RS 130/22); the matching ZEKom-2 article was not confirmed, so the rules are kept in force without an end date (stricter). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Art. 158 (1)–(2) are read from CERT.si's quotation of ZEKom-1 (primary quote). ZEKom-1 was replaced by ZEKom-2 (Ur. l. RS 130/22); the article number and any rewording there were not confirmed.",
    "Calls: AKOS (decision 06106-37/2022/15) requires consent for personal marketing calls and does not apply the customer exception to them; the Administrative Court (UPRS I U 694/2021-19, 17 January 2023) held that para. 3 does not require the consent to be prior. The pack requires consent before the call (cautious).",
    "The customer exception names the e-mail address ('elektronski naslov za elektronsko pošto'): it is applied to e-mail only, not SMS (cautious). The directory's marking against commercial calls (art. 150) is covered by the consent requirement for calls. No calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("SI-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("SI-EPRIVACY-13-4", {
        source: {
          law: LAW_0,
          section:
            "158. člen (the paragraph not read; the same rule was 109. člen (4) of the earlier ZEKom; the article in ZEKom-2 not confirmed)",
          url: URL_0,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "SI-ZEKOM-158-1",
        from: ZEKOM1_START,
        description:
          "Automated calling and communication systems (auto-diallers, SMS, MMS), fax or e-mail for direct marketing only with the subscriber's or user's prior consent, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "158. člen (1) (ZEKom-1; the article in ZEKom-2 not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "SI-ZEKOM-158-1-AUTOMATED",
        from: ZEKOM1_START,
        description:
          "Automated calls without human intervention need the subscriber's or user's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "158. člen (1) (ZEKom-1; the article in ZEKom-2 not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "SI-ZEKOM-158-3",
        from: ZEKOM1_START,
        description:
          "Personal marketing calls need the subscriber's or user's consent (AKOS); the customer exception does not reach them.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "158. člen (3) (ZEKom-1, as read by AKOS)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "SI-ZEKOM-158-2",
        from: ZEKOM1_START,
        description:
          "E-mail to a buyer whose e-mail address was obtained in a sale, for the sender's own similar products, with a free, easy refusal at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "158. člen (2) (ZEKom-1)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
