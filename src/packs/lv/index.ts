import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const LAW_0 = "Informācijas sabiedrības pakalpojumu likums (Information Society Services Law)";
const URL_0 = "https://likumi.lv/ta/id/96619";

/**
 * Latvia: Commercial communications by e-mail, automated calls, fax and any other public electronic communications service (live calls included) only with prior free and unambiguous consent; customer exception for similar goods by e-mail.
 *
 * @see https://likumi.lv/ta/id/96619
 */
export const LV = definePack({
  code: "LV",
  name: "Latvia",
  jurisdictions: ["LV"],
  notes: [
    "Dates in force are given in each rule's section as '; in force from YYYY-MM-DD' (or the year, where the commencement date was not confirmed) until rules carry their own dates.",
    "Art. 9 is read from secondary quotations (interneta-vietnes.lv, text as of 7 December 2010) and the consumer authority's page (PTAC, primary: commercial communications 'in electronic form' include automated calling systems and other public electronic communications services). The current consolidation on likumi.lv was seen but not read for art. 9.",
    "The Ministry of Justice announced an amendment limiting the consent rule to natural persons (tm.gov.lv); whether and when it took effect was not confirmed, so business customers are held to consent (cautious). Searched again 2026-12-04: likumi.lv lists the law in the version in force from 2024-06-21, but art. 9 was not reached in the stored copy; tm.gov.lv's note describes only the Cabinet's approval of the draft. No register and no calling hours were found.",
  ],
  policy: {
    consentRequirements: [
      {
        id: "LV-ISPL-9-1",
        description:
          "Commercial communications by e-mail (and SMS) only with the recipient's prior, free and unambiguous consent (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (1); in force since 2004 (commencement not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LV-ISPL-9-1-AUTOMATED",
        description:
          "Automated calling systems without human involvement for commercial communications only with the recipient's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (1); in force since 2004 (commencement not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LV-ISPL-9-3",
        description:
          "Commercial communications by other public electronic communications services, telemarketing calls included, only with the recipient's prior free and unambiguous consent.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "9. pants (3); in force since 2004 (commencement not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LV-ISPL-9-2",
        description:
          "E-mail to a recipient whose address was obtained in the provider's transactions, about its similar goods or services, if the recipient did not object at the outset and every message offers a free opt-out.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "9. pants (2); in force since 2004 (commencement not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
