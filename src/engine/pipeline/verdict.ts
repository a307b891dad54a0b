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
  const base = {
    customerId: customer.id,
    policy: _policyRef(plan),
    now: _iso(nowMs),
    channels: candidates.map(_channelVerdict),
  };
  if (chosen === undefined)
    return _withMessage(
      { verdict: "deny", reasons: candidates.flatMap((c) => c.reasons), ...base },
      message.id,
    );
  const all = message.delivery === "all";
  const verdict = (all ? eligible.some((c) => c.sendAt <= nowMs) : chosen.sendAt <= nowMs)
    ? "send"
    : "defer";
  const sendAt = _iso(chosen.sendAt);
  const local =
    customer.timeZone === undefined
      ? {}
      : { sendAtLocal: _localIso(customer.timeZone, chosen.sendAt) };
  // The keys keep one order (decisions are compared byte for byte across versions).
  const rest = {
    ...(chosen.basis === undefined ? {} : { basis: chosen.basis }),
    reasons: all ? candidates.flatMap((c) => c.reasons) : _reasonsUpTo(candidates, chosen),
    ...base,
    ...(all
      ? { deliveries: eligible.map((c) => ({ channel: c.channel, sendAt: _iso(c.sendAt) })) }
      : {}),
  };
  // With `delivery: "all"` a `send` may still plan the chosen channel later: decide again then.
  const redecide = chosen.sendAt > nowMs ? { redecideAt: sendAt } : {};
  const d: Decision =
    verdict === "send"
      ? { verdict, channel: chosen.channel, sendAt, ...local, ...redecide, ...rest }
      : { verdict, channel: chosen.channel, sendAt, ...local, redecideAt: sendAt, ...rest };
  return _withMessage(d, message.id);
}

/** The reasons of every candidate ranked before the chosen one, and the chosen one's. */
function _reasonsUpTo(candidates: readonly _Candidate[], chosen: _Candidate): Reason[] {
  const reasons: Reason[] = [];
  for (const c of candidates) {
    if (c === chosen) break;
    reasons.push(...c.reasons);
  }
  reasons.push(...chosen.reasons);
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
