import type { BooleanMessageFact } from "../../../model/message.js";
import { parseDuration } from "../../../time/duration.js";
import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";
import { _factMissing } from "./fact-missing.js";

/** What each yes-or-no message fact says, for reasons. */
const _SAYS: Record<BooleanMessageFact, string> = {
  senderIdentified: "the sender is identified",
  optOut: "the message carries a working opt-out",
  callerIdShown: "the caller's number is shown",
  callerIdListed: "the caller's number is listed and searchable in directory services",
  charitablePurposeOnly: "the message's sole purpose is the charity's charitable purposes",
};

/**
 * The facts the law requires of the message hold on this channel (`requiredFacts`): a fact
 * stated `false` denies (`rule.deny`); a fact not stated, on the message or in the policy's
 * `messageDefaults`, denies with `fact.missing` naming it.
 */
export function factsCheck(req: _Request, c: _Candidate): void {
  const facts = req.pm._facts[c.index] ?? {};
  for (const r of req.plan._.requiredFacts) {
    if (!r.applies(c.facts)) continue;
    c.applied.push(r.id);
    const cite = { channel: c.channel, rule: r.id, source: r.source };
    const law = r.description === undefined ? "" : ` ${r.description}`;
    for (const f of r.facts) {
      const v = facts[f];
      if (v === true) continue;
      if (v === false)
        c.reasons.push(
          _reason("rule.deny", `The law requires that ${_SAYS[f]}, and it is not.${law}`, {
            ...cite,
            facts: { [f]: false },
          }),
        );
      else
        _factMissing(
          c,
          ["message", "facts", f],
          `The law requires that ${_SAYS[f]}: state it on the message or in the policy's messageDefaults.${law}`,
          cite,
        );
    }
    if (r.optOutValidForMs !== undefined)
      _validity(c, facts.optOutValidFor, r.optOutValidForMs, cite, law);
  }
}

function _validity(
  c: _Candidate,
  stated: string | undefined,
  needMs: number,
  cite: {
    channel: string;
    rule: string;
    source: _Request["plan"]["_"]["requiredFacts"][number]["source"];
  },
  law: string,
): void {
  if (stated === undefined) {
    _factMissing(
      c,
      ["message", "facts", "optOutValidFor"],
      `The law requires the opt-out to keep working for a time: state how long.${law}`,
      cite,
    );
    return;
  }
  if (parseDuration(stated) < needMs)
    c.reasons.push(
      _reason(
        "rule.deny",
        `The opt-out keeps working only ${stated}, shorter than the law requires.${law}`,
        {
          ...cite,
          facts: { optOutValidFor: stated },
        },
      ),
    );
}
