/**
 * The GDPR standard of consent, shared by the packs of the EEA and the United Kingdom: consent is
 * a freely given, specific, informed and unambiguous indication of wishes, by a statement or a
 * clear affirmative action (Art. 4(11)); a request mixed with other matters must be clearly
 * distinguishable, and a contract may not be made conditional on it (Art. 7(2), 7(4)); the person
 * is told before consenting that they may withdraw (Art. 7(3)); silence, pre-ticked boxes or
 * inactivity are no consent (Recital 32; CJEU C-673/17 Planet49, 1 October 2019).
 *
 * @see https://eur-lex.europa.eu/eli/reg/2016/679/oj
 */

/** The date the GDPR consent rules were last checked for these packs. */
export const GDPR_CHECKED = "2026-12-02";

/** The GDPR (EU). */
export const GDPR = "Regulation (EU) 2016/679 (GDPR), applicable since 25 May 2018";
/** The GDPR's official text. */
export const GDPR_URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";
/** The sections that set the standard of consent. */
export const GDPR_CONSENT_SECTIONS =
  "Art. 4(11), Art. 7(2)–(4), Recital 32; CJEU C-673/17 Planet49";

/** The GDPR applies in the EU from 25 May 2018 (Art. 99(2)), midnight in Central European time. */
export const GDPR_APPLIES = "2018-05-25T00:00:00+02:00";
/**
 * The GDPR applies in Norway, Iceland and Liechtenstein from 20 July 2018, the day the EEA Joint
 * Committee decision incorporating it entered into force (regjeringen.no, checked 2026-12-04).
 */
export const GDPR_APPLIES_EEA = "2018-07-20T00:00:00+02:00";

/**
 * A `consentValidity` element for a pack: marketing consents are held to the GDPR standard.
 *
 * @param id - the element's id
 * @param law - the law as it applies in the jurisdiction (the GDPR, or UK GDPR)
 * @param url - the official text
 * @param from - the instant the standard applies there (default: 25 May 2018, the EU date)
 */
export function gdprConsentValidity(
  id: string,
  law: string = GDPR,
  url: string = GDPR_URL,
  from: string = GDPR_APPLIES,
) {
  return {
    id,
    from,
    description:
      "A marketing consent counts only if given actively (no pre-ticked box, silence or inactivity), separately from other matters and not as a condition of a contract, after being told it can be withdrawn.",
    purposes: ["marketing" as const],
    source: { law, section: GDPR_CONSENT_SECTIONS, url, checked: GDPR_CHECKED },
  };
}
