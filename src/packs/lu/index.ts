import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
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
    "Dates in force are given in each rule's section as '; in force from YYYY-MM-DD' (or the year, where the commencement date was not confirmed) until rules carry their own dates.",
    "The coordinated text (legilux, version applicable from 1 September 2011) was opened for the definitions only: 'abonné' is 'une personne physique ou morale partie à un contrat' (art. 2(a)), so business customers are covered too. The wording of art. 11 rests on secondary sources (docs/research/europe.md); searched again 2026-12-04: the stored copies reach only the opening of the coordinated text, and CNPD's ePrivacy page (cnpd.public.lu) confirms the law of 30 May 2005 transposes Directive 2002/58/EC as amended in 2007, 2010 and 2011 (Directive 2009/136/EC).",
    "Live calls: an opt-out rule is reported from memory only; the pack requires consent (cautious). No national register and no calling hours were found.",
  ],
  policy: {
    consentRequirements: [
      {
        id: "LU-L2005-11-1",
        description:
          "Direct marketing by electronic mail (e-mail, SMS) needs the subscriber's prior consent, natural or legal person.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (paragraph not confirmed); in force from 2011-09-01 (version read)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LU-L2005-11-AUTOMATED",
        description:
          "Automated calling systems without human intervention need the subscriber's prior consent.",
        channels: ["voice"],
        automated: true,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (paragraph not confirmed); in force from 2011-09-01 (version read)",
          url: URL_0,
          checked: CHECKED,
        },
      },
      {
        id: "LU-L2005-11-CALLS",
        description:
          "Live marketing calls are held to the subscriber's consent (cautious: whether art. 11 makes them opt-out was not confirmed).",
        channels: ["voice"],
        automated: false,
        purposes: ["marketing"],
        source: {
          law: LAW_0,
          section: "art. 11 (cautious reading); in force from 2011-09-01 (version read)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
    existingCustomer: [
      {
        id: "LU-L2005-11-2",
        description:
          "Electronic mail to a customer whose electronic contact details were obtained in a sale, for the sender's own similar products, with a free opt-out at collection and in every message.",
        kinds: ["electronic"],
        purposes: ["marketing"],
        obtainedBy: ["purchase"],
        similarProducts: true,
        optOutAtCollection: true,
        source: {
          law: LAW_0,
          section:
            "art. 11 (customer exception; paragraph not confirmed); in force from 2011-09-01 (version read)",
          url: URL_0,
          checked: CHECKED,
        },
      },
    ],
  },
});
