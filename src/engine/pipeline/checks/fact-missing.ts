import type { Citation } from "../../../model/policy.js";
import { _reason } from "../../reasons.js";
import type { _Candidate } from "../request.js";

/**
 * Denies a candidate because the record lacks a fact the decision turns on: a `fact.missing`
 * reason whose `path` and `facts.field` name the field that would change the decision. Fail
 * closed: the missing fact is read as the one that sends less.
 *
 * @param c - the candidate
 * @param path - the field's path in the input, for example `["message", "facts", "callerIdShown"]`
 * @param why - what the law needs the fact for, one sentence
 * @param cite - the rule and law that need it
 */
export function _factMissing(
  c: _Candidate,
  path: readonly (string | number)[],
  why: string,
  cite: { readonly rule?: string | undefined; readonly source?: Citation | undefined },
): void {
  const field = path.join(".");
  c.reasons.push(
    _reason("fact.missing", `Not recorded: ${field}. ${why}`, {
      channel: c.channel,
      rule: cite.rule,
      source: cite.source,
      path: [...path],
      facts: { field },
    }),
  );
}
