import { senderAndOptOut } from "../eprivacy.js";
import { gdprConsentValidity } from "../gdpr.js";
import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** The version of the loi modifiée du 30 mai 2005 read: applicable from 1 September 2011 (legilux coordinated text). */
const L2005_VERSION = "2011-09-01T00:00:00+02:00";
const LAW_0 =
  "Loi modifiée du 30 mai 2005 relative aux dispositions spécifiques de protection de la personne à l'égard du traitement des données à caractère personnel dans le secteur des communications électroniques";
const URL_0 = "http://data.legilux.public.lu/file/eli-etat-leg-tc-2011-08-10-n1-jo-fr-html.html";

/**
 * Luxembourg: E-mail, SMS and automated calls need the subscriber's prior consent, natural or legal person ('abonné', art. 2(a)), with the customer exception for similar products; live calls read as consent (cautious).
 *
 * @see http://data.legilux.public.lu/file/eli-etat-leg-tc-2011-08-10-n1-jo-fr-html.html
 */
export const LU = definePack({
  code: "LU",
  name: "Luxembourg",
  jurisdictions: ["LU"],
  notes: [
    "ePrivacy Art. 13(4) (LU-EPRIVACY-13-4): every marketing e-mail and SMS names its sender and carries a valid address to stop such messages; the rule is cited from the directive, which binds Luxembourg without exception or option, and the national transposing section is not confirmed here (checked 2026-12-04). Unknown facts are fact.missing: state them once in the policy's messageDefaults. Searched 2026-12-04 for the national provision: the coordinated text of the loi modifiée du 30 mai 2005 on legilux.public.lu (official) was reached only at its art. 2, so art. 11's paragraph on a concealed sender and a missing address was not read; the rule stays on the directive.",
    "Consents are held to the GDPR standard (from 25 May 2018; Art. 4(11), 7, Recital 32; CJEU C-673/17 Planet49; LU-GDPR-CONSENT): a record that shows a pre-ticked box, no active agreement, a request bundled with other matters or no word of the right to withdraw is no consent (consent.invalid); a record that does not say how it was captured still counts.",
    "Dates in force: art. 11 from 1 September 2011, the date from which the coordinated text read (after the loi du 28 juillet 2011, Mém. A 172, transposing Directive 2009/136/EC) applies (legilux, official, checked 2026-12-04). The law itself dates from 30 May 2005 (Mém. A 73 of 7 June 2005); its first wording of art. 11 was not read. The sender-and-opt-out rule (ePrivacy Art. 13(4)) carries the directive's date, 31 July 2002 (src/packs/eprivacy.ts); the GDPR consent standard, 25 May 2018.",
    "The coordinated text (legilux, version applicable from 1 September 2011) was opened for the definitions only: 'abonné' is 'une personne physique ou morale partie à un contrat' (art. 2(a)), so business customers are covered too. The wording of art. 11 rests on secondary sources (docs/research/europe.md); searched again 2026-12-04: the stored copies reach only the opening of the coordinated text, and CNPD's ePrivacy page (cnpd.public.lu) confirms the law of 30 May 2005 transposes Directive 2002/58/EC as amended in 2007, 2010 and 2011 (Directive 2009/136/EC).",
    "Live calls: an opt-out rule is reported from memory only; the pack requires consent (cautious). No national register and no calling hours were found.",
  ],
  policy: {
    consentValidity: [gdprConsentValidity("LU-GDPR-CONSENT")],
    requiredFacts: [senderAndOptOut("LU-EPRIVACY-13-4")],
    consentRequirements: [
      {
        id: "LU-L2005-11-1",
        from: L2005_VERSION,
        description:
          "Direct marketing by electronic mail (e-mail, SMS) needs the subscriber's prior consent, natural or legal person.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (paragraph not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LU-L2005-11-AUTOMATED",
        from: L2005_VERSION,
        description:
          "Automated calling systems without human intervention need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (paragraph not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LU-L2005-11-CALLS",
        from: L2005_VERSION,
        description:
          "Live marketing calls are held to the subscriber's consent (cautious: whether art. 11 makes them opt-out was not confirmed).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (cautious reading)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LU-L2005-11-2",
        from: L2005_VERSION,
        description:
          "Electronic mail to a customer whose electronic contact details were obtained in a sale, for the sender's own similar products, with a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section: "art. 11 (customer exception; paragraph not confirmed)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
