import type { DecisionInput } from "../engine/decide.js";
import { _resolveInput } from "../engine/decide.js";
import { _candidates } from "../engine/pipeline/candidates.js";
import { _eligible } from "../engine/pipeline/eligibility.js";
import { _judge } from "../engine/pipeline/record.js";
import { _plan, _request } from "../engine/pipeline/request.js";
import { _parseNow } from "../engine/pipeline/resolve.js";
import {
  _bounds,
  type _Constraint,
  _constraints,
  _FULL_ZONE,
  _zones,
} from "../engine/pipeline/timing.js";
import type { CompiledPolicy } from "../engine/plan.js";
import type { Decision, Reason, ReasonCode } from "../model/decision.js";
import { InputError } from "../model/errors.js";
import type { Citation } from "../model/policy.js";
import {
  firstInstant,
  type Interval,
  intersectAll,
  intersectIntervals,
} from "../time/intervals.js";
import { zonesOfJurisdiction } from "../time/zone-table.js";
import { toWall, wallToInstant } from "../time/zones.js";
import {
  _localDateTime,
  _localMidnight,
  _offsetLabel,
  _transitions,
  _zoneName,
} from "./local-time.js";

/** What `explainDecision` needs: a decision's input, and optionally the stretch of time to show. */
export interface ExplainInput extends DecisionInput {
  /**
   * The stretch of time to show (instants as for `now`). By default: from local midnight of
   * `now`'s day for `days` days, widened to the day after the chosen send.
   */
  readonly window?:
    | {
        readonly from: Date | number | string;
        readonly until: Date | number | string;
      }
    | undefined;
  /** Days shown by default (default 3). */
  readonly days?: number | undefined;
}

/** A half-open stretch `[from, until)` of time, as ISO instants. */
export interface TimeSpan {
  /** The first instant in it. */
  readonly from: string;
  /** The first instant after it. */
  readonly until: string;
}

/** What a lane of the timeline stands for. */
export type LaneKind =
  /** The message's own bounds: from `now` (or `notBefore`) to its deadline or the horizon. */
  | "window"
  /** A time constraint: quiet hours, a calling window, a holiday, a blackout, a cap, a pause. */
  | "constraint"
  /** The lapse of a channel's legal basis: no send is planned at or after it. */
  | "basis"
  /** A candidate channel: the instants every lane above leaves it. */
  | "channel";

/** One lane of a decision timeline. */
export interface TimelineLane {
  readonly kind: LaneKind;
  /** A channel's name, a rule's id, `message` or `basis:<channel>`. */
  readonly id: string;
  /** A short label for the lane (`quiet-hours · quiet-evenings`). */
  readonly label: string;
  /** What the lane is, in a sentence. */
  readonly describe: string;
  /** For a constraint: its reason code. */
  readonly code: ReasonCode | undefined;
  /** The candidate channels it applies to. */
  readonly channels: readonly string[];
  /** The law the rule cites, where it cites one. */
  readonly source: Citation | undefined;
  /** The instants it allows within the shown window (for a channel: what all its lanes leave). */
  readonly allowed: readonly TimeSpan[];
  /** For a channel: `ok` with a send time, `blocked` in timing, `ineligible` before timing. */
  readonly status: "ok" | "blocked" | "ineligible" | undefined;
  /** For a channel: the first instant it may go (before any `spread`). */
  readonly firstAllowed: string | undefined;
  /** For a channel: the send time the decision planned on it. */
  readonly sendAt: string | undefined;
  /** For a channel: its reasons in the decision (why it waits, or why it may not be used). */
  readonly reasons: readonly Reason[];
}

/** A change of the recipient's clock (daylight saving) within the window. */
export interface ClockChange {
  readonly at: string;
  /** Local time just after the change (`Sun 29 Mar 03:00`). */
  readonly local: string;
  /** Offsets before and after (`UTC+1`, `UTC+2`). */
  readonly from: string;
  readonly to: string;
}

/** A decision with its timeline: the lanes of every channel and constraint, in local time. */
export interface Explanation {
  /** The decision, exactly as `decide` makes it for the same input. */
  readonly decision: Decision;
  /** The zone local times are shown in. */
  readonly timeZone: string;
  /** Whether that is the customer's own zone (else the first zone of their jurisdiction, or UTC). */
  readonly zoneKnown: boolean;
  /** The zones the time constraints were held in (several when the customer's is unknown). */
  readonly zones: readonly string[];
  /** The decision instant. */
  readonly now: string;
  /** The stretch of time shown. */
  readonly window: TimeSpan;
  /** The lanes: the message window, the constraints, basis lapses, then the channels in rank order. */
  readonly lanes: readonly TimelineLane[];
  /** The planned sends (several for `delivery: "all"`), with their local times. */
  readonly chosen: readonly {
    readonly channel: string;
    readonly at: string;
    readonly local: string;
  }[];
  /** Daylight-saving changes within the window. */
  readonly clockChanges: readonly ClockChange[];
}

const _DAY = 86_400_000;
const _iso = (t: number) => new Date(t).toISOString();
const _spans = (set: readonly Interval[]): TimeSpan[] =>
  set.map(([a, b]) => ({ from: _iso(a), until: _iso(b) }));

/**
 * Explains one decision as a timeline: the decision `decide` makes for the same input, and over
 * the shown window, for every candidate channel and every time constraint on it (quiet hours,
 * calling windows, holidays, blackouts, caps, a pause, the lapse of the legal basis), the instants
 * it allows, the set they leave each channel, the chosen send, and the recipient's clock changes.
 *
 * @param plan - a policy compiled by `compilePolicy`
 * @param input - the decision's input (as for `decide`), and optionally the window to show
 * @returns the decision with its lanes; render it with `formatExplanation` or `renderExplanation`
 * @throws {InputError} when the input is invalid (as `decide` does)
 * @example
 * const e = explainDecision(plan, { customer, message, now: "2026-05-04T19:30:00Z" });
 * e.chosen[0]; // => { channel: "sms", at: "2026-05-05T07:00:00.000Z", local: "Tue 5 May 09:00" }
 */
export function explainDecision(plan: CompiledPolicy, input: ExplainInput): Explanation {
  const { nowMs, pm, customer, history } = _resolveInput(plan, input);
  const decision = _judge(plan, customer, pm, nowMs, history);

  const zoneKnown = customer.timeZone !== undefined;
  const tz = customer.timeZone ?? zonesOfJurisdiction(customer.jurisdiction)[0] ?? _FULL_ZONE;
  const chosen = (
    decision.deliveries ??
    (decision.channel === undefined || decision.sendAt === undefined
      ? []
      : [{ channel: decision.channel, sendAt: decision.sendAt }])
  ).map((d) => ({
    channel: d.channel,
    at: d.sendAt,
    local: _localDateTime(tz, Date.parse(d.sendAt)),
  }));
  const [wFrom, wUntil] = _window(
    input,
    tz,
    nowMs,
    chosen.map((c) => Date.parse(c.at)),
  );
  const W: Interval = [wFrom, wUntil];

  // The stages again, on fresh candidates, to read what timing intersected.
  const req = _request(plan, customer, pm, nowMs, history);
  const verdicts = new Map(decision.channels.map((c) => [c.channel, c]));
  const constraintLanes = new Map<
    string,
    { k: _Constraint; perChannel: { channel: string; set: readonly Interval[] }[] }
  >();
  const basisLanes: TimelineLane[] = [];
  const channelLanes: TimelineLane[] = [];
  let zonesUsed: readonly string[] = zoneKnown ? [tz] : [];
  for (const c of _candidates(req)) {
    const v = verdicts.get(c.channel);
    const lane = {
      kind: "channel" as const,
      id: c.channel,
      label: c.channel,
      code: undefined,
      channels: [c.channel],
      source: undefined,
      reasons: v?.reasons ?? [],
      sendAt: v?.sendAt,
    };
    if (!_eligible(req, c)) {
      channelLanes.push({
        ...lane,
        describe: `${c.channel}: may not be used (${[...new Set(c.reasons.map((r) => r.code))].join(", ")}).`,
        allowed: [],
        status: "ineligible",
        firstAllowed: undefined,
      });
      continue;
    }
    const { start, end } = _bounds(req, c);
    if (c.basisUntil !== undefined && c.basisUntil < wUntil)
      basisLanes.push({
        kind: "basis",
        id: `basis:${c.channel}`,
        label: `basis lapses · ${c.channel}`,
        describe: `The legal basis for ${c.channel} (${c.basis?.code ?? "basis"}) lapses at ${_iso(c.basisUntil)}: no send is planned at or after it.`,
        code: undefined,
        channels: [c.channel],
        source: c.basis?.source,
        allowed: _spans(intersectIntervals([[Number.NEGATIVE_INFINITY, c.basisUntil]], [W])),
        status: undefined,
        firstAllowed: undefined,
        sendAt: undefined,
        reasons: [],
      });
    const cs = _constraints(req, c.channel, c.facts);
    const zones = cs.length === 0 ? [tz] : _zones(req, c, cs);
    if (zones !== undefined && !zoneKnown) zonesUsed = zones;
    const sets: (readonly Interval[])[] = [[[start, end]], [W]];
    for (const k of cs) {
      const set =
        zones === undefined
          ? []
          : k.zoned
            ? intersectAll(zones.map((z) => k.allowed(z, W)))
            : k.allowed(_FULL_ZONE, W);
      sets.push(set);
      const key = `${k.code}\u0000${k.rule}`;
      let entry = constraintLanes.get(key);
      if (entry === undefined) {
        entry = { k, perChannel: [] };
        constraintLanes.set(key, entry);
      }
      entry.perChannel.push({ channel: c.channel, set });
    }
    const allowed = zones === undefined ? [] : intersectAll(sets);
    const first = firstInstant(allowed, start);
    channelLanes.push({
      ...lane,
      describe:
        v?.status === "ok"
          ? `${c.channel}: may go from ${_localDateTime(tz, first ?? start)}.`
          : `${c.channel}: no instant in the window the message allows satisfies every constraint.`,
      allowed: _spans(allowed),
      status: v?.status === "ok" ? "ok" : "blocked",
      firstAllowed: first === undefined ? undefined : _iso(first),
    });
    // `delivery: "all"`: the channels after this one count its planned send, as the decision did.
    if (req.message.delivery === "all" && v?.status === "ok" && v.sendAt !== undefined) {
      c.sendAt = Date.parse(v.sendAt);
      c.countsAgainst = [...(v.countsAgainst ?? [])];
      _plan(req, c);
    }
  }

  const lanes: TimelineLane[] = [];
  // The message's bounds, as timing takes them (`_bounds`, less the basis lapse: its own lane).
  const mw: Interval = [
    Math.max(nowMs, pm._notBefore ?? nowMs),
    Math.min(pm._deadline ?? Number.POSITIVE_INFINITY, nowMs + plan._.horizonMs),
  ];
  lanes.push({
    kind: "window",
    id: "message",
    label: "message window",
    describe: `From ${pm._notBefore !== undefined && pm._notBefore > nowMs ? "notBefore" : "now"} to ${pm._deadline !== undefined && pm._deadline <= nowMs + plan._.horizonMs ? "the message's deadline" : "the policy's horizon"} (${_iso(mw[1])}).`,
    code: undefined,
    channels: req.message.channels,
    source: undefined,
    allowed: _spans(intersectIntervals([mw], [W])),
    status: undefined,
    firstAllowed: undefined,
    sendAt: undefined,
    reasons: [],
  });
  for (const { k, perChannel } of constraintLanes.values()) {
    // Channels whose allowed sets are the same share a lane.
    const groups = new Map<string, { channels: string[]; set: readonly Interval[] }>();
    for (const p of perChannel) {
      const key = JSON.stringify(p.set);
      const g = groups.get(key);
      if (g === undefined) groups.set(key, { channels: [p.channel], set: p.set });
      else g.channels.push(p.channel);
    }
    const split = groups.size > 1;
    for (const g of groups.values())
      lanes.push({
        kind: "constraint",
        id: k.rule,
        label: `${k.code} · ${k.rule}${split ? ` (${g.channels.join(", ")})` : ""}`,
        describe: `${k.describe}, on ${g.channels.join(", ")}.`,
        code: k.code,
        channels: g.channels,
        source: k.source,
        allowed: _spans(g.set),
        status: undefined,
        firstAllowed: undefined,
        sendAt: undefined,
        reasons: [],
      });
  }
  lanes.push(...basisLanes, ...channelLanes);
  return {
    decision,
    timeZone: tz,
    zoneKnown,
    zones: zonesUsed.length > 0 ? zonesUsed : [tz],
    now: _iso(nowMs),
    window: { from: _iso(wFrom), until: _iso(wUntil) },
    lanes,
    chosen,
    clockChanges: _transitions(tz, wFrom, wUntil).map((t) => ({
      at: _iso(t.at),
      local: `${_localDateTime(tz, t.at)} ${_zoneName(tz, t.at)}`,
      from: _offsetLabel(t.before),
      to: _offsetLabel(t.after),
    })),
  };
}

/** The window shown: the caller's, else local midnight of `now`'s day for `days` days, widened. */
function _window(
  input: ExplainInput,
  tz: string,
  nowMs: number,
  sends: readonly number[],
): [number, number] {
  if (input.window !== undefined) {
    const from = _parseNow(input.window.from);
    const until = _parseNow(input.window.until);
    if (!(from < until))
      throw new InputError([
        {
          code: "invalid_window",
          path: ["window"],
          message: "window.until must be after window.from",
        },
      ]);
    return [from, until];
  }
  const days = input.days ?? 3;
  if (!Number.isInteger(days) || days < 1 || days > 400)
    throw new InputError([
      {
        code: "invalid_window",
        path: ["days"],
        message: "days must be a whole number from 1 to 400",
      },
    ]);
  const from = _localMidnight(tz, nowMs);
  const addDays = (t: number, n: number) =>
    wallToInstant(tz, Math.floor(toWall(tz, t) / _DAY) * _DAY + n * _DAY);
  let until = addDays(from, days);
  const last = Math.max(nowMs, ...sends);
  if (last >= until - 3 * 3_600_000) until = addDays(last, 1);
  return [from, until];
}
