import { senderAndOptOut } from "../eprivacy.js";
import { GDPR, GDPR_APPLIES_EEA, GDPR_URL, gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
const LAW_0 = "Lög um fjarskipti nr. 81/2003 (now Lög um fjarskipti nr. 70/2022)";
const URL_0 = "https://www.althingi.is/lagas/136a/2003081.html";
const URL_1 = "http://staging.1819.is/bannmerking";

/**
 * Iceland: Automated calls, fax and e-mail for direct marketing only with prior consent, with the customer exception for e-mail; other marketing (live calls) opt-out, barred for numbers with the directory ban marking (bannmerki).
 *
 * @see https://www.althingi.is/lagas/136a/2003081.html
 */
export const IS = definePack({
  code: "IS",
  name: "Iceland",
  jurisdictions: ["IS"],
  notes: [
    "Lög um fjarskipti nr. 81/2003, 46. gr. 4. mgr. (IS-EPRIVACY-13-4): 'Óheimilt er að senda tölvupóst sem þátt í beinni markaðssetningu þar sem nafn og heimilisfang þess sem stendur að markaðssetningu kemur ekki skýrt fram' (the article as enacted, quoted on lists.isnic.is on its day in force, 25 July 2003, secondary; checked 2026-12-04): every marketing e-mail and SMS names whoever is behind the marketing and their address. The article in Law 70/2022, which replaced Law 81/2003, was not confirmed, nor whether the 2009 consolidation reworded this paragraph; the duty to give an address for stopping such messages rests on the directive (ePrivacy Art. 13(4), binding Iceland through the EEA Agreement without exception or option), read here as satisfied only by a working opt-out (`optOut`). The Icelandic wording asks for the marketer's name and address, which `senderIdentified` states. Unknown facts are fact.missing: state them once in the policy's messageDefaults.",
    "Consents are held to the GDPR standard (from 20 July 2018, when the EEA Joint Committee decision took effect; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; IS-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force are each rule's `from` (local midnight in Reykjavík), moved there on 2026-12-04 from the rule's section, where they were given since 2026-12-02. `IS-EPRIVACY-13-4` is dated from Law 81/2003 (25 July 2003), the law the pack rests on for e-mail, as in the FR and SE packs. Re-checked 2026-12-04: Law 81/2003 'Tóku gildi 25. júlí 2003' (althingi.is, Lagasafn 136a; the ministry's notice of 24 July 2003 on stjornarradid.is). Law 70/2022's article is not dated here: the 2003 date is kept (the earlier, stricter one).",
    "Art. 46 of Law 81/2003 is read from its text (a 2003 quotation on lists.isnic.is, the 2009 consolidation on althingi.is, and the directories 1819.is and Já.is quoting para. 5 — primary-ish). Law 81/2003 was replaced by Law 70/2022 (in force 1 September 2022): the article there was not confirmed (searched again 2026-12-04: netöryggi.is's page 'Óumbeðin fjarskipti' states the same four rules without an article number).",
    "'Tölvupóstur' (e-mail) is applied to SMS as well (cautious). The customer exception names the e-mail address: e-mail only.",
    "The ban marking is set by the subscriber in the directories; give the result as `IS-BANNMERKI`. The law names no consent exception: a listing blocks even a caller the subscriber consented to (cautious). Þjóðskrá's opt-out list for direct marketing (bannskrá) is not modelled (its current legal basis was not confirmed). No calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("IS-GDPR-CONSENT", GDPR, GDPR_URL, GDPR_APPLIES_EEA)],
    requiredFacts: [
      senderAndOptOut("IS-EPRIVACY-13-4", {
        source: {
          law: LAW_0,
          section: "46. gr. 4. mgr. (Law 81/2003; the article in Law 70/2022 not confirmed)",
          url: URL_0,
          checked: "2026-12-04",
        },
        from: "2003-07-25T00:00:00+00:00",
      }),
    ],
    consentRequirements: [
      {
        id: "IS-FJL-46-1",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "Direct marketing by e-mail (and SMS, cautious) only with the subscriber's prior consent.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "46. gr. 1. mgr. (Law 81/2003; the article in Law 70/2022 not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "IS-FJL-46-1-AUTOMATED",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "Automated calling systems for direct marketing only with the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "46. gr. 1. mgr. (Law 81/2003; the article in Law 70/2022 not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "IS-FJL-46-2",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "An e-mail address obtained in a sale may be used for marketing the sender's own goods or services, with a free objection offered at collection and in every message.",
        channels: ["email"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "46. gr. 2. mgr. (Law 81/2003)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "IS-FJL-46-3",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "Other unsolicited direct marketing, live calls included, is allowed to subscribers who have not said they do not want it; the directory ban marking must be respected.",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "46. gr. 3. and 5. mgr. (Law 81/2003)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "IS-BANNMERKI",
        from: "2003-07-25T00:00:00+00:00",
        description:
          "No marketing call to a number with the ban marking (bannmerki) in the telephone directory (1819.is, Já.is); a check at most 30 days old (assumption).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        kind: "opt-out",
        maxAge: "P30D",
        source: {
          law: LAW_0,
          section: "46. gr. 5. mgr. (Law 81/2003)",
          url: URL_1,
          checked: CHECKED,
        },
      },
    ],
  },
});
