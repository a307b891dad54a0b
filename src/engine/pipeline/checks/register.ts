import type { RegisterStatus } from "../../../model/customer.js";
import { parseInstant } from "../../../time/instant.js";
import type { _CompiledRegister } from "../../plan.js";
import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";
import { contractHolds } from "./existing-customer.js";

/**
 * No register that applies blocks the send, and every check is fresh. Runs after the basis
 * check: a register that a consent overrides, revokes or must hold reads the basis chosen there.
 * Three kinds (see `RegisterKindSchema`): an `opt-out` list blocks a listed customer; a
 * `revokes-consents` register blocks a listed customer unless a consent was given after the
 * listing; a `holds-consent` register voids a consent it does not hold (in time).
 */
export function registerCheck(req: _Request, c: _Candidate): void {
  for (const reg of req.plan._.registers) {
    if (!reg.applies(c.facts)) continue;
    // A register that holds consents gates consents only; others skip the bases they exempt.
    if (reg.consentsOnly ? c.basis?.code !== "basis.consent" : reg.exempt.has(c.basis?.code ?? ""))
      continue;
    c.applied.push(reg.id);
    _oneRegister(req, c, reg);
  }
}

type _Cite = { channel: string; rule: string; source: _CompiledRegister["source"] };

function _oneRegister(req: _Request, c: _Candidate, reg: _CompiledRegister): void {
  const regs = req.customer.registers;
  const st = regs !== undefined && Object.hasOwn(regs, reg.id) ? regs[reg.id] : undefined;
  const cite: _Cite = { channel: c.channel, rule: reg.id, source: reg.source };
  if (st === undefined) {
    if (reg.uncheckedIsListed || reg.kind === "holds-consent")
      c.reasons.push(
        _reason(
          "register.stale",
          `Never checked against register '${reg.id}': counts as listed.`,
          cite,
        ),
      );
    return;
  }
  if (!_fresh(req, c, reg, st, cite)) return;
  if (reg.kind === "holds-consent") {
    _holdsConsent(req, c, reg, st, cite);
    return;
  }
  if (!st.listed) return;
  if (reg.kind === "revokes-consents" && _consentSurvives(c, st)) return;
  if (_overridden(req, c, reg)) return;
  const revoked =
    reg.kind === "revokes-consents" && c.basis?.code === "basis.consent"
      ? ` The listing${st.listedAt === undefined ? " (date unknown)" : ` at ${st.listedAt}`} revoked consent '${c.basis.consentId}', given ${c.basis.facts?.grantedAt ?? "earlier"}.`
      : "";
  c.reasons.push(
    _reason(
      "register.listed",
      `Listed on register '${reg.id}' (checked ${st.checkedAt}).${revoked}`,
      { ...cite, facts: _facts(st) },
    ),
  );
}

function _facts(st: RegisterStatus): Record<string, string> {
  const facts: Record<string, string> = { checkedAt: st.checkedAt };
  if (st.listedAt !== undefined) facts.listedAt = st.listedAt;
  return facts;
}

/** A check dated after now, or older than the register allows, counts as a listing. */
function _fresh(
  req: _Request,
  c: _Candidate,
  reg: _CompiledRegister,
  st: RegisterStatus,
  cite: _Cite,
): boolean {
  const checked = parseInstant(st.checkedAt);
  const facts = _facts(st);
  if (checked > req.nowMs) {
    // A check that claims to come from the future cannot support a send.
    c.reasons.push(
      _reason(
        "register.stale",
        `Register '${reg.id}' check is dated ${st.checkedAt}, after the decision: counts as listed.`,
        { ...cite, facts },
      ),
    );
    return false;
  }
  if (!(req.nowMs - checked <= reg.maxAgeMs)) {
    c.reasons.push(
      _reason(
        "register.stale",
        `Register '${reg.id}' last checked ${st.checkedAt}, older than allowed: counts as listed.`,
        { ...cite, facts },
      ),
    );
    return false;
  }
  return true;
}

/** When the consent the send rests on was given, if it rests on one. */
function _grantedAt(c: _Candidate): string | undefined {
  const at = c.basis?.code === "basis.consent" ? c.basis.facts?.grantedAt : undefined;
  return typeof at === "string" ? at : undefined;
}

/**
 * Whether the consent the send rests on survives the listing: given after it, or given before a
 * listing that (by the person's choice) did not revoke earlier consents.
 */
function _consentSurvives(c: _Candidate, st: RegisterStatus): boolean {
  const granted = _grantedAt(c);
  if (granted !== undefined && st.consentsRevoked === false) return true;
  // Without the listing's date, every consent may predate it: all count as revoked.
  if (granted === undefined || st.listedAt === undefined) return false;
  return parseInstant(granted) > parseInstant(st.listedAt);
}

/**
 * The consent the send rests on must be held by the register: recorded there at or after it was
 * given, no later than the check and `registerWithin` after the grant.
 */
function _holdsConsent(
  req: _Request,
  c: _Candidate,
  reg: _CompiledRegister,
  st: RegisterStatus,
  cite: _Cite,
): void {
  const granted = _grantedAt(c);
  const consentId = c.basis?.consentId ?? "?";
  let why: string | undefined;
  if (!st.listed) why = `does not hold consent '${consentId}'`;
  else if (st.listedAt === undefined || granted === undefined)
    why = `holds a consent recorded at an unknown time, which cannot be tied to consent '${consentId}'`;
  else {
    const at = parseInstant(st.listedAt);
    const given = parseInstant(granted);
    if (at < given)
      why = `holds a consent recorded ${st.listedAt}, before consent '${consentId}' was given (${granted})`;
    else if (at > parseInstant(st.checkedAt) || at > req.nowMs)
      why = `shows a consent recorded ${st.listedAt}, after the check itself`;
    else if (reg.registerWithinMs !== undefined && at - given > reg.registerWithinMs)
      why = `recorded consent '${consentId}' at ${st.listedAt}, too late after it was given (${granted}): it is void`;
  }
  if (why === undefined) return;
  c.reasons.push(
    _reason("register.unregistered", `Register '${reg.id}' ${why}.`, {
      ...cite,
      facts: _facts(st),
    }),
  );
}

/** Whether a consent, a recent purchase or a recent inquiry overrides a listing. */
function _overridden(req: _Request, c: _Candidate, reg: _CompiledRegister): boolean {
  if (reg.consentOverrides && c.basis?.code === "basis.consent" && _consentRecent(req, c, reg))
    return true;
  if (reg.contractOverrides !== undefined) {
    const k = contractHolds(req, reg.contractOverrides.endedWithinMs, true);
    if (!("why" in k)) return true;
  }
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

/** Whether the consent basis was granted recently enough to override (`consentOverridesWithin`). */
function _consentRecent(req: _Request, c: _Candidate, reg: _CompiledRegister): boolean {
  if (reg.consentOverridesWithinMs === undefined) return true;
  const at = c.basis?.facts?.grantedAt;
  return typeof at === "string" && req.nowMs - parseInstant(at) < reg.consentOverridesWithinMs;
}
