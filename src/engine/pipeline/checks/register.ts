import { parseInstant } from "../../../time/instant.js";
import type { _CompiledRegister } from "../../plan.js";
import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";

/**
 * No do-not-contact register that applies lists the customer, and every check is fresh. Runs
 * after the basis check: a register that a consent overrides reads the basis chosen there.
 */
export function registerCheck(req: _Request, c: _Candidate): void {
  for (const reg of req.plan._.registers) {
    if (!reg.applies(c.facts)) continue;
    c.applied.push(reg.id);
    _oneRegister(req, c, reg);
  }
}

function _oneRegister(req: _Request, c: _Candidate, reg: _CompiledRegister): void {
  const { customer, nowMs } = req;
  const regs = customer.registers;
  const st = regs !== undefined && Object.hasOwn(regs, reg.id) ? regs[reg.id] : undefined;
  const cite = { channel: c.channel, rule: reg.id, source: reg.source };
  if (st === undefined) {
    if (reg.uncheckedIsListed)
      c.reasons.push(
        _reason(
          "register.stale",
          `Never checked against register '${reg.id}': counts as listed.`,
          cite,
        ),
      );
    return;
  }
  const facts = { checkedAt: st.checkedAt };
  const checked = parseInstant(st.checkedAt);
  if (checked > nowMs) {
    // A check that claims to come from the future cannot support a send.
    c.reasons.push(
      _reason(
        "register.stale",
        `Register '${reg.id}' check is dated ${st.checkedAt}, after the decision: counts as listed.`,
        { ...cite, facts },
      ),
    );
    return;
  }
  if (!(nowMs - checked <= reg.maxAgeMs)) {
    c.reasons.push(
      _reason(
        "register.stale",
        `Register '${reg.id}' last checked ${st.checkedAt}, older than allowed: counts as listed.`,
        { ...cite, facts },
      ),
    );
    return;
  }
  if (!st.listed || _overridden(req, c, reg)) return;
  c.reasons.push(
    _reason("register.listed", `Listed on register '${reg.id}' (checked ${st.checkedAt}).`, {
      ...cite,
      facts,
    }),
  );
}

/** Whether a consent, a recent purchase or a recent inquiry overrides a listing. */
function _overridden(req: _Request, c: _Candidate, reg: _CompiledRegister): boolean {
  if (reg.consentOverrides && c.basis?.code === "basis.consent") return true;
  const rel = req.customer.relationship;
  const within = (at: string | undefined, ms: number | undefined) => {
    if (at === undefined || ms === undefined) return false;
    const t = parseInstant(at);
    return t <= req.nowMs && req.nowMs - t <= ms;
  };
  return (
    within(rel?.lastPurchaseAt, reg.existingCustomerOverridesMs) ||
    within(rel?.lastInquiryAt, reg.inquiryOverridesMs)
  );
}
