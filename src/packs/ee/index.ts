import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const LAW_0 = "Elektroonilise side seadus (ESS, Electronic Communications Act, RT I 2004, 87, 593)";
const URL_0 = "https://www.riigiteataja.ee/akt/105072013003";

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
    "Dates in force are given in each rule's section as '; in force from YYYY-MM-DD' (or the year, where the commencement date was not confirmed) until rules carry their own dates.",
    "§ 103¹ is read from the text of the version published as RT I 2013 (quoted on kuidas.ee, with its amendment note 'RT I, 23.03.2011, 1 - jõust. 25.05.2011'); AKI (the Data Protection Inspectorate) confirms para. 5 (burden of proof) and keeps a list of spammers. The Act was recast from 2024 (riigiteataja shows a version in force until 30 April 2024): the current section number was not confirmed.",
    "Calls: not confirmed to be covered by § 103¹; calls to consumers are held to consent (cautious). Checked 2026-12-04: the 2010 amending act (RT I 2010, 38, 230, riigiteataja.ee) defines electronic contact details (§ 2 p 8¹) as data for sending information 'sealhulgas faksi, elektronposti või lühi- ja multimeediasõnumiga' (fax, e-mail, SMS, MMS), without calls, and AKI's 2020 yearbook treats cold calls to generated numbers apart from spam: both point to calls being outside § 103¹ (opt-out); the stricter reading is kept. No register and no calling hours were found.",
  ],
  policy: {
    consentRequirements: [
      {
        id: "EE-ESS-103-1",
        description:
          "Direct marketing to a natural person's electronic contact details (e-mail, SMS) only with their prior consent; the sender must prove it.",
        kinds: ["electronic"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 1 and 5; in force from 2011-05-25",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "EE-ESS-103-1-CALLS",
        description:
          "Marketing calls to a natural person are held to their prior consent (cautious: whether a phone number is an electronic contact detail here was not confirmed).",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 1 (cautious reading); in force from 2011-05-25",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "EE-ESS-103-2",
        description:
          "Direct marketing to a legal person's electronic contact details is allowed with a clear, free and simple refusal offered every time, by electronic means.",
        kinds: ["electronic"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 2; in force from 2011-05-25",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "EE-ESS-103-3",
        description:
          "Electronic contact details obtained in a sale may be used for the sender's own similar products, with a free refusal at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "§ 103¹ lg 3; in force from 2011-05-25",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
