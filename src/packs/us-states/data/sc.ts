import { defineState } from "../state.js";

/** South Carolina: automatic dialing-announcing device calls 8 a.m.–7 p.m.; texts are telephone solicitations. */
export const SC = defineState({
  code: "US-SC",
  name: "South Carolina",
  notes: [
    "Texts and calls to a South Carolina area code are telephone solicitations (§ 37-21-20(6)); a call or text to a number with a South Carolina area code is held to the US-SC rules whatever the customer's jurisdiction (the engine presumes the area code's state).",
    "A do-not-contact request must be honoured for at least five years (§ 37-21-70(A)): a withdrawal in the ledger blocks for good, which is stricter.",
    "No start is recorded for `US-SC-ADAD-HOURS` (checked 2026-12-04): a statute copy of § 16-17-446 (getpocketlaw.com) gives 'HISTORY: 1988 Act No. 656, Section 2; 1991 Act No. 89, Section 1', but which act set the 7 p.m.–8 a.m. ban and on what day either took effect (South Carolina acts usually take effect on the Governor's approval) was not read. Undated, the rule binds at every instant (the stricter reading). The copy notes Cahaly v. LaRosa (4th Cir. 2015) on the section's validity: it is held as written (cautious).",
    "Left out: ADAD calls are allowed only on request, for a debt or with a business relationship (§ 16-17-446); the federal written-consent rule applies.",
  ],
  hours: [
    {
      key: "ADAD-HOURS",
      description:
        "Permitted automatic dialing-announcing device calls are prohibited after 7 p.m. or before 8 a.m.",
      law: "S.C. Code § 16-17-446",
      section: "§ 16-17-446(B)",
      url: "https://www.scstatehouse.gov/code/t16c017.php",
      evidence: "statute-copy",
      quote: "are prohibited after seven p.m. or before eight a.m.",
      channels: ["voice"],
      automated: true,
      windows: [{ from: "08:00", until: "19:00" }],
    },
  ],
});
