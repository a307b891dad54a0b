import { definePack } from "../pack.js";

const CHECKED = "2026-12-02";
/** Law No. 6563 in force 1 May 2015. */
const LAW_6563_START = "2015-05-01T00:00:00+03:00";
/** Messages need a consent held in İYS from 1 September 2020 (the end of the first transition). */
const IYS_START = "2020-09-01T00:00:00+03:00";
const LAW =
  "6563 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun (Law No. 6563, RG 05/11/2014)";
const LAW_URL = "https://www.mevzuat.gov.tr/mevzuatmetin/1.5.6563.pdf";
const REG =
  "Ticari İletişim ve Ticari Elektronik İletiler Hakkında Yönetmelik (RG 15/07/2015 No. 29417, amended RG 04/01/2020 No. 30998)";
const IYS_URL = "https://iys.org.tr/";

/**
 * Türkiye: commercial electronic messages (calls, SMS, e-mail) to consumers only with prior
 * consent (Law 6563 art. 6(1)), and a consent counts only once the İleti Yönetim Sistemi (İYS)
 * holds it, recorded within three business days of a consent taken outside it; merchants and
 * artisans may be sent messages without prior consent until they refuse (art. 6(2)).
 *
 * @see https://iys.org.tr/
 */
export const TR = definePack({
  code: "TR",
  name: "Türkiye",
  jurisdictions: ["TR"],
  notes: [
    "Dates in force (midnight in Istanbul): md. 6 from 1 May 2015, Law No. 6563's entry into force (elmacioglu.av.tr, secondary, checked 2026-12-04); the İYS rule from 1 September 2020, the end of the transition set by the amendment of RG 04/01/2020 No. 30998 (bulutfon.com, secondary). The transition was later extended to 15 February 2021 (senders above 150,000 consents) and 15 July 2021 (others) (parasut.com, secondary); the earliest date is kept (stricter).",
    "'Ticari elektronik ileti' covers telephone, call centre, fax, automated calling, voice recorders, e-mail and SMS (docs/research/europe.md, from the statute as quoted by ilettik.biz and verimor — secondary quotes of the primary text): live calls need consent too.",
    "İYS is a `holds-consent` register: a consent counts only when İYS holds it (`listed: true`, `listedAt` when it was recorded). Consents taken outside İYS must be recorded within three business days (per the regulation's timeline as summarised by ozbek.av.tr, secondary); the engine counts calendar days, so three days is stricter than three business days. Whether a late upload voids the consent or only breaches the duty is read the stricter way: void.",
    "Senders must query İYS before sending; a check at most one hour old is required (cautious: the law expects the status at send time). Refusals recorded in İYS show as a withdrawal the sender must import into the ledger.",
    "Merchants and artisans (esnaf ve tacir) are read as business customers: opt-out. Exempt messages (about goods already supplied, subscriptions, debts, deliveries) are service messages, outside the marketing purpose. No calling hours were found.",
  ],
  policy: {
    consentRequirements: [
      {
        id: "TR-6563-6-1",
        from: LAW_6563_START,
        description:
          "Commercial electronic messages (calls, SMS, e-mail) to consumers only with their prior consent, given in writing or by electronic means.",
        channels: ["email", "sms", "voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        source: {
          law: LAW,
          section: "md. 6(1)",
          url: LAW_URL,
          checked: CHECKED,
        },
      },
    ],
    optOut: [
      {
        id: "TR-6563-6-2",
        from: LAW_6563_START,
        description:
          "Commercial electronic messages to merchants and artisans need no prior consent; a refusal stops them.",
        channels: ["email", "sms", "voice"],
        customerTypes: ["business"],
        purposes: ["marketing"],
        source: {
          law: LAW,
          section: "md. 6(2)",
          url: LAW_URL,
          checked: CHECKED,
        },
      },
    ],
    registers: [
      {
        id: "TR-IYS",
        from: IYS_START,
        description:
          "A consumer's consent counts only once the İleti Yönetim Sistemi holds it, recorded within three days of the grant (three business days in law; cautious); a check at most one hour old.",
        channels: ["email", "sms", "voice"],
        customerTypes: ["consumer"],
        purposes: ["marketing"],
        kind: "holds-consent",
        registerWithin: "P3D",
        maxAge: "PT1H",
        source: {
          law: REG,
          section:
            "md. 5(3) as amended (RG 04/01/2020 No. 30998): 'İYS üzerinde onayı bulunmayan alıcılara ticari elektronik ileti gönderilemez' (quoted by bener.com, checked 2026-12-04); the three-business-day rule's article not confirmed",
          url: IYS_URL,
          checked: CHECKED,
        },
      },
    ],
  },
});
