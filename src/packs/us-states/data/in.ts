import { defineState } from "../state.js";

const URL = "https://www.in.gov/attorneygeneral/consumer-protection-division/telemarketing/";

/** Indiana: the quarterly Indiana Do Not Call list, texts included; no general business-relationship exemption. */
export const IN = defineState({
  code: "US-IN",
  name: "Indiana",
  notes: [
    "The list is published quarterly (1 January, 1 April, 1 July, 1 October): a check older than a quarter (92 days) counts as stale.",
    "Cautious: Indiana has no general existing-business-relationship exemption (only some sectors, with one): only the consumer's express request overrides the list.",
    "Texts to wireless numbers are telephone sales calls since HEA 1273 (2011). Business numbers are not covered.",
    "Dated from 1 January 2002: IC 24-4.7 was added by P.L.189-2001 (the credit lines 'As added by P.L.189-2001, SEC.1' of IC 24-4.7-3 on law.justia.com, statute copy), and the ban on calling listed numbers took effect on 1 January 2002 (the Indiana Daily Student, idsnews.com: 'The law goes into effect Jan. 1, 2002'; the AP in the Cincinnati Enquirer, 18 February 2002: businesses had to check the list 'after Jan. 1'; secondary, checked 2026-12-04). The act's own effective-date section was not seen.",
    "HEA 1273 (2011), which brought wireless and VoIP numbers and texts (SMS, MMS) under the list, was signed on 13 May 2011 and took effect at once (Lexology and law.hukuki.net accounts, secondary, checked 2026-12-04). The rule is one register, so it is not split at that day: holding texts and wireless numbers to the list from 2002 is the stricter reading.",
  ],
  registers: [
    {
      key: "DNC",
      description:
        "No telephone sales call or text to a residential or wireless number on Indiana's Do Not Call list (quarterly); the express request of the person called exempts.",
      law: "IC 24-4.7 (Telephone Privacy)",
      section: "IC 24-4.7-4-1; IC 24-4.7-1-1 (exemptions)",
      url: URL,
      evidence: "primary",
      from: "2002-01-01",
      customerTypes: ["consumer"],
      maxAge: "P92D",
      consentOverrides: true,
    },
  ],
});
