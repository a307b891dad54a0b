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
      customerTypes: ["consumer"],
      maxAge: "P92D",
      consentOverrides: true,
    },
  ],
});
