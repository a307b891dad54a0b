import type { Citation, RuleContext } from "../../../model/policy.js";
import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";

/** No applicable policy or pack rule prohibits the send; a rule that throws denies. */
export function ruleCheck(req: _Request, c: _Candidate): void {
  const { customer, message, nowMs } = req;
  const ctx: RuleContext = {
    customer,
    message,
    channel: c.channel,
    channelKind: c.kind,
    now: nowMs,
  };
  for (const rule of req.plan._.rules) {
    if (!rule.applies(c.facts)) continue;
    c.applied.push(rule.id);
    let denied: boolean;
    try {
      denied = rule.denies(ctx);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      c.reasons.push(
        _reason("rule.error", `Rule '${rule.id}' failed (${why}): denied.`, _cite(c, rule)),
      );
      continue;
    }
    if (denied)
      c.reasons.push(
        _reason(
          "rule.deny",
          rule.description ?? `Rule '${rule.id}' prohibits this send.`,
          _cite(c, rule),
        ),
      );
  }
}

/** What a rule's reason names: the channel, the rule and its source (built only for a reason). */
function _cite(
  c: _Candidate,
  rule: { readonly id: string; readonly source?: Citation | undefined },
): { channel: string; rule: string; source: Citation | undefined } {
  return { channel: c.channel, rule: rule.id, source: rule.source };
}
