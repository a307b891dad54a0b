import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

const CHECKED = "2026-12-02";
/** Zakon o elektroničkim komunikacijama (NN 76/22) in force 15 July 2022. */
const ZEK_2022 = "2022-07-15T00:00:00+02:00";
/** The Registar "NE ZOVI" has run since January 2017 (035portal.hr; the law's article was not confirmed). */
const NE_ZOVI_2017 = "2017-01-01T00:00:00+01:00";
/** Pravilnik o Registru "NE ZOVI" (NN 117/22) in force 15 October 2022. */
const PRAVILNIK_2022 = "2022-10-15T00:00:00+02:00";
const ZEK = "Zakon o elektroničkim komunikacijama (NN 76/22)";
const ZEK_URL = "https://www.hakom.hr/en/e-registry-do-not-call/224";
const ZZP =
  'Zakon o zaštiti potrošača (NN 19/22), with the Pravilnik o Registru "NE ZOVI" (NN 117/22)';
const NEZOVI_URL =
  "https://gov.hr/moja-uprava/pravna-drzava-i-sigurnost/prava-potrosaca/zastita-potrosaca/e-registar-ne-zovi/1943";

/**
 * Croatia: prior consent for marketing by e-mail, SMS, MMS and automated calls (ZEK); live calls
 * to consumers allowed unless their number is in the "NE ZOVI" register (ZZP), which covers calls
 * and SMS/MMS and, at the consumer's choice, revokes the consents given before the listing.
 *
 * @see https://gov.hr/moja-uprava/pravna-drzava-i-sigurnost/prava-potrosaca/zastita-potrosaca/e-registar-ne-zovi/1943
 */
export const HR_CORE = definePack({
  code: "HR",
  name: "Croatia",
  jurisdictions: ["HR"],
  notes: [],
  policy: {
    consentValidity: [gdprConsentValidity("HR-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("HR-EPRIVACY-13-4", {
        source: {
          law: ZEK,
          section: "članak 50 (the stavak not confirmed; formerly art. 107 (4) NN 73/08)",
          url: ZEK_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "HR-ZEK-AUTOMATED",
        from: ZEK_2022,
        description:
          "Marketing by automated calling systems without human intervention needs the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section:
            "unsolicited communications (former art. 107; article in NN 76/22 not confirmed)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
      {
        id: "HR-ZEK-ELECTRONIC",
        from: ZEK_2022,
        description:
          "Direct marketing and sale by electronic communications, SMS and MMS included, needs the prior consent of the subscriber or user (applied to businesses too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: ZEK,
          section:
            "unsolicited communications (former art. 107; article in NN 76/22 not confirmed)",
          url: ZEK_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "HR-ZZP-CALLS",
        from: NE_ZOVI_2017,
        description:
          "Live promotional calls to a consumer need no prior consent unless the number is in the NE ZOVI register (or the consumer objected).",
        channels: ["voice"],
        automated: false,
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: ZZP,
          section:
            'Registar "NE ZOVI" (article not confirmed; 035portal.hr, searched 2026-12-04: the register "je propisan Zakonom o zaštiti potrošača", operators list a number within 7 days)',
          url: NEZOVI_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "HR-NE-ZOVI",
        from: PRAVILNIK_2022,
        description:
          "No promotional calls, SMS or MMS to a consumer's number in the NE ZOVI register unless the consumer consented after the listing, or kept that trader's earlier consent; a check at most 7 days old.",
        channels: ["voice", "sms"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        kind: "revokes-consents",
        maxAge: "P7D",
        source: {
          law: ZZP,
          section: 'Pravilnik o Registru "NE ZOVI" (NN 117/22)',
          url: NEZOVI_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});

/**
 * Croatia, with its notes (`./notes.ts`): what `consentry/packs/hr` and `consentry/packs`
 * export. The rules are `HR_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const HR = /* @__PURE__ */ withNotes(HR_CORE, NOTES);
