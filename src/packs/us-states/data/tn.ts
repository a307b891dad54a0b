import { defineState } from "../state.js";

const URL = "https://www.tn.gov/tpuc/divisions/consumer-services-division/do-not-call-program.html";

/** Tennessee: the monthly Do-Not-Call / Do-Not-Text register, calls and texts. */
export const TN = defineState({
  code: "US-TN",
  name: "Tennessee",
  notes: [],
  registers: [
    {
      key: "DNC",
      description:
        "No telephone solicitation call or text to a residential number on Tennessee's Do-Not-Call / Do-Not-Text register (monthly); express permission or a business relationship in the last 12 months exempts.",
      law: "T.C.A. § 65-4-401 et seq.; Tenn. Comp. R. & Regs. ch. 1220-04-11",
      section: "T.C.A. § 65-4-405; r. 1220-04-11-.03(4)",
      url: URL,
      evidence: "primary",
      from: "2000-05-01",
      customerTypes: ["consumer"],
      maxAge: "P31D",
      consentOverrides: true,
      existingCustomerOverrides: "P365D",
    },
  ],
});
