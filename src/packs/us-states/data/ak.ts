import { defineState } from "../state.js";

/** Alaska: no automated or recorded sales calls. */
export const AK = defineState({
  code: "US-AK",
  name: "Alaska",
  notes: [
    "The statute has no consent exception: automated marketing calls are denied even with written consent (cautious, as the text reads).",
    "No start date is recorded (in force since ever, the strict reading; checked 2026-12-04): the ban's present wording, (a)(4) 'a telephonic advertisement or a telephone solicitation', comes from SCS CSHB 15(FIN) (23rd Legislature, 2003–04, akleg.gov), whose effective day was not found; the same ban stood as (a)(2) before it (HB 448, 22nd Legislature, 2002, amends it as existing law), and was first proposed in SB 239 and HB 109 (19th Legislature, 1995–96, which added AS 45.50.475). The enacting session law and its effective day were not found; AS 45.50.475's history line was not seen.",
  ],
  bans: [
    {
      key: "AUTOMATED",
      description:
        "No telephone solicitation or telephonic advertisement by a call that uses an automated or recorded message.",
      law: "AS 45.50.475",
      section: "AS 45.50.475(a)(4)",
      url: "https://www.akleg.gov/basis/statutes.asp#45.50.475",
      evidence: "primary",
      quote:
        "originates a telephone call using an automated or recorded message as a telephonic advertisement or a telephone solicitation",
      channels: ["voice"],
      when: { field: "message.automated", op: "eq", value: true },
    },
  ],
});
