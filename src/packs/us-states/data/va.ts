import { defineState } from "../state.js";

/** Virginia: no rule stricter than the federal ones was found. */
export const VA = defineState({
  code: "US-VA",
  name: "Virginia",
  notes: [
    "Hours 8 a.m.–9 p.m. (Va. Code § 59.1-511), the federal window. A do-not-call request must be honoured for at least ten years (§ 59.1-514(A)); from 2026-01-01 a text 'STOP' or 'UNSUBSCRIBE' is such a request (SB 1339, secondary): a withdrawal in the ledger blocks for good, which is stricter.",
    "Texts to a Virginia area code are telephone solicitation calls (2020): a call or text to a number with a Virginia area code is held to the US-VA rules whatever the customer's jurisdiction (the engine presumes the area code's state).",
  ],
});
