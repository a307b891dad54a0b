import { FlatSet, type LazySet } from "../../time/flat-set.js";
import { type Interval, intersectAll } from "../../time/intervals.js";
import {
  intersectPatterns,
  WeeklySet,
  type WeekPattern,
  ZoneStretches,
} from "../../time/weekly.js";
import { offsetSchedule } from "../../time/zones.js";
import type { _Request } from "./request.js";

/**
 * The time search's fast path: each constraint over a range as a `LazySet` (weekly windows as a
 * `WeeklySet` over the stretches of the customer's zones, never expanded day by day; every other
 * constraint as the flat intersection of its allowed sets in each zone), the first instant at
 * which all hold found by leaping from one constraint's next allowed instant to the next, and
 * every set built once per decision whichever channels ask for it. The same instants as
 * intersecting every constraint's allowed set in every zone (the reference the tests keep).
 */

/** What the search needs of one time constraint (a subset of `_Constraint`). */
export interface _SearchConstraint {
  readonly zoned: boolean;
  /** The allowed part of the local week, for a weekly-window constraint. */
  readonly weekly?: WeekPattern | undefined;
  /**
   * Whether its allowed set within part of a range may depend on the rest of the range (a holiday
   * provider that does not know a year the range touches fails closed over the whole range): then
   * it is built over the whole range at once, as the reference does.
   */
  readonly wholeRange?: boolean | undefined;
  holds(zone: string, t: number): boolean;
  allowed(zone: string, range: Interval): readonly Interval[];
  /** The instants of `range` it forbids in `zone`, sorted (the complement of `allowed`), when cheaper. */
  blocked?: ((zone: string, range: Interval) => readonly Interval[] | Float64Array) | undefined;
}

/** The zone unzoned constraints are asked in. */
const _UTC = "UTC";
/** How far around a range a zone's offsets can matter to a constraint (a month cap's period, 30 h of wall time). */
const _SCHEDULE_PAD = 35 * 86_400_000;

/**
 * One decision's memo: sets and zone stretches shared by its channels. It holds for one history:
 * a planned send (`delivery: "all"`) adds to the request's history, and the caps of the channels
 * timed after it must count it, so a new history starts a new memo. Its tables are made on first
 * use, and the few ranges and instants a decision asks about are kept in short lists keyed by
 * number and zone key (see `_zoneKey`), not by strings built per question.
 */
interface _Memo {
  readonly history: _Request["history"];
  zones: Map<readonly string[], readonly string[]> | undefined;
  stretches: _Ranged<ZoneStretches>[] | undefined;
  sets: Map<_SearchConstraint, _Ranged<LazySet>[]> | undefined;
  combined: Map<string, WeeklySet | undefined> | undefined;
  shared: Map<unknown, Map<string, unknown>> | undefined;
  holds: Map<_SearchConstraint, _Held[]> | undefined;
}
/** A value kept for a range `[lo, hi)` and a zone key. */
interface _Ranged<T> {
  readonly lo: number;
  readonly hi: number;
  readonly zk: string;
  readonly value: T;
}
/** Whether a constraint holds at `t` in the zones of a zone key. */
interface _Held {
  readonly t: number;
  readonly zk: string;
  readonly h: boolean;
}
const _memos = new WeakMap<_Request, _Memo>();
function _memo(req: _Request): _Memo {
  let m = _memos.get(req);
  if (m === undefined || m.history !== req.history) {
    m = {
      history: req.history,
      zones: undefined,
      stretches: undefined,
      sets: undefined,
      combined: undefined,
      shared: undefined,
      holds: undefined,
    };
    _memos.set(req, m);
  }
  return m;
}

/** A key for a list of zones: the zone itself for one (no string built), else them joined. */
function _zoneKey(zones: readonly string[]): string {
  return zones.length === 1 ? (zones[0] as string) : zones.join(" ");
}

function _findRanged<T>(
  list: readonly _Ranged<T>[],
  lo: number,
  hi: number,
  zk: string,
): T | undefined {
  for (const e of list) if (e.lo === lo && e.hi === hi && e.zk === zk) return e.value;
  return undefined;
}

/**
 * The indices of `times` in ascending order of time, sorted once per decision: each cap then
 * collects its sends in order, without a sort of its own.
 */
export function _historyOrder(req: _Request, times: readonly number[]): Uint32Array {
  return _shared(req, _historyOrder, "", () => _ascendingOrder(times));
}

/**
 * The indices of `times` in ascending order of time, equal indices of equal times in index order
 * (what a stable sort by time gives). Integer times whose span times their count stays exact in a
 * double are packed as `(t - min) * n + i` and sorted by the typed array's native numeric sort,
 * without a JavaScript comparator (a comparator sort was 5 % of a decision, issue 18); any other
 * list is sorted with the comparator. Both give the same order (a property test).
 */
export function _ascendingOrder(times: readonly number[]): Uint32Array {
  const n = times.length;
  const order = new Uint32Array(n);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (!Number.isSafeInteger(t)) integers = false;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (n > 1 && integers && (hi - lo + 1) * n <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = ((times[i] as number) - lo) * n + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % n;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => (times[a] as number) - (times[b] as number));
}

/** The list `m` keeps for `k`, made empty on first use. */
function _listIn<K, V>(m: Map<K, V[]>, k: K): V[] {
  let list = m.get(k);
  if (list === undefined) {
    list = [];
    m.set(k, list);
  }
  return list;
}

/** Whether `k` holds at `t` in every one of `zones` (once per decision, whichever channel asks). */
export function _holdsAt(
  req: _Request,
  k: _SearchConstraint,
  zones: readonly string[],
  t: number,
): boolean {
  const memo = _memo(req);
  memo.holds ??= new Map();
  const held = _listIn(memo.holds, k);
  const zk = _zoneKey(zones);
  for (const e of held) if (e.t === t && e.zk === zk) return e.h;
  let h: boolean;
  if (!k.zoned) h = k.holds(_UTC, t);
  else {
    h = true;
    for (const z of zones)
      if (!k.holds(z, t)) {
        h = false;
        break;
      }
  }
  held.push({ t, zk, h });
  return h;
}

/**
 * The constraint `make` builds for `owner` and `variant`, built once per decision: the channels
 * of one message then share it, and its sets.
 */
export function _shared<T>(req: _Request, owner: unknown, variant: string, make: () => T): T {
  const memo = _memo(req);
  memo.shared ??= new Map();
  const m = memo.shared;
  let byVariant = m.get(owner);
  if (byVariant === undefined) {
    byVariant = new Map();
    m.set(owner, byVariant);
  }
  let c = byVariant.get(variant) as T | undefined;
  if (c === undefined) {
    c = make();
    byVariant.set(variant, c);
  }
  return c;
}

/**
 * The zones of `zones` with distinct offsets around `[start, end)`, the first of each kind:
 * zones that keep the same offsets there are alike to every local-time rule.
 */
export function _distinctZones(
  req: _Request,
  zones: readonly string[],
  start: number,
  end: number,
): readonly string[] {
  if (zones.length <= 1) return zones;
  const memo = _memo(req);
  memo.zones ??= new Map();
  const m = memo.zones;
  let out = m.get(zones);
  if (out === undefined) {
    // A batch decided at one instant asks the same again: kept for the last few ranges.
    const key = `${start},${end},${zones.join(" ")}`;
    out = _distinctCache.get(key);
    if (out === undefined) {
      const seen = new Set<string>();
      out = zones.filter((z) => {
        const schedule = offsetSchedule(z, start - _SCHEDULE_PAD, end + _SCHEDULE_PAD);
        if (seen.has(schedule)) return false;
        seen.add(schedule);
        return true;
      });
      if (_distinctCache.size >= 64) _distinctCache.clear();
      _distinctCache.set(key, out);
    }
    m.set(zones, out);
  }
  return out;
}
const _distinctCache = new Map<string, readonly string[]>();

function _stretches(req: _Request, zones: readonly string[], range: Interval): ZoneStretches {
  const memo = _memo(req);
  memo.stretches ??= [];
  const zk = _zoneKey(zones);
  let s = _findRanged(memo.stretches, range[0], range[1], zk);
  if (s === undefined) {
    s = new ZoneStretches(zones, range[0], range[1]);
    memo.stretches.push({ lo: range[0], hi: range[1], zk, value: s });
  }
  return s;
}

/** Constraint `k` over `range` in `zones`, as a lazy set, built once per decision. */
export function _lazySet(
  req: _Request,
  k: _SearchConstraint,
  zones: readonly string[],
  range: Interval,
): LazySet {
  const memo = _memo(req);
  memo.sets ??= new Map();
  const byRange = _listIn(memo.sets, k);
  const zk = _zoneKey(zones);
  let set = _findRanged(byRange, range[0], range[1], zk);
  if (set === undefined) {
    if (k.zoned && k.weekly !== undefined)
      set = new WeeklySet(k.weekly, _stretches(req, zones, range));
    else set = new _Growing(k, zones, range);
    byRange.push({ lo: range[0], hi: range[1], zk, value: set });
  }
  return set;
}

/** The first stretch a growing set builds: three days (as the near search). */
const _FIRST_SPAN = 3 * 86_400_000;

/**
 * A constraint's allowed set built from the start of the range only as far as the questions
 * asked need, doubling the part built each time: a constraint asked only about the instants near
 * the start (as most are when the weekly windows decide) costs that much, not the whole horizon.
 * The part built is exact (a constraint's allowed set within a range does not depend on the
 * range's end), and an answer is given only when the part built settles it.
 */
class _Growing implements LazySet {
  private _set: FlatSet | undefined;
  private _upto: number;
  private readonly _k: _SearchConstraint;
  private readonly _zones: readonly string[];
  private readonly _range: Interval;

  constructor(k: _SearchConstraint, zones: readonly string[], range: Interval) {
    this._k = k;
    this._zones = zones;
    this._range = range;
    this._upto = range[0];
  }

  /** The set built over `[start, at least until)`. */
  private _over(until: number): FlatSet {
    const [lo, hi] = this._range;
    if (this._set !== undefined && (this._upto >= until || this._upto >= hi)) return this._set;
    let upto = this._k.wholeRange === true ? hi : Math.max(this._upto, lo + _FIRST_SPAN);
    while (upto < until) upto = lo + 2 * (upto - lo);
    upto = Math.min(upto, hi);
    const r: Interval = [lo, upto];
    const k = this._k;
    const zones = k.zoned ? this._zones : [_UTC];
    const blocked = k.blocked;
    this._set =
      blocked !== undefined
        ? FlatSet.outsideAll(
            zones.map((z) => blocked(z, r)),
            r,
          )
        : new FlatSet(intersectAll(zones.map((z) => k.allowed(z, r))));
    this._upto = upto;
    return this._set;
  }

  next(t: number, want: boolean, end: number): number {
    let until = t + 1;
    for (;;) {
      const set = this._over(until);
      const at = set.next(t, want, end);
      // Settled when found inside the part built, or when that part reaches `end`.
      if (at < this._upto || this._upto >= Math.min(end, this._range[1])) return at;
      until = this._range[0] + 2 * (this._upto - this._range[0]) + 1;
    }
  }

  runStart(u: number, floor: number): number {
    return this._over(u).runStart(u, floor);
  }
}

let _nextId = 0;
const _ids = new WeakMap<object, number>();
const _id = (o: object): number => {
  let i = _ids.get(o);
  if (i === undefined) {
    i = ++_nextId;
    _ids.set(o, i);
  }
  return i;
};

/** The weekly constraints of `cs` intersected into one weekly set (undefined when there are none). */
function _combined(
  req: _Request,
  cs: readonly _SearchConstraint[],
  zones: readonly string[],
  range: Interval,
): WeeklySet | undefined {
  const weekly = cs.filter((k) => k.zoned && k.weekly !== undefined);
  if (weekly.length === 0) return undefined;
  if (weekly.length === 1)
    return _lazySet(req, weekly[0] as _SearchConstraint, zones, range) as WeeklySet;
  const m = _memo(req);
  m.combined ??= new Map();
  const memo = m.combined;
  const key = `${range[0]},${range[1]},${zones.join(" ")}|${weekly.map((k) => _id(k)).join(",")}`;
  if (memo.has(key)) return memo.get(key);
  let p = (weekly[0] as _SearchConstraint).weekly as WeekPattern;
  for (let i = 1; i < weekly.length && p.length > 0; i++)
    p = intersectPatterns(p, (weekly[i] as _SearchConstraint).weekly as WeekPattern);
  const set = new WeeklySet(_canonical(p), _stretches(req, zones, range));
  memo.set(key, set);
  return set;
}

// Intersections of a plan's rules come out equal decision after decision: one object per
// content, so the rotations cached per pattern are reused.
const _canon = new Map<string, WeekPattern>();
function _canonical(p: WeekPattern): WeekPattern {
  const key = p.join(",");
  let c = _canon.get(key);
  if (c === undefined) {
    if (_canon.size >= 512) _canon.clear();
    c = p;
    _canon.set(key, c);
  }
  return c;
}

/**
 * The first instant in `[from, range[1])` at which every constraint holds in every zone, or
 * undefined. Leaps: the weekly windows together give the next instant they all allow, each other
 * constraint the next it allows from there, until one instant satisfies all.
 */
export function _firstInstant(
  req: _Request,
  cs: readonly _SearchConstraint[],
  zones: readonly string[],
  range: Interval,
  from: number,
): number | undefined {
  const end = range[1];
  const weekly = _combined(req, cs, zones, range);
  const others = cs.filter((k) => !(k.zoned && k.weekly !== undefined));
  let rest: LazySet[] | undefined;
  let t = from;
  for (;;) {
    if (!(t < end)) return undefined;
    if (weekly !== undefined) {
      t = weekly.next(t, true, end);
      if (!(t < end)) return undefined;
    }
    let moved = false;
    rest ??= others.map((k) => _lazySet(req, k, zones, range));
    for (const s of rest) {
      const u = s.next(t, true, end);
      if (!(u < end)) return undefined;
      if (u > t) {
        t = u;
        moved = true;
        break;
      }
    }
    if (!moved) return t;
  }
}
