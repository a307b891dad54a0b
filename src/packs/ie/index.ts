import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** S.I. No. 336/2011 in force 1 July 2011. */
const SI336_START = "2011-07-01T00:00:00+01:00";
const SI =
  "S.I. No. 336/2011, European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011";
const SI_URL = "https://www.irishstatutebook.ie/eli/2011/si/336/made/en/print";
const DPC_URL =
  "https://www.dataprotection.ie/en/organisations/rules-electronic-and-direct-marketing";

/**
 * Ireland: prior consent for electronic mail (e-mail, SMS) and automated calls (reg. 13(1)), with
 * the existing-customer exception for the sender's similar products within 12 months of the sale
 * (reg. 13(11)); marketing calls to mobiles need consent; landlines are opt-out through the
 * National Directory Database, which the engine cannot tell apart, so every marketing call needs
 * consent here (cautious).
 *
 * @see https://www.dataprotection.ie/en/organisations/rules-electronic-and-direct-marketing
 */
export const IE = definePack({
  code: "IE",
  name: "Ireland",
  jurisdictions: ["IE"],
  notes: [
    "S.I. No. 336 of 2011, reg. 13 (IE-EPRIVACY-13-4): the regulation on unsolicited communications (its heading in the S.I.'s contents, cefni-relay.virtual.tibus.net copy of the Irish Statute Book text); the DPC says a direct marketer 'must also make clear who you are' and that an opt-out must be offered free of charge in every electronic marketing message (dataprotection.ie, official guidance), and Enterprise Ireland's guide describes 'a prohibition against sending direct marketing emails which conceal the identity of the sender, or which fail to contain a valid address' for opt-outs (enterprise-ireland.com, on the earlier 2003 regulations; checked 2026-12-04). Every marketing e-mail and SMS names its sender and carries a valid opt-out address. The paragraph of reg. 13 that holds the prohibition and its wording were not confirmed (irishstatutebook.ie not opened at reg. 13). Unknown facts are fact.missing: state them once in the policy's messageDefaults. The directive's Art. 13(4) is the secondary reference; the rule keeps the directive's date (earlier than S.I. 336/2011's 1 July 2011, stricter; the 2003 regulations held the same rule).",
    "Consents are held to the GDPR standard (Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; IE-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: regs 13 and 14 from 1 July 2011, the commencement of S.I. No. 336/2011 (irishstatutebook.ie, official; 'came into operation on 1 July 2011': Lexology and mondaq, secondary; checked 2026-12-04). The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "Calls: marketing calls to mobile phones need consent (DPC: 'marketing calls to mobile phones are prohibited unless (i) the caller has been notified by the subscriber or user that he or she consents …'); calls to landlines, residential or business, are opt-out: not to a subscriber who recorded in the National Directory Database (NDD) a preference not to be called, or told the caller (DPC, reg. 14). The engine's consent rules cannot depend on the line type, so every marketing call needs consent (cautious); the NDD is therefore not modelled. A sender calling landlines may amend this pack through `compilePolicy(policy, { packs })` with an opt-out for live calls and a register `IE-NDD` (maxAge P28D: ComReg says marketers may take up to 28 days to see a listing).",
    "Reg. 13(11), from the DPC's FAQ: the initial marketing message must be sent within 12 months of the original sale; the DPC's e-receipt guidance lets each message sent renew the period. The engine requires a purchase within 365 days (cautious: the renewal by messages sent is not modelled).",
    "Business e-mail: messages to addresses used mainly for a person's work, and to legal persons, are read in secondary sources as opt-out (reg. 13 subsections not confirmed; searched again 2026-12-04: brexitlegal.ie and mcmahonsolicitors.ie quote the natural-person opt-in and the exclusion of an address 'used mainly by the subscriber or user in the context of their commercial or official activity' where the message 'relates solely to that commercial or official activity', without subsection numbers; the 2011 text's table of contents confirms reg. 13 'Unsolicited communications'); the engine asks for consent from business customers too (cautious).",
    "No statutory calling hours.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("IE-GDPR-CONSENT")],
    requiredFacts: [
      senderAndOptOut("IE-EPRIVACY-13-4", {
        source: {
          law: SI,
          section:
            "reg. 13 (the paragraph on a concealed sender and a missing address not confirmed)",
          url: SI_URL,
          checked: "2026-12-04",
        },
      }),
    ],
    consentRequirements: [
      {
        id: "IE-SI336-13-1-AUTOMATED",
        from: SI336_START,
        description:
          "Direct marketing by automated calling machine (or fax) needs the subscriber's or user's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: SI,
          section: "reg. 13(1)",
          url: SI_URL,
          checked: CHECKED,
        },
      },
      {
        id: "IE-SI336-13-CALLS",
        from: SI336_START,
        description:
          "Marketing calls to a mobile phone need the subscriber's or user's consent; landlines cannot be told apart, so every marketing call needs consent (cautious).",
        channels: ["voice"],
        purposes: ["marketing"],
        source: {
          law: SI,
          section: "reg. 13(5)–(6) and 14 (per DPC guidance)",
          url: DPC_URL,
          checked: CHECKED,
        },
      },
      {
        id: "IE-SI336-13-1",
        from: SI336_START,
        description:
          "Unsolicited direct marketing by electronic mail (e-mail, SMS) needs the recipient's prior consent (applied to business customers too, cautious).",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: SI,
          section: "reg. 13(1)",
          url: SI_URL,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "IE-SI336-13-11",
        from: SI336_START,
        description:
          "Electronic mail to a customer whose details were obtained in a sale, for the sender's own similar products, with a free opt-out at collection and in every message, the first message within 12 months of the sale.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        purchaseWithin: "P365D",
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: SI,
          section: "reg. 13(11)",
          url: SI_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
