import type { ChannelVerdict, Decision, Reason } from "../../model/decision.js";
import type { Issue } from "../../model/errors.js";
import type { CompiledPolicy } from "../plan.js";
import { _iso, _localIso, _reason } from "../reasons.js";
import type { _Candidate, _Request } from "./request.js";

/** Stage 6, verdict: the only place a `Decision` is built. */

type _Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The decision for a judged request: `deny` when no candidate is eligible, else `send` or
 * `defer` on `chosen` (or every eligible channel with `delivery: "all"`).
 */
export function _verdict(
  req: _Request,
  candidates: readonly _Candidate[],
  eligible: readonly _Candidate[],
  chosen: _Candidate | undefined,
): Decision {
  const { customer, message, nowMs, plan } = req;
  const channels = new Array<ChannelVerdict>(candidates.length);
  for (let i = 0; i < candidates.length; i++)
    channels[i] = _channelVerdict(candidates[i] as _Candidate);
  // Built key by key in one order, no spread (decisions are compared byte for byte across
  // versions): verdict, channel, sendAt, sendAtLocal, redecideAt, basis, reasons, customerId,
  // policy, now, channels, deliveries, messageId.
  if (chosen === undefined) {
    const d: _Mutable<Decision> = {
      verdict: "deny",
      reasons: _allReasons(candidates),
      customerId: customer.id,
      policy: _policyRef(plan),
      now: _iso(nowMs),
      channels,
    };
    if (message.id !== undefined) d.messageId = message.id;
    return d;
  }
  const all = message.delivery === "all";
  const verdict = (all ? eligible.some((c) => c.sendAt <= nowMs) : chosen.sendAt <= nowMs)
    ? "send"
    : "defer";
  const sendAt = _iso(chosen.sendAt);
  const d = { verdict, channel: chosen.channel, sendAt } as _Mutable<Decision> & {
    sendAtLocal?: string;
    redecideAt?: string;
    basis?: Decision["basis"];
    deliveries?: { channel: string; sendAt: string }[];
  };
  if (customer.timeZone !== undefined) d.sendAtLocal = _localIso(customer.timeZone, chosen.sendAt);
  // With `delivery: "all"` a `send` may still plan the chosen channel later: decide again then.
  if (verdict === "defer" || chosen.sendAt > nowMs) d.redecideAt = sendAt;
  if (chosen.basis !== undefined) d.basis = chosen.basis;
  d.reasons = all ? _allReasons(candidates) : _reasonsUpTo(candidates, chosen);
  d.customerId = customer.id;
  d.policy = _policyRef(plan);
  d.now = _iso(nowMs);
  d.channels = channels;
  if (all) d.deliveries = eligible.map((c) => ({ channel: c.channel, sendAt: _iso(c.sendAt) }));
  if (message.id !== undefined) d.messageId = message.id;
  return d;
}

/** Every candidate's reasons, in candidate order. */
function _allReasons(candidates: readonly _Candidate[]): Reason[] {
  const reasons: Reason[] = [];
  for (const c of candidates) for (const r of c.reasons) reasons.push(r);
  return reasons;
}

/** The reasons of every candidate ranked before the chosen one, and the chosen one's. */
function _reasonsUpTo(candidates: readonly _Candidate[], chosen: _Candidate): Reason[] {
  const reasons: Reason[] = [];
  for (const c of candidates) {
    if (c === chosen) break;
    for (const r of c.reasons) reasons.push(r);
  }
  for (const r of chosen.reasons) reasons.push(r);
  return reasons;
}

function _channelVerdict(c: _Candidate): ChannelVerdict {
  const v: _Mutable<ChannelVerdict> = {
    channel: c.channel,
    status: c.blocked ? "blocked" : "ok",
    reasons: c.reasons,
  };
  if (!c.blocked) v.sendAt = _iso(c.sendAt);
  if (c.applied.length > 0) v.applied = c.applied;
  if (!c.blocked && c.countsAgainst !== undefined) v.countsAgainst = c.countsAgainst;
  if (c.basis !== undefined && !c.blocked) v.basis = c.basis;
  return v;
}

/**
 * A `deny` decision with `input.invalid` for a record that could not be judged, one reason per
 * issue with the path of the bad field.
 */
export function _invalidDecision(
  plan: CompiledPolicy,
  customerId: string,
  nowMs: number,
  issues: readonly Issue[],
  messageId?: string,
): Decision {
  const reasons = issues.map((i) =>
    _reason("input.invalid", `${i.path.join(".") || "(root)"}: ${i.message}`, {
      path: [...i.path],
    }),
  );
  return _withMessage(
    {
      verdict: "deny",
      customerId,
      reasons,
      channels: [],
      policy: _policyRef(plan),
      now: _iso(nowMs),
    },
    messageId,
  );
}

function _withMessage(d: Decision, messageId: string | undefined): Decision {
  return messageId === undefined ? d : { ...d, messageId };
}

function _policyRef(plan: CompiledPolicy): Decision["policy"] {
  return plan.version === undefined ? { id: plan.id } : { id: plan.id, version: plan.version };
}
