import { defineState } from "../state.js";

const URL = "https://ago.mo.gov/get-help/programs-services-from-a-z/no-call/";

/** Missouri: the quarterly Missouri No-Call list; a business contact in the last 180 days exempts. */
export const MO = defineState({
  code: "US-MO",
  name: "Missouri",
  notes: [],
  registers: [
    {
      key: "DNC",
      description:
        "No telephone solicitation to a residential or personal mobile number on the Missouri No-Call list; express permission or a business contact within 180 days exempts.",
      law: "RSMo §§ 407.1095–407.1110",
      section: "§ 407.1098; § 407.1095(3) (exemptions)",
      url: URL,
      evidence: "primary",
      from: "2001-07-01",
      channels: ["voice"],
      customerTypes: ["consumer"],
      maxAge: "P92D",
      consentOverrides: true,
      existingCustomerOverrides: "P180D",
      inquiryOverrides: "P180D",
    },
  ],
});
