import { definePack, withNotes } from "../pack.js";
import { NOTES } from "./notes.js";

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
export const TR_CORE = definePack({
  code: "TR",
  name: "Türkiye",
  jurisdictions: ["TR"],
  notes: [],
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

/**
 * Türkiye, with its notes (`./notes.ts`): what `consentry/packs/tr` and `consentry/packs`
 * export. The rules are `TR_CORE`'s (documented there), the pack `compilePolicy` loads.
 */
export const TR = /* @__PURE__ */ withNotes(TR_CORE, NOTES);
