import type { WeeklyWindow } from "../../model/customer.js";
import type { ReasonCode } from "../../model/decision.js";
import type { HistoryEntry } from "../../model/history.js";
import type { Citation } from "../../model/policy.js";
import { blackoutIntervals, blackoutIntervalsFlat } from "../../time/calendars.js";
import { type CapWindow, capAllowed, capAllowsAt } from "../../time/caps.js";
import type { LazySet } from "../../time/flat-set.js";
import { holidayIntervals } from "../../time/holidays.js";
import {
  complementIntervals,
  containsInstant,
  type Interval,
  unionIntervals,
} from "../../time/intervals.js";
import {
  allowedByWindows,
  insideWindows,
  quietHoursAllowed,
  windowsPattern,
} from "../../time/local-windows.js";
import { complementOf, type WeekPattern } from "../../time/weekly.js";
import { zonesOfJurisdiction } from "../../time/zone-table.js";
import { _unitHash } from "../hash.js";
import type { _CompiledCap, _CompiledTimeRule } from "../plan.js";
import { _iso, _reason } from "../reasons.js";
import type { TargetFacts } from "../target.js";
import { _refusalConstraints } from "./checks/refusal.js";
import { _permissionEnd } from "./lapses.js";
import { type _Candidate, _historyTimes, _plannedOf, type _Request } from "./request.js";
import { _distinctZones, _firstInstant, _holdsAt, _lazySet, _shared } from "./timing-search.js";

/**
 * Stage 4, timing: each time constraint on a candidate is a set of allowed intervals; the send
 * goes at the first instant of their intersection within the bounds of the search (the message's
 * `notBefore` and `deadline`, the policy's horizon, and the lapse of the legal basis).
 */

/** One time constraint as allowed intervals, in one zone (exported for `consentry/report`'s explain). */
export interface _Constraint {
  readonly code: ReasonCode;
  readonly rule: string;
  readonly source: Citation | undefined;
  readonly describe: string;
  /** Whether `zone` matters (false for rolling caps and pauses). */
  readonly zoned: boolean;
  /** For weekly windows: the allowed part of the local week (the search's fast path). */
  readonly weekly?: WeekPattern | undefined;
  /** Built over the whole range at once (see `_SearchConstraint.wholeRange`). */
  readonly wholeRange?: boolean | undefined;
  /** The instants of `range` it forbids in `zone` (the complement of `allowed`), when cheaper. */
  readonly blocked?:
    | ((zone: string, range: Interval) => readonly Interval[] | Float64Array)
    | undefined;
  holds(zone: string, t: number): boolean;
  allowed(zone: string, range: Interval): readonly Interval[];
}

/** The zone unzoned constraints are asked in. */
export const _FULL_ZONE = "UTC";
/** How far ahead the first search for a send instant looks before it searches the whole horizon. */
const _NEAR_MS = 3 * 86_400_000;

/**
 * The range a send may fall in, `[start, end)`: from `max(now, notBefore)` to the first of the
 * deadline, the horizon and the instant the permission ends by a fact already in the record (the
 * legal basis lapses, a later withdrawal or suppression, a register check going stale: see
 * `_permissionEnd`). No send is planned at or after it.
 */
export function _bounds(
  req: _Request,
  c: _Candidate,
  stretch?: _Stretch,
): { start: number; end: number; note: string } {
  const { plan, nowMs, pm } = req;
  const start = Math.max(nowMs, pm._notBefore ?? nowMs, stretch?.from ?? nowMs);
  let windowEnd = Math.min(pm._deadline ?? Number.POSITIVE_INFINITY, nowMs + plan._.horizonMs);
  let note = "";
  if (stretch !== undefined && stretch.to < windowEnd) {
    windowEnd = stretch.to;
    note = ` (the law in force changes at ${_iso(stretch.to)})`;
  }
  const ends = _permissionEnd(req, c);
  if (ends === undefined || !(ends.at < windowEnd)) return { start, end: windowEnd, note };
  return { start, end: ends.at, note: ` (${ends.why} at ${_iso(ends.at)})` };
}

/** A stretch of time with one law in force: `[from, to)`, epoch ms (see `in-force.ts`). */
export interface _Stretch {
  readonly from: number;
  readonly to: number;
  /** The instant the law changes at the stretch's end, if it does. */
  readonly changesAt?: number | undefined;
}

/**
 * Times one eligible candidate: sets `c.sendAt` to the earliest instant at which every time
 * constraint holds, pushing the reasons that made it wait (each with the instant it lifts); or,
 * when no instant fits, pushes the blocking reasons and `deadline.unreachable` and blocks it.
 */
export function _timing(req: _Request, c: _Candidate, stretch?: _Stretch): void {
  const { start, end, note } = _bounds(req, c, stretch);
  if (!(start < end)) {
    c.reasons.push(
      _reason(
        "deadline.unreachable",
        `The message's window [${_iso(start)}, ${_iso(end)}) is empty${note}.`,
        { channel: c.channel },
      ),
    );
    c.blocked = true;
    return;
  }
  const cs = _constraints(req, c.channel, c.facts);
  for (const k of cs) c.applied.push(k.rule);
  const sendAt = cs.length === 0 ? start : _search(req, c, cs, start, end, note);
  if (sendAt === undefined) c.blocked = true;
  else c.sendAt = sendAt;
}

/** The zones a candidate's zoned constraints must hold in; undefined (and a reason) when none. */
export function _zones(
  req: _Request,
  c: _Candidate,
  cs: readonly _Constraint[],
): readonly string[] | undefined {
  const { customer } = req;
  if (customer.timeZone !== undefined) return [customer.timeZone];
  if (!cs.some((k) => k.zoned)) return [_FULL_ZONE];
  const channel = c.channel;
  // A number whose area code presumes another state (`req.presumed`) may ring there: its zones
  // count too (the reading that sends less).
  const also = req.presumed[req.message.channels.indexOf(channel)] ?? [];
  const zones = _zonesOfAll(customer.jurisdiction, also);
  const where = [customer.jurisdiction, ...also].join(" and ");
  if (zones.length === 0) {
    c.reasons.push(
      _reason(
        "timezone.unknown",
        `No time zone for the customer and none known for jurisdiction '${customer.jurisdiction}': time windows cannot be checked.`,
        { channel },
      ),
    );
    return undefined;
  }
  c.reasons.push(
    _reason(
      "timezone.unknown",
      `Time zone unknown: held to the windows that hold in every zone of ${where}${also.length > 0 ? " (the number's area code)" : ""} (${zones.join(", ")}).`,
      { channel },
    ),
  );
  return zones;
}

/** The zones of `jurisdiction` and of each of `also`, once each, in that order. */
function _zonesOfAll(jurisdiction: string, also: readonly string[]): readonly string[] {
  const zones = zonesOfJurisdiction(jurisdiction);
  if (also.length === 0) return zones;
  const out = [...zones];
  for (const j of also) for (const z of zonesOfJurisdiction(j)) if (!out.includes(z)) out.push(z);
  return out;
}

/** The first instant in `[start, end)` at which every constraint holds, explained. */
function _search(
  req: _Request,
  c: _Candidate,
  cs: readonly _Constraint[],
  start: number,
  end: number,
  note: string,
): number | undefined {
  const all = _zones(req, c, cs);
  if (all === undefined) return undefined;
  const zones = _distinctZones(req, all, start, end);
  // Fast path: nothing blocks now.
  if (cs.every((k) => _holdsAt(req, k, zones, start))) return start;
  // Most waits end within a day or two: search a short stretch first, and the whole horizon only
  // when nothing fits in it. Each constraint's allowed set is exact within the stretch searched,
  // so the first instant and the explanations are the same either way.
  const spread = req.pm._spreadMs;
  const near = Math.min(end, start + _NEAR_MS);
  let range: Interval = [start, near];
  let first = _firstInstant(req, cs, zones, range, start);
  let target: number | undefined;
  if (first !== undefined && spread !== undefined && first > start)
    target = first + Math.floor(_unitHash(req.customer.id) * spread);
  // Search the whole horizon when nothing fits nearby, or the spread target lies beyond it.
  if (near < end && (first === undefined || (target !== undefined && target >= near))) {
    range = [start, end];
    first = _firstInstant(req, cs, zones, range, start);
  }
  let sendAt = first;
  if (sendAt !== undefined && target !== undefined) {
    const spreadAt = _firstInstant(req, cs, zones, range, target);
    if (spreadAt !== undefined && spreadAt < end) sendAt = spreadAt;
  }
  const r = range;
  const sets = cs.map((k) => _lazySet(req, k, zones, r));
  _explain(c, cs, sets, start, end, sendAt);
  if (sendAt === undefined)
    c.reasons.push(
      _reason(
        "deadline.unreachable",
        `No instant before ${_iso(end)} satisfies every time constraint${note}.`,
        { channel: c.channel },
      ),
    );
  return sendAt;
}

/**
 * Explains every constraint that forbids some instant before the send (or, for a deny, in the
 * whole search range), with the instant it last lifts before the send.
 */
function _explain(
  c: _Candidate,
  cs: readonly _Constraint[],
  sets: readonly LazySet[],
  start: number,
  end: number,
  sendAt: number | undefined,
): void {
  cs.forEach((k, i) => {
    const set = sets[i] as LazySet;
    let lifts: number | undefined;
    let from = start;
    if (sendAt !== undefined) {
      // The last forbidden stretch before the send ends where the run of allowed instants
      // leading to the send starts.
      lifts = set.runStart(sendAt, start);
      if (!(lifts > start)) return;
    } else {
      from = set.next(start, false, end);
      if (!(from < end)) return;
      const at = set.next(start, true, end);
      lifts = at < end ? at : undefined;
    }
    const msg =
      lifts === undefined
        ? `${k.describe}; it does not lift before ${_iso(end)}.`
        : sendAt === undefined && from > start
          ? `${k.describe} from ${_iso(from)}.`
          : `${k.describe} until ${_iso(lifts)}.`;
    c.reasons.push(
      _reason(k.code, msg, {
        channel: c.channel,
        rule: k.rule,
        source: k.source,
        liftsAt: lifts === undefined ? undefined : _iso(lifts),
      }),
    );
  });
}

function _windowConstraint(
  code: ReasonCode,
  rule: string,
  source: Citation | undefined,
  describe: string,
  windows: readonly WeeklyWindow[],
  forbidden: boolean,
): _Constraint {
  return forbidden
    ? {
        code,
        rule,
        source,
        describe,
        zoned: true,
        weekly: complementOf(windowsPattern(windows)),
        holds: (z, t) => !insideWindows(windows, z, t),
        allowed: (z, r) => quietHoursAllowed(windows, z, r),
      }
    : {
        code,
        rule,
        source,
        describe,
        zoned: true,
        weekly: windowsPattern(windows),
        holds: (z, t) => insideWindows(windows, z, t),
        allowed: (z, r) => allowedByWindows(windows, z, r),
      };
}

// A policy rule's window or blackout constraint depends on the rule alone: built once per rule
// (kept on the plan), not once per channel of every decision.
function _ruleConstraint(req: _Request, tr: _CompiledTimeRule): _Constraint {
  const cache = req.plan._.caches.ruleConstraints;
  let c = cache.get(tr) as _Constraint | undefined;
  if (c !== undefined) return c;
  if (tr.code === "quiet-hours")
    c = _windowConstraint(
      "quiet-hours",
      tr.id,
      tr.source,
      `Quiet hours '${tr.id}'`,
      tr.windows ?? [],
      true,
    );
  else if (tr.code === "calling-window")
    c = _windowConstraint(
      "calling-window",
      tr.id,
      tr.source,
      `Outside window '${tr.id}'`,
      tr.windows ?? [],
      false,
    );
  else {
    const spec = tr.rrule as NonNullable<typeof tr.rrule>;
    c = {
      code: "blackout",
      rule: tr.id,
      source: tr.source,
      describe: `Blackout '${tr.id}'`,
      zoned: true,
      holds: (z, t) =>
        containsInstant(complementIntervals(blackoutIntervals(spec, z, [t, t + 1]), [t, t + 1]), t),
      allowed: (z, r) => complementIntervals(blackoutIntervals(spec, z, r), r),
      blocked: (z, r) => blackoutIntervalsFlat(spec, z, r),
    };
  }
  cache.set(tr, c);
  return c;
}

/** Every time constraint on a send on `channel`, in the order timing checks them. */
export function _constraints(req: _Request, channel: string, facts: TargetFacts): _Constraint[] {
  const { plan, customer, message, critical } = req;
  const out: _Constraint[] = [];
  for (const tr of plan._.time) {
    if (!tr.applies(facts) || (critical && tr.criticalBypass)) continue;
    if (tr.code !== "holiday") {
      out.push(_ruleConstraint(req, tr));
      continue;
    }
    const presumed = facts.presumed ?? [];
    out.push(_shared(req, tr, presumed.join(","), () => _holidayConstraint(req, tr, presumed)));
  }
  const prefs = customer.preferences;
  if (prefs !== undefined && !critical) {
    const { quietHours: quiet, contactHours: contact } = prefs;
    if (quiet !== undefined && quiet.length > 0)
      out.push(
        _shared(req, quiet, "quiet", () =>
          _windowConstraint(
            "quiet-hours",
            "customer.quietHours",
            undefined,
            "The customer's quiet hours",
            quiet,
            true,
          ),
        ),
      );
    if (contact !== undefined && contact.length > 0)
      out.push(
        _shared(req, contact, "contact", () =>
          _windowConstraint(
            "calling-window",
            "customer.contactHours",
            undefined,
            "Outside the customer's contact hours",
            contact,
            false,
          ),
        ),
      );
  }
  if (message.purpose === "marketing" && prefs?.pause !== undefined) {
    const from =
      prefs.pause.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(prefs.pause.from);
    const until =
      prefs.pause.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(prefs.pause.until);
    if (from < until) {
      const paused: Interval = [from, until];
      out.push(
        _shared(req, prefs.pause, "", () => ({
          code: "preference.paused",
          rule: "customer.pause",
          source: undefined,
          describe: "The customer paused marketing",
          zoned: false,
          holds: (_z, t) => !(t >= from && t < until),
          allowed: (_z, r) => complementIntervals([paused], r),
        })),
      );
    }
  }
  _capConstraints(req, channel, facts, out);
  if (plan._.refusals.length > 0) _refusalConstraints(req, facts, (k) => out.push(k));
  return out;
}

/**
 * A holiday rule for the customer's jurisdiction, from the plan's holiday provider. Holidays the
 * provider does not know (a country or year outside its tables) fail closed: every instant counts
 * as a holiday, and the reason says so.
 */
function _holidayConstraint(
  req: _Request,
  tr: _CompiledTimeRule,
  presumed: readonly string[],
): _Constraint {
  const provider = req.plan._.holidays;
  const j = req.customer.jurisdiction;
  const country = j.slice(0, 2);
  // A customer known only by country, held to a subdivision's holiday rule (`jurisdictionBinds`),
  // is held to that subdivision's calendar: the union of the days of each region it names.
  // A number presuming another state (its area code) adds that state's calendar, where the rule
  // is that state's.
  const own: readonly (string | undefined)[] =
    j.length > 3 ? [j.slice(3)] : (_subdivisionsOf(country, tr.jurisdictions) ?? [undefined]);
  const extra = presumed.filter(
    (s) =>
      s.startsWith(`${country}-`) &&
      !own.includes(s.slice(3)) &&
      (tr.jurisdictions ?? []).some((p) => p === s),
  );
  const regions = extra.length === 0 ? own : [...own, ...extra.map((s) => s.slice(3))];
  const days = (z: string, r: Interval): Interval[] | undefined => {
    if (provider === undefined) return undefined;
    let out: Interval[] = [];
    for (const region of regions) {
      const d = holidayIntervals(provider, country, region, z, r);
      if (d === undefined) return undefined;
      out = regions.length === 1 ? [...d] : unionIntervals(out, d);
    }
    return out;
  };
  let unknown = false;
  const c: _Constraint = {
    code: "holiday",
    rule: tr.id,
    source: tr.source,
    get describe() {
      return unknown
        ? `Public holidays in ${j} are not known to the holiday provider ('${tr.id}'): every day counts as one`
        : `Public holiday in ${j} ('${tr.id}')`;
    },
    zoned: true,
    wholeRange: true,
    holds: (z, t) => {
      const d = days(z, [t, t + 1]);
      if (d === undefined) unknown = true;
      return d !== undefined && d.length === 0;
    },
    allowed: (z, r) => {
      const d = days(z, r);
      if (d === undefined) unknown = true;
      return d === undefined ? [] : complementIntervals(d, r);
    },
  };
  return c;
}

/** The regions of `country` that `jurisdictions` names (`US-AL` → `AL`); undefined when none. */
function _subdivisionsOf(
  country: string,
  jurisdictions: readonly string[] | undefined,
): string[] | undefined {
  const out = (jurisdictions ?? []).filter(
    (p) => p.length > 3 && p.startsWith(country) && p[2] === "-",
  );
  if (out.length === 0 || (jurisdictions ?? []).some((p) => p === country)) return undefined;
  return out.map((p) => p.slice(3));
}

/** A cap's counted sends matching `pred`, as a constraint. */
function _capConstraint(
  req: _Request,
  rule: string,
  source: Citation | undefined,
  max: number,
  window: CapWindow,
  pred: (h: HistoryEntry) => boolean,
  what: string,
): _Constraint {
  const hs = req.history ?? [];
  const times = _historyTimes(req);
  // Counted in place for a check at one instant (no allocation); collected and sorted only when
  // intervals are needed.
  const count = (lo: number, hi: number, loInclusive: boolean): number => {
    let n = 0;
    for (let i = 0; i < hs.length; i++) {
      const t = times[i] as number;
      if (t > hi || (loInclusive ? t < lo : t <= lo)) continue;
      const h = hs[i] as HistoryEntry;
      if (h.counted !== false && pred(h)) n++;
    }
    return n;
  };
  let sends: Float64Array | undefined;
  // The counted sends in ascending order: collected, then sorted numerically as doubles (the
  // same sequence as collecting them in time order; no index order, no comparator, issue 18).
  const sendsFor = (): Float64Array => {
    const buf = new Float64Array(hs.length);
    let k = 0;
    for (let i = 0; i < hs.length; i++) {
      const h = hs[i] as HistoryEntry;
      if (h.counted !== false && pred(h)) buf[k++] = times[i] as number;
    }
    return buf.subarray(0, k).sort();
  };
  // From the second check on (more zones, more channels), count in the sorted sends instead.
  let checks = 0;
  const sortedCount = (lo: number, hi: number, loInclusive: boolean): number => {
    sends ??= sendsFor();
    return _below(sends, hi, true) - _below(sends, lo, !loInclusive);
  };
  return {
    code: "frequency-cap",
    rule,
    source,
    describe: `Frequency cap '${rule}' (${max} per ${what})`,
    zoned: window.kind === "calendar",
    holds: (z, t) =>
      capAllowsAt(
        checks++ === 0 ? count : sortedCount,
        (lo, hi) => sends ?? _sendsWithin(hs, times, pred, lo, hi),
        max,
        window,
        z,
        t,
      ),
    allowed: (z, r) => {
      sends ??= sendsFor();
      return capAllowed(sends, max, window, z, r);
    },
  };
}

/**
 * The counted sends in the open interval `(lo, hi)`, ascending (a cap's exact check at one
 * instant reads only these: a few, sorted by insertion, rather than every send sorted).
 */
export function _sendsWithin(
  hs: readonly HistoryEntry[],
  times: readonly number[],
  pred: (h: HistoryEntry) => boolean,
  lo: number,
  hi: number,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < hs.length; i++) {
    const x = times[i] as number;
    if (!(x > lo && x < hi)) continue;
    const h = hs[i] as HistoryEntry;
    if (h.counted === false || !pred(h)) continue;
    let j = out.length - 1;
    out.push(x);
    while (j >= 0 && (out[j] as number) > x) {
      out[j + 1] = out[j] as number;
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

/** Which sends a cap counts, for a message on `channel`: those matching it on `countBy`. */
function _capPredicate(
  cap: _CompiledCap,
  message: _Request["message"],
  channel: string,
): (h: HistoryEntry) => boolean {
  const by = cap.countBy;
  return (h) =>
    (!by.includes("purpose") || h.purpose === message.purpose) &&
    (!by.includes("channel") || h.channel === channel) &&
    (!by.includes("topic") || h.topic === message.topic) &&
    (!by.includes("campaign") || (h.campaign !== undefined && h.campaign === message.campaign));
}

/** A policy or pack cap as a constraint on a send on `channel`. */
function _policyCapConstraint(req: _Request, cap: _CompiledCap, channel: string): _Constraint {
  const window: CapWindow =
    cap.window.kind === "rolling"
      ? { kind: "rolling", ms: cap.window.ms }
      : { kind: "calendar", unit: cap.window.unit };
  const what = cap.window.kind === "rolling" ? `${cap.window.ms / 3_600_000} h` : cap.window.unit;
  const pred = _capPredicate(cap, req.message, channel);
  return _capConstraint(req, cap.id, cap.source, cap.max, window, pred, what);
}

/** How many of the sorted `xs` are below `v` (or at most `v` when `orEqual`). */
function _below(xs: ArrayLike<number>, v: number, orEqual: boolean): number {
  let a = 0;
  let b = xs.length;
  while (a < b) {
    const m = (a + b) >> 1;
    const x = xs[m] as number;
    if (x < v || (orEqual && x === v)) a = m + 1;
    else b = m;
  }
  return a;
}

/** The policy's caps and the customer's own frequency limits that apply to `channel`. */
function _capConstraints(
  req: _Request,
  channel: string,
  facts: TargetFacts,
  out: _Constraint[],
): void {
  const { plan, customer, message } = req;
  const exempt = message.caps !== "count";
  for (const cap of plan._.caps) {
    if (!cap.applies(facts) || (exempt && !_lawBinds(req, cap))) continue;
    const variant = cap.countBy.includes("channel") ? channel : "";
    out.push(_shared(req, cap, variant, () => _policyCapConstraint(req, cap, channel)));
  }
  _plannedCapConstraints(req, channel, facts, out);
  if (message.purpose !== "marketing") return;
  // A customer's own limits bind every marketing message, whatever the sender exempts.
  customer.preferences?.frequency?.forEach((f, i) => {
    if (f.channel !== undefined && f.channel !== channel) return;
    const pred = (h: HistoryEntry) =>
      h.purpose === "marketing" && (f.channel === undefined || h.channel === f.channel);
    out.push(
      _shared(req, f, "", () =>
        _capConstraint(
          req,
          `customer.frequency.${i}`,
          undefined,
          f.max,
          { kind: "calendar", unit: f.per },
          pred,
          f.per,
        ),
      ),
    );
  });
}

/**
 * With `delivery: "all"`: the caps that bind a channel planned earlier in this decision and that
 * would count this send too (history counts a send against every cap whose `countBy` it
 * matches), each checked as that channel sees it, so that no planned send's cap is pushed over
 * by a later one. A cap that binds this channel as well and does not count by channel sees the
 * same sends either way, and is not repeated.
 */
function _plannedCapConstraints(
  req: _Request,
  channel: string,
  facts: TargetFacts,
  out: _Constraint[],
): void {
  const planned = _plannedOf(req);
  if (planned.length === 0) return;
  const { message } = req;
  const exempt = message.caps !== "count";
  const self: HistoryEntry = { at: "", channel, purpose: message.purpose };
  if (message.topic !== undefined) self.topic = message.topic;
  if (message.campaign !== undefined) self.campaign = message.campaign;
  const seen = new Set<string>();
  for (const p of planned)
    for (const cap of req.plan._.caps) {
      if (!cap.applies(p.facts) || (exempt && !_lawBinds(req, cap))) continue;
      if (cap.applies(facts) && !cap.countBy.includes("channel")) continue;
      const key = `${cap.id}\u0000${p.channel}`;
      if (seen.has(key) || !_capPredicate(cap, message, p.channel)(self)) continue;
      seen.add(key);
      out.push(_policyCapConstraint(req, cap, p.channel));
    }
}

/**
 * Whether a cap binds a message the sender marked `caps: "exempt"`: a sender may exempt its
 * messages from its own caps, never a marketing message from the law's (a pack's) caps.
 */
function _lawBinds(req: _Request, cap: _CompiledCap): boolean {
  return cap.fromPack && req.message.purpose === "marketing";
}

/** The caps a send on `channel` would count against: none when the message is exempt-uncounted. */
export function _countsAgainst(req: _Request, channel: string, facts: TargetFacts): string[] {
  const uncounted = req.message.caps === "exempt-uncounted";
  if (uncounted && req.message.purpose !== "marketing") return [];
  const ids = req.plan._.caps
    .filter((c) => c.applies(facts) && (!uncounted || _lawBinds(req, c)))
    .map((c) => c.id);
  if (req.message.purpose === "marketing")
    req.customer.preferences?.frequency?.forEach((f, i) => {
      if (f.channel === undefined || f.channel === channel) ids.push(`customer.frequency.${i}`);
    });
  return ids;
}
