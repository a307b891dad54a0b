/**
 * The ePrivacy Directive's rule for every marketing e-mail and SMS, shared by the packs of the
 * EEA: "In any event, the practice of sending electronic mail for the purposes of direct marketing
 * which disguise or conceal the identity of the sender on whose behalf the communication is made
 * … [or] which do not have a valid address to which the recipient may send a request that such
 * communications cease … shall be prohibited" (Directive 2002/58/EC, Art. 13(4), as amended by
 * Directive 2009/136/EC). Unlike the consent rule of Art. 13(1) it has no exception and no option
 * for the member states: it holds for consumers and businesses, with consent or on the
 * existing-customer exception. The UK's PECR reg. 23 and Germany's UWG § 7(2) no. 3 say the same.
 *
 * Each pack cites the national provision that transposes it where one was found (issue 12:
 * `senderAndOptOut(id, { source })`, with the wording and what rests on secondary sources in the
 * pack's notes); where none was found, the rule cites this directive (`EPRIVACY_13_4`) and the
 * pack's notes say so. docs/law/law-in-depth.md (concept 10) lists them.
 *
 * The wording above was re-read on 2026-12-04 through a copy of the consolidated text
 * (wordscope.be, secondary); EUR-Lex itself was not opened.
 *
 * @see https://eur-lex.europa.eu/eli/dir/2002/58/oj
 */

/** The date Art. 13(4) was last checked for these packs. */
export const EPRIVACY_13_4_CHECKED = "2026-12-04";
/** The ePrivacy Directive, as amended. */
export const EPRIVACY_AMENDED =
  "Directive 2002/58/EC on privacy and electronic communications (ePrivacy Directive), as amended by Directive 2009/136/EC";
/**
 * The ePrivacy Directive entered into force on the day of its publication in the Official
 * Journal (Art. 20; OJ L 201, 31.7.2002 — Pinsent Masons and the consolidated text's header,
 * secondary, checked 2026-12-04). Art. 13(4) already prohibited then the marketing e-mail that
 * hides its sender or gives no valid address to stop such messages; Directive 2009/136/EC (in
 * force 19 December 2009, applied from 25 May 2011) reworded it and added the e-commerce clause,
 * which this element does not model. Member states had until 31 October 2003 to transpose the
 * directive: the earlier date is taken (stricter).
 */
export const EPRIVACY_IN_FORCE = "2002-07-31T00:00:00+02:00";
/** The directive's official text. */
export const EPRIVACY_URL = "https://eur-lex.europa.eu/eli/dir/2002/58/oj";

/** A citation of a law's sender-and-opt-out rule (exported so the packs' declarations can name it). @internal */
export interface _Source {
  readonly law: string;
  readonly section: string;
  readonly url: string;
  readonly checked: string;
}

/** The directive's own Art. 13(4), cited where a pack has not confirmed the national provision. */
export const EPRIVACY_13_4: _Source = {
  law: EPRIVACY_AMENDED,
  section: "Art. 13(4)",
  url: EPRIVACY_URL,
  checked: EPRIVACY_13_4_CHECKED,
};

/** How a pack adapts the sender-and-opt-out element to its national law. */
export interface SenderAndOptOutOptions {
  /**
   * The national provision that transposes Art. 13(4) (default: the directive's Art. 13(4)); the
   * pack's notes keep the directive as the secondary reference.
   */
  readonly source?: _Source;
  /**
   * The instant the rule applies there (default: 31 July 2002, the directive's entry into force;
   * a pack passes its own law's date where it knows a later one).
   */
  readonly from?: string;
  /**
   * Where the national law also requires the opt-out to keep working for a period (an ISO 8601
   * duration, e.g. `P30D`): the message fact `optOutValidFor` must be at least this long.
   */
  readonly optOutValidFor?: string;
  /** The rule's description where the national wording says more than the directive. */
  readonly description?: string;
}

/**
 * A `requiredFacts` element for a pack: every marketing message by electronic mail (e-mail, SMS,
 * a declared electronic channel) names its sender (`senderIdentified`) and carries a valid
 * address to stop such messages (`optOut`). A fact stated `false` denies (`rule.deny`); a fact
 * stated nowhere denies with `fact.missing` naming it; a policy states both once in
 * `messageDefaults` (`{ facts: { senderIdentified: true, optOut: true } }`).
 *
 * @param id - the element's id
 * @param options - the national source, date in force, opt-out period and wording (each optional)
 * @returns the element
 * @example
 * senderAndOptOut("EU-EPRIVACY-13-4").facts; // => ["senderIdentified", "optOut"]
 */
export function senderAndOptOut(id: string, options: SenderAndOptOutOptions = {}) {
  const { source = EPRIVACY_13_4, from = EPRIVACY_IN_FORCE, optOutValidFor, description } = options;
  return {
    id,
    from,
    description:
      description ??
      "Marketing by electronic mail (e-mail, SMS) that hides the sender on whose behalf it is sent, or gives no valid address to ask that such messages stop, is prohibited in every case.",
    kinds: ["electronic" as const],
    purposes: ["marketing" as const],
    facts: ["senderIdentified" as const, "optOut" as const],
    ...(optOutValidFor === undefined ? {} : { optOutValidFor }),
    source,
  };
}
