import { defineState } from "../state.js";

const URL = "https://www.in.gov/attorneygeneral/consumer-protection-division/telemarketing/";

/** Indiana: the quarterly Indiana Do Not Call list, texts included; no general business-relationship exemption. */
export const IN = defineState({
  code: "US-IN",
  name: "Indiana",
  notes: [],
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
