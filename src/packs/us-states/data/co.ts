import { defineState } from "../state.js";

const URL = "https://www.coloradonocall.com/";

/** Colorado: the Colorado No-Call List, to be refreshed within 30 days of each calendar quarter. */
export const CO = defineState({
  code: "US-CO",
  name: "Colorado",
  notes: [],
  registers: [
    {
      key: "DNC",
      description:
        "No telephone solicitation to a residential or wireless subscriber on the Colorado No-Call List; express permission, a business relationship within 18 months or an inquiry within 30 days exempts.",
      law: "C.R.S. § 6-1-904 (Colorado No-Call List Act)",
      section: "§ 6-1-904(1)(a), (4); § 6-1-903 (exemptions)",
      url: URL,
      evidence: "statute-copy",
      from: "2002-07-01",
      customerTypes: ["consumer"],
      maxAge: "P92D",
      consentOverrides: true,
      existingCustomerOverrides: "P546D",
      inquiryOverrides: "P30D",
    },
  ],
});
