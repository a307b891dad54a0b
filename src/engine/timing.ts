import type { ChannelKind } from "../model/channel.js";
import type { Customer, WeeklyWindow } from "../model/customer.js";
import type { Reason, ReasonCode } from "../model/decision.js";
import type { HistoryEntry } from "../model/history.js";
import type { Message } from "../model/message.js";
import type { Citation } from "../model/policy.js";
import { blackoutIntervals } from "../time/calendars.js";
import { type CapWindow, capAllowed, capCountWith } from "../time/caps.js";
import { bundledHolidays } from "../time/holiday-tables.js";
import { holidayIntervals } from "../time/holidays.js";
import { parseInstant } from "../time/instant.js";
import {
  complementIntervals,
  containsInstant,
  firstInstant,
  type Interval,
  intersectAll,
} from "../time/intervals.js";
import { allowedByWindows, insideWindows, quietHoursAllowed } from "../time/local-windows.js";
import { zonesOfJurisdiction } from "../time/zone-table.js";
import type { CompiledPolicy, CompiledTimeRule } from "./compile.js";
import type { PreparedMessage } from "./decide.js";
import { _iso, _reason } from "./reasons.js";
import type { TargetFacts } from "./target.js";

/** What the timing step needs from a decision. */
export interface _TimeContext {
  readonly plan: CompiledPolicy;
  readonly customer: Customer;
  readonly message: Message;
  readonly nowMs: number;
  readonly history: readonly HistoryEntry[] | undefined;
  readonly critical: boolean;
  readonly pm: PreparedMessage;
  /** The history's instants, parsed on first use. */
  _historyMs?: number[];
}

/** One time constraint as allowed intervals, in one zone. */
interface _Constraint {
  readonly code: ReasonCode;
  readonly rule: string;
  readonly source: Citation | undefined;
  readonly describe: string;
  /** Whether `zone` matters (false for rolling caps and pauses). */
  readonly zoned: boolean;
  holds(zone: string, t: number): boolean;
  allowed(zone: string, range: Interval): readonly Interval[];
}

const _FULL_ZONE = "UTC";
/** How far ahead the first search for a send instant looks before it searches the whole horizon. */
const _NEAR_MS = 3 * 86_400_000;

/**
 * The earliest instant at or after `max(now, notBefore)` and before `min(deadline, now + horizon)`
 * at which every time constraint on `channel` holds. Pushes the reasons that made it wait (each
 * with the instant it lifts), or, when no instant fits, the blocking reasons and
 * `deadline.unreachable`, and returns undefined. `basisUntil`: the instant the send's legal basis
 * (a consent, an existing-customer relationship) lapses; no send is planned at or after it.
 */
export function _timeChannel(
  ctx: _TimeContext,
  channel: string,
  _kind: ChannelKind,
  facts: TargetFacts,
  reasons: Reason[],
  applied?: string[],
  basisUntil?: number,
): number | undefined {
  const { plan, customer, nowMs, pm } = ctx;
  const start = Math.max(nowMs, pm._notBefore ?? nowMs);
  const windowEnd = Math.min(pm._deadline ?? Number.POSITIVE_INFINITY, nowMs + plan._horizonMs);
  // A send must go while its legal basis holds: a consent or relationship that lapses bounds it.
  const lapses = basisUntil !== undefined && basisUntil < windowEnd;
  const end = lapses ? basisUntil : windowEnd;
  const lapseNote = lapses ? ` (the legal basis lapses at ${_iso(end)})` : "";
  if (!(start < end)) {
    reasons.push(
      _reason(
        "deadline.unreachable",
        `The message's window [${_iso(start)}, ${_iso(end)}) is empty${lapseNote}.`,
        { channel },
      ),
    );
    return undefined;
  }
  const cs = _constraints(ctx, channel, facts);
  if (applied !== undefined) for (const c of cs) applied.push(c.rule);
  if (cs.length === 0) return start;

  let zones: readonly string[];
  if (customer.timeZone !== undefined) zones = [customer.timeZone];
  else if (cs.some((c) => c.zoned)) {
    zones = zonesOfJurisdiction(customer.jurisdiction);
    if (zones.length === 0) {
      reasons.push(
        _reason(
          "timezone.unknown",
          `No time zone for the customer and none known for jurisdiction '${customer.jurisdiction}': time windows cannot be checked.`,
          { channel },
        ),
      );
      return undefined;
    }
    reasons.push(
      _reason(
        "timezone.unknown",
        `Time zone unknown: held to the windows that hold in every zone of ${customer.jurisdiction} (${zones.join(", ")}).`,
        { channel },
      ),
    );
  } else zones = [_FULL_ZONE];

  const holdsAll = (c: _Constraint, t: number) =>
    c.zoned ? zones.every((z) => c.holds(z, t)) : c.holds(_FULL_ZONE, t);
  // Fast path: nothing blocks now.
  if (cs.every((c) => holdsAll(c, start))) return start;

  // Most waits end within a day or two: search a short stretch first, and the whole horizon only
  // when nothing fits in it. Each constraint's allowed set is exact within the stretch searched,
  // so the first instant and the explanations are the same either way.
  const spread = pm._spreadMs;
  const allowedOf = (c: _Constraint, range: Interval) =>
    c.zoned ? intersectAll(zones.map((z) => c.allowed(z, range))) : c.allowed(_FULL_ZONE, range);
  const search = (until: number) => {
    const range: Interval = [start, until];
    const sets = cs.map((c) => allowedOf(c, range));
    const all = intersectAll(sets);
    return { sets, all, first: firstInstant(all, start) };
  };
  const near = Math.min(end, start + _NEAR_MS);
  let found = search(near);
  let target: number | undefined;
  if (found.first !== undefined && spread !== undefined && found.first > start)
    target = found.first + Math.floor(_unitHash(customer.id) * spread);
  // Search the whole horizon when nothing fits nearby, or the spread target lies beyond it.
  if (near < end && (found.first === undefined || (target !== undefined && target >= near)))
    found = search(end);
  const { sets, all } = found;
  let sendAt = found.first;
  if (sendAt !== undefined && target !== undefined) {
    const spreadAt = firstInstant(all, target);
    if (spreadAt !== undefined && spreadAt < end) sendAt = spreadAt;
  }
  // Explain every constraint that forbids some instant before the send (or, for a deny, in the
  // whole search range), with the instant it last lifts before the send.
  const upto = sendAt ?? end;
  cs.forEach((c, i) => {
    const blocked = complementIntervals(sets[i] as readonly Interval[], [start, upto]);
    const last = blocked[blocked.length - 1];
    if (last === undefined) return;
    const lifts =
      sendAt !== undefined ? last[1] : firstInstant(sets[i] as readonly Interval[], start);
    const msg =
      lifts === undefined
        ? `${c.describe}; it does not lift before ${_iso(end)}.`
        : sendAt === undefined && blocked[0] !== undefined && blocked[0][0] > start
          ? `${c.describe} from ${_iso(blocked[0][0])}.`
          : `${c.describe} until ${_iso(lifts)}.`;
    reasons.push(
      _reason(c.code, msg, {
        channel,
        rule: c.rule,
        source: c.source,
        liftsAt: lifts === undefined ? undefined : _iso(lifts),
      }),
    );
  });
  if (sendAt === undefined) {
    reasons.push(
      _reason(
        "deadline.unreachable",
        `No instant before ${_iso(end)} satisfies every time constraint${lapseNote}.`,
        { channel },
      ),
    );
    return undefined;
  }
  return sendAt;
}

/** A stable number in [0, 1) from a string (FNV-1a), for spreading sends by customer id. */
export function _unitHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
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
        holds: (z, t) => !insideWindows(windows, z, t),
        allowed: (z, r) => quietHoursAllowed(windows, z, r),
      }
    : {
        code,
        rule,
        source,
        describe,
        zoned: true,
        holds: (z, t) => insideWindows(windows, z, t),
        allowed: (z, r) => allowedByWindows(windows, z, r),
      };
}

// A policy rule's window or blackout constraint depends on the rule alone: built once per rule,
// not once per channel of every decision.
const _ruleConstraints = new WeakMap<CompiledTimeRule, _Constraint>();
function _ruleConstraint(tr: CompiledTimeRule): _Constraint {
  let c = _ruleConstraints.get(tr);
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
    };
  }
  _ruleConstraints.set(tr, c);
  return c;
}

function _constraints(ctx: _TimeContext, channel: string, facts: TargetFacts): _Constraint[] {
  const { plan, customer, message, critical } = ctx;
  const out: _Constraint[] = [];
  for (const tr of plan._time) {
    if (!tr.applies(facts) || (critical && tr.criticalBypass)) continue;
    if (tr.code !== "holiday") {
      out.push(_ruleConstraint(tr));
      continue;
    }
    // Holidays depend on the customer's jurisdiction.
    const j = customer.jurisdiction;
    const country = j.slice(0, 2);
    const region = j.length > 3 ? j.slice(3) : undefined;
    out.push({
      code: "holiday",
      rule: tr.id,
      source: tr.source,
      describe: `Public holiday in ${j} ('${tr.id}')`,
      zoned: true,
      holds: (z, t) =>
        (holidayIntervals(bundledHolidays, country, region, z, [t, t + 1]) ?? []).length === 0,
      allowed: (z, r) =>
        complementIntervals(holidayIntervals(bundledHolidays, country, region, z, r) ?? [], r),
    });
  }
  const prefs = customer.preferences;
  if (prefs !== undefined && !critical) {
    if (prefs.quietHours !== undefined && prefs.quietHours.length > 0)
      out.push(
        _windowConstraint(
          "quiet-hours",
          "customer.quietHours",
          undefined,
          "The customer's quiet hours",
          prefs.quietHours,
          true,
        ),
      );
    if (prefs.contactHours !== undefined && prefs.contactHours.length > 0)
      out.push(
        _windowConstraint(
          "calling-window",
          "customer.contactHours",
          undefined,
          "Outside the customer's contact hours",
          prefs.contactHours,
          false,
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
      out.push({
        code: "preference.paused",
        rule: "customer.pause",
        source: undefined,
        describe: "The customer paused marketing",
        zoned: false,
        holds: (_z, t) => !(t >= from && t < until),
        allowed: (_z, r) => complementIntervals([paused], r),
      });
    }
  }
  if (message.caps === "count") _capConstraints(ctx, channel, facts, out);
  return out;
}

/** The instants of the customer's history, parsed once per decision (several caps and channels read them). */
function _historyTimes(ctx: _TimeContext): readonly number[] {
  let t = ctx._historyMs;
  if (t === undefined) {
    const hs = ctx.history ?? [];
    t = new Array<number>(hs.length);
    for (let i = 0; i < hs.length; i++) t[i] = parseInstant((hs[i] as HistoryEntry).at);
    ctx._historyMs = t;
  }
  return t;
}

function _capConstraints(
  ctx: _TimeContext,
  channel: string,
  facts: TargetFacts,
  out: _Constraint[],
): void {
  const { plan, customer, message, history } = ctx;
  const hs = history ?? [];
  const times = _historyTimes(ctx);
  // Counted sends matching `pred`: counted in place for a check at one instant (no allocation),
  // collected and sorted only when intervals are needed.
  const countFor =
    (pred: (h: HistoryEntry) => boolean) =>
    (lo: number, hi: number, loInclusive: boolean): number => {
      let n = 0;
      for (let i = 0; i < hs.length; i++) {
        const t = times[i] as number;
        if (t > hi || (loInclusive ? t < lo : t <= lo)) continue;
        const h = hs[i] as HistoryEntry;
        if (h.counted !== false && pred(h)) n++;
      }
      return n;
    };
  const sendsFor = (pred: (h: HistoryEntry) => boolean): number[] => {
    const out: number[] = [];
    for (let i = 0; i < hs.length; i++) {
      const h = hs[i] as HistoryEntry;
      if (h.counted !== false && pred(h)) out.push(times[i] as number);
    }
    return out.sort((a, b) => a - b);
  };
  const addCap = (
    rule: string,
    source: Citation | undefined,
    max: number,
    window: CapWindow,
    pred: (h: HistoryEntry) => boolean,
    what: string,
  ) => {
    let sends: number[] | undefined;
    const count = countFor(pred);
    out.push({
      code: "frequency-cap",
      rule,
      source,
      describe: `Frequency cap '${rule}' (${max} per ${what})`,
      zoned: window.kind === "calendar",
      holds: (z, t) => capCountWith(count, window, z, t) < max,
      allowed: (z, r) => {
        sends ??= sendsFor(pred);
        return capAllowed(sends, max, window, z, r);
      },
    });
  };
  for (const cap of plan._caps) {
    if (!cap.applies(facts)) continue;
    const by = cap.countBy;
    const pred = (h: HistoryEntry) =>
      (!by.includes("purpose") || h.purpose === message.purpose) &&
      (!by.includes("channel") || h.channel === channel) &&
      (!by.includes("topic") || h.topic === message.topic) &&
      (!by.includes("campaign") || (h.campaign !== undefined && h.campaign === message.campaign));
    const window: CapWindow =
      cap.window.kind === "rolling"
        ? { kind: "rolling", ms: cap.window.ms }
        : { kind: "calendar", unit: cap.window.unit };
    addCap(
      cap.id,
      cap.source,
      cap.max,
      window,
      pred,
      cap.window.kind === "rolling" ? `${cap.window.ms / 3_600_000} h` : cap.window.unit,
    );
  }
  if (message.purpose === "marketing") {
    customer.preferences?.frequency?.forEach((f, i) => {
      if (f.channel !== undefined && f.channel !== channel) return;
      addCap(
        `customer.frequency.${i}`,
        undefined,
        f.max,
        { kind: "calendar", unit: f.per },
        (h) => h.purpose === "marketing" && (f.channel === undefined || h.channel === f.channel),
        f.per,
      );
    });
  }
}

/** The caps a send on `channel` would count against: none when the message is exempt-uncounted. */
export function _countsAgainst(ctx: _TimeContext, channel: string, facts: TargetFacts): string[] {
  if (ctx.message.caps === "exempt-uncounted") return [];
  const ids = ctx.plan._caps.filter((c) => c.applies(facts)).map((c) => c.id);
  if (ctx.message.purpose === "marketing")
    ctx.customer.preferences?.frequency?.forEach((f, i) => {
      if (f.channel === undefined || f.channel === channel) ids.push(`customer.frequency.${i}`);
    });
  return ids;
}
