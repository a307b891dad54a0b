import type { ChannelKind } from "../../../model/channel.js";
import type { ConsentEvent } from "../../../model/consent-event.js";
import type { Citation } from "../../../model/policy.js";
import { complementIntervals, type Interval, unionIntervals } from "../../../time/intervals.js";
import { toWall, wallDayStart, wallToInstant } from "../../../time/zones.js";
import type { _CompiledAfterOptOut, _CompiledRefusal } from "../../plan.js";
import { _iso, _reason } from "../../reasons.js";
import type { TargetFacts } from "../../target.js";
import { type _Candidate, _historyTimes, type _Request } from "../request.js";
import { existingCustomerBasis } from "./existing-customer.js";

const _DAY = 86_400_000;

/** A refusal period as a time constraint: the shape of timing's `_Constraint` (kept apart so
 * that timing may import this file without a cycle). */
export interface _RefusalConstraint {
  readonly code: "refusal.period";
  readonly rule: string;
  readonly source: Citation | undefined;
  readonly describe: string;
  readonly zoned: boolean;
  holds(zone: string, t: number): boolean;
  allowed(zone: string, range: Interval): readonly Interval[];
}

/**
 * Refusals and what may follow them (runs after the basis check, whose reasons it reads): an
 * implied consent that ran out is `consent.expired`, not `consent.missing`; after an opt-out on a
 * channel only the confirmations an `afterOptOut` rule allows may follow, and with `revokeAll`
 * nothing else on the channel until a new grant.
 */
export function refusalCheck(req: _Request, c: _Candidate): void {
  _impliedExpired(req, c);
  for (const a of req.plan._.afterOptOut) {
    if (!a.applies(c.facts)) continue;
    c.applied.push(a.id);
    _afterOptOut(req, c, a);
  }
}

/** Reports a lapsed implied consent as `consent.expired` (the basis check says `consent.missing`). */
function _impliedExpired(req: _Request, c: _Candidate): void {
  const i = c.reasons.findIndex((r) => r.code === "consent.missing");
  if (i < 0) return;
  const plan = req.plan._;
  const lawAsks = plan.consentRequirements.some((r) => r.fromPack && r.applies(c.facts));
  const ec = existingCustomerBasis(req, c, lawAsks);
  if (ec.expired !== true) return;
  const r = c.reasons[i] as (typeof c.reasons)[number];
  c.reasons[i] = {
    ...r,
    code: "consent.expired",
    message: `The implied consent for ${c.channel} ${req.message.purpose} ran out. ${r.message}`,
  };
}

/** The latest withdrawal at or before now whose scope covers the candidate's channel. */
function _lastOptOut(req: _Request, c: _Candidate): ConsentEvent | undefined {
  let last: ConsentEvent | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  for (const e of req.customer.consents) {
    if (e.type !== "withdraw" || !_onChannel(e, c.channel, c.kind)) continue;
    const t = Date.parse(e.at);
    if (t <= req.nowMs && t >= lastAt) {
      last = e;
      lastAt = t;
    }
  }
  return last;
}

function _onChannel(e: ConsentEvent, channel: string, kind: ChannelKind): boolean {
  const s = e.scope;
  return (
    (s.channels === undefined || s.channels.includes(channel)) &&
    (s.kinds === undefined || s.kinds.includes(kind))
  );
}

/** One `afterOptOut` rule: confirmations of an opt-out, and the revoke-all reading. */
function _afterOptOut(req: _Request, c: _Candidate, a: _CompiledAfterOptOut): void {
  const w = _lastOptOut(req, c);
  const cite = { channel: c.channel, rule: a.id, source: a.source };
  if (req.message.confirmsOptOut === true) {
    if (req.marketing)
      c.reasons.push(
        _reason("rule.deny", "A message that confirms an opt-out may carry no marketing.", cite),
      );
    else if (w === undefined)
      c.reasons.push(_reason("rule.deny", `No opt-out on ${c.channel} to confirm.`, cite));
    else {
      const sent = _sentSince(req, c.channel, Date.parse(w.at));
      if (sent >= a.confirmations)
        c.reasons.push(
          _reason(
            "rule.deny",
            `Only ${a.confirmations} confirmation may follow the opt-out of ${w.at} (event '${w.id}'), and ${sent} message went since.`,
            { ...cite, facts: { eventId: w.id, at: w.at } },
          ),
        );
    }
    return;
  }
  if (!a.revokeAll || w === undefined || req.critical) return;
  if (_regranted(req, c, Date.parse(w.at))) return;
  if (c.reasons.some((r) => r.code === "consent.withdrawn")) return;
  c.reasons.push(
    _reason(
      "consent.withdrawn",
      `The opt-out of ${w.at} (event '${w.id}') stops every message on ${c.channel}, whatever it was given in answer to.`,
      { ...cite, facts: { eventId: w.id, at: w.at } },
    ),
  );
}

/** How many messages went on `channel` after `since` and up to now. */
function _sentSince(req: _Request, channel: string, since: number): number {
  const hs = req.history ?? [];
  const times = _historyTimes(req);
  let n = 0;
  for (let i = 0; i < hs.length; i++) {
    const t = times[i] as number;
    if (hs[i]?.channel === channel && t > since && t <= req.nowMs) n++;
  }
  return n;
}

/** Whether a grant after the opt-out covers the channel and the message's purpose again. */
function _regranted(req: _Request, c: _Candidate, since: number): boolean {
  return req.customer.consents.some((e) => {
    if (e.type !== "grant" || !_onChannel(e, c.channel, c.kind)) return false;
    const t = Date.parse(e.at);
    const p = e.scope.purposes;
    return t > since && t <= req.nowMs && (p === undefined || p.includes(req.message.purpose));
  });
}

/**
 * The refusal periods that apply to a send on the candidate's channel, as time constraints: each
 * refusal recorded in the history (`outcome: "refused"`) on a channel the element covers forbids
 * `[refusal, refusal + blocksFor)`, or with `fullDays` until local midnight after the last full
 * calendar day.
 */
export function _refusalConstraints(
  req: _Request,
  facts: TargetFacts,
  push: (k: _RefusalConstraint) => void,
): void {
  for (const r of req.plan._.refusals) {
    if (!r.applies(facts)) continue;
    const at = _refusalsOf(req, facts, r);
    if (at.length === 0) continue;
    const last = _iso(at[at.length - 1] as number);
    const blocked = (z: string): Interval[] =>
      unionIntervals(
        [],
        at.map((t): Interval => [t, _liftsAt(r, z, t)]),
      );
    push({
      code: "refusal.period",
      rule: r.id,
      source: r.source,
      describe: `The customer refused on ${last} ('${r.id}')`,
      zoned: r.fullDays,
      holds: (z, t) => !blocked(z).some(([s, e]) => t >= s && t < e),
      allowed: (z, range) => complementIntervals(blocked(z), range),
    });
  }
}

/** The instants of the refusals in the history that the element covers, in order. */
function _refusalsOf(req: _Request, facts: TargetFacts, r: _CompiledRefusal): number[] {
  const hs = req.history ?? [];
  const times = _historyTimes(req);
  const kinds = req.plan._.kinds;
  const out: number[] = [];
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    if (h?.outcome !== "refused") continue;
    const kind = kinds.get(h.channel);
    if (kind === undefined) continue;
    if (!r.applies({ ...facts, channel: h.channel, kind, purpose: h.purpose })) continue;
    out.push(times[i] as number);
  }
  return out.sort((a, b) => a - b);
}

/** When contact may resume after a refusal at `t`, in zone `z`. */
function _liftsAt(r: _CompiledRefusal, z: string, t: number): number {
  if (!r.fullDays) return t + r.blocksForMs;
  // Whole days counted from the day after the refusal: resume at the start of the day after them.
  const day = wallDayStart(toWall(z, t));
  return wallToInstant(z, day + _DAY + r.blocksForMs);
}
