import { definePack } from "../pack.js";

const CHECKED = "2026-11-22";
const UWG = "Gesetz gegen den unlauteren Wettbewerb (UWG)";
const UWG7 = "https://www.gesetze-im-internet.de/uwg_2004/__7.html";
const UWG7A = "https://www.gesetze-im-internet.de/uwg_2004/__7a.html";

/**
 * Germany: UWG §7 — prior express consent for telephone advertising to consumers and for
 * automated calls, fax and electronic mail to anyone; the existing-customer exception for e-mail;
 * §7a documentation of consent to telephone advertising.
 *
 * @see https://www.gesetze-im-internet.de/uwg_2004/__7.html
 */
export const DE = definePack({
  code: "DE",
  name: "Germany",
  jurisdictions: ["DE"],
  notes: [
    "§7(2) Nr. 2 has no business-to-business relaxation: e-mail, SMS and automated calls need prior express consent from businesses too.",
    "Calls to businesses need at least presumed consent; the engine cannot infer that, so it asks for a recorded consent (cautious).",
    "SMS counts as electronic mail (widely accepted, not stated in the text); the §7(3) exception is applied to e-mail only (cautious).",
    "§7a: consent to telephone advertising to consumers must be documented; a grant without evidence does not count.",
    "Left out: addressed mail and the voluntary Robinson list.",
  ],
  policy: {
    consentRequirements: [
      {
        id: "DE-UWG-7-2-1",
        description: "Telephone advertising to a consumer needs their prior express consent.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: { law: UWG, section: "§ 7 Abs. 2 Nr. 1", url: UWG7, checked: CHECKED },
      },
      {
        id: "DE-UWG-7-2-2",
        description:
          "Advertising by automated calling machine, fax or electronic mail needs the addressee's prior express consent, consumer or business.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: { law: UWG, section: "§ 7 Abs. 2 Nr. 2", url: UWG7, checked: CHECKED },
      },
      {
        id: "DE-UWG-7A",
        description:
          "Consent to telephone advertising to a consumer must be documented (and kept five years); a grant without evidence does not count.",
        channels: ["voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        evidence: true,
        source: { law: UWG, section: "§ 7a", url: UWG7A, checked: CHECKED },
      },
    ],
    existingCustomer: [
      {
        id: "DE-UWG-7-3",
        description:
          "E-mail to an existing customer without consent: address obtained in a sale, own similar goods or services, no objection, and a clear opt-out notice at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: { law: UWG, section: "§ 7 Abs. 3", url: UWG7, checked: CHECKED },
      },
    ],
  },
});
