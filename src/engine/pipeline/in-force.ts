import type { _Candidate, _Request } from "../plan.js";
import { _iso } from "../reasons.js";
import { _eligible } from "./eligibility.js";
import { _timing } from "./timing.js";

/**
 * The law in force by date: a candidate is judged under the policy and pack elements in force at
 * the instant of its send. Where an element that concerns the candidate enters or leaves force
 * within the search range, the range is split at those instants; each stretch is judged under the
 * law in force in it (eligibility and timing), and the first stretch with an instant that fits
 * wins. Facts (the ledger, registers, the relationship) are read as of `now` in every stretch: a
 * deferral is a plan, and the caller decides again at `sendAt`.
 */

/** The instants in `(now, end)` at which the law that concerns `c` changes, in order. */
export function _lawCuts(req: _Request, c: _Candidate, end: number): number[] {
  const out: number[] = [];
  for (const ch of req.plan._.changes) {
    if (ch.at <= req.nowMs) continue;
    if (ch.at >= end) break;
    if (out[out.length - 1] !== ch.at && ch.applies(c.facts)) out.push(ch.at);
  }
  return out;
}

/**
 * Judges one candidate: eligibility and timing, stretch by stretch of the law in force. Fills `c`
 * with the stretch that gives it a send time (or, when none does, blocks it with the reasons of
 * every stretch tried).
 */
export function _judgeInForce(req: _Request, c: _Candidate): void {
  const horizonEnd = Math.min(
    req.pm._deadline ?? Number.POSITIVE_INFINITY,
    req.nowMs + req.plan._.horizonMs,
  );
  const cuts = req.plan._.changes.length === 0 ? [] : _lawCuts(req, c, horizonEnd);
  if (cuts.length === 0) {
    if (_eligible(req, c)) _timing(req, c);
    return;
  }
  const tried: _Candidate[] = [];
  for (let i = 0; i <= cuts.length; i++) {
    const from = i === 0 ? req.nowMs : (cuts[i - 1] as number);
    const to = cuts[i] ?? horizonEnd;
    const s = _stretchCandidate(c, from);
    if (_eligible(req, s)) _timing(req, s, { from, to, changesAt: cuts[i] });
    if (!s.blocked) {
      _lift(tried, from);
      Object.assign(c, s, { reasons: [...tried.flatMap((t) => t.reasons), ...s.reasons] });
      return;
    }
    tried.push(s);
  }
  Object.assign(c, tried[0], { reasons: _unique(tried.flatMap((t) => t.reasons)), blocked: true });
}

/** A fresh copy of the candidate to judge under the law in force from `at`. */
function _stretchCandidate(c: _Candidate, at: number): _Candidate {
  return {
    ...c,
    facts: { ...c.facts, at },
    reasons: [],
    applied: [],
    basis: undefined,
    basisUntil: undefined,
    countsAgainst: undefined,
    blocked: false,
    sendAt: Number.NaN,
  };
}

/**
 * The reasons of the stretches before the one that sends: each lifts when the law changes (the
 * stretch's own "no instant fits" is dropped, since a later stretch has one).
 */
function _lift(tried: readonly _Candidate[], at: number): void {
  for (const t of tried) {
    const kept = t.reasons
      .filter((r) => r.code !== "deadline.unreachable")
      .map((r) => ({
        ...r,
        message: `${r.message} (The law in force changes at ${_iso(at)}.)`,
        liftsAt: r.liftsAt ?? _iso(at),
      }));
    t.reasons.splice(0, t.reasons.length, ...kept);
  }
}

function _unique<T extends { code: string; rule?: string | undefined; message: string }>(
  rs: readonly T[],
): T[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = `${r.code}\u0000${r.rule ?? ""}\u0000${r.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
