import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** § 103¹ in its current wording in force 25 May 2011 (RT I, 23.03.2011, 1). */
const ESS_103_1 = "2011-05-25T00:00:00+03:00";
const LAW_0 = "Elektroonilise side seadus (ESS, Electronic Communications Act, RT I 2004, 87, 593)";
const URL_0 = "https://www.riigiteataja.ee/akt/105072013003";

/** The Information Society Services Act, whose § 5 sets what a commercial communication must show. */
const INFOTS = "Infoühiskonna teenuse seadus (InfoTS, Information Society Services Act)";
/** The text linked from the 2011 quotation of § 5 (riigiteataja.ee). */
const INFOTS_URL = "https://www.riigiteataja.ee/ert/act.jsp?id=12894694";

/**
 * Estonia: Direct marketing to a natural person's electronic contact details only with prior consent; to legal persons allowed with a free refusal in every message; customer exception for own similar products; calls to consumers held to consent (cautious).
 *
 * @see https://www.riigiteataja.ee/akt/105072013003
 */
export const EE = definePack({
  code: "EE",
  name: "Estonia",
  jurisdictions: ["EE"],
  notes: [
    "Infoühiskonna teenuse seadus, § 5 lg 2 p 2 (EE-EPRIVACY-13-4): a commercial communication must 'võimaldama selgelt tuvastada isikut, kelle nimel kommertsteadaanne esitatakse' (quoted with a link to the riigiteataja.ee text on margus.roo.ee, May 2011, secondary; checked 2026-12-04): every marketing e-mail and SMS names the person on whose behalf it is sent. The duty to give a valid address to stop such messages (the transposition of Art. 13(4), placed by the 2010 amending bill in the Electronic Communications Act next to § 103¹: tehnokratt.net's copy of the bill) was not confirmed in its current wording; it rests on the directive (ePrivacy Art. 13(4)), which binds Estonia without exception or option. § 5 lg 2 also asks that the communication be recognisable as commercial and that promotions and games be clearly marked, which the engine does not check. Unknown facts are fact.missing: state them once in the policy's messageDefaults. The rule keeps the directive's date (earlier, stricter).",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; EE-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: § 103¹ from 25 May 2011, from its amendment note 'RT I, 23.03.2011, 1 - jõust. 25.05.2011' (quoted on kuidas.ee, secondary; riigiteataja.ee is the official text), as recorded in this pack on 2026-12-02 (checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "§ 103¹ is read from the text of the version published as RT I 2013 (quoted on kuidas.ee, with its amendment note 'RT I, 23.03.2011, 1 - jõust. 25.05.2011'); AKI (the Data Protection Inspectorate) confirms para. 5 (burden of proof) and keeps a list of spammers. The Act was recast from 2024 (riigiteataja shows a version in force until 30 April 2024): the current section number was not confirmed.",
    "Calls: not confirmed to be covered by § 103¹; calls to consumers are held to consent (cautious). Checked 2026-12-04: the 2010 amending act (RT I 2010, 38, 230, riigiteataja.ee) defines electronic contact details (§ 2 p 8¹) as data for sending information 'sealhulgas faksi, elektronposti või lühi- ja multimeediasõnumiga' (fax, e-mail, SMS, MMS), without calls, and AKI's 2020 yearbook treats cold calls to generated numbers apart from spam: both point to calls being outside § 103¹ (opt-out); the stricter reading is kept. No register and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("EE-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("EE-EPRIVACY-13-4", {
        source: {
          law: INFOTS,
          section:
            "§ 5 lg 2 p 2 (the person on whose behalf it is sent; the opt-out address rests on ePrivacy Art. 13(4))",
          url: INFOTS_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "EE-ESS-103-1",
        from: ESS_103_1,
        description:
          "Direct marketing to a natural person's electronic contact details (e-mail, SMS) only with their prior consent; the sender must prove it.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 1 and 5",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "EE-ESS-103-1-CALLS",
        from: ESS_103_1,
        description:
          "Marketing calls to a natural person are held to their prior consent (cautious: whether a phone number is an electronic contact detail here was not confirmed).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 1 (cautious reading)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "EE-ESS-103-2",
        from: ESS_103_1,
        description:
          "Direct marketing to a legal person's electronic contact details is allowed with a clear, free and simple refusal offered every time, by electronic means.",
        kinds: ["electronic"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 2",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "EE-ESS-103-3",
        from: ESS_103_1,
        description:
          "Electronic contact details obtained in a sale may be used for the sender's own similar products, with a free refusal at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 3",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
