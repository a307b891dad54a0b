import type { RuleContext } from "../../../model/policy.js";
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
    const cite = { channel: c.channel, rule: rule.id, source: rule.source };
    let denied: boolean;
    try {
      denied = rule.denies(ctx);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      c.reasons.push(_reason("rule.error", `Rule '${rule.id}' failed (${why}): denied.`, cite));
      continue;
    }
    if (denied)
      c.reasons.push(
        _reason("rule.deny", rule.description ?? `Rule '${rule.id}' prohibits this send.`, cite),
      );
  }
}
