// The pack's notes, kept out of the core bundle (`compilePolicy` loads the pack without them).
// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.

/** Türkiye: cautious readings, sources, dates in force and what is left out. */
export const NOTES: readonly string[] = [
  "Dates in force (midnight in Istanbul): md. 6 from 1 May 2015, Law No. 6563's entry into force (elmacioglu.av.tr, secondary, checked 2026-12-04); the İYS rule from 1 September 2020, the end of the transition set by the amendment of RG 04/01/2020 No. 30998 (bulutfon.com, secondary). The transition was later extended to 15 February 2021 (senders above 150,000 consents) and 15 July 2021 (others) (parasut.com, secondary); the earliest date is kept (stricter).",
  "'Ticari elektronik ileti' covers telephone, call centre, fax, automated calling, voice recorders, e-mail and SMS (docs/research/europe.md, from the statute as quoted by ilettik.biz and verimor — secondary quotes of the primary text): live calls need consent too.",
  "İYS is a `holds-consent` register: a consent counts only when İYS holds it (`listed: true`, `listedAt` when it was recorded). Consents taken outside İYS must be recorded within three business days (per the regulation's timeline as summarised by ozbek.av.tr, secondary); the engine counts calendar days, so three days is stricter than three business days. Whether a late upload voids the consent or only breaches the duty is read the stricter way: void.",
  "Senders must query İYS before sending; a check at most one hour old is required (cautious: the law expects the status at send time). Refusals recorded in İYS show as a withdrawal the sender must import into the ledger.",
  "Merchants and artisans (esnaf ve tacir) are read as business customers: opt-out. Exempt messages (about goods already supplied, subscriptions, debts, deliveries) are service messages, outside the marketing purpose. No calling hours were found.",
];
