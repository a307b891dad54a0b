import * as z from "zod";
import type { ChannelKind } from "../../model/channel.js";
import type { Customer } from "../../model/customer.js";
import { _issuesFromZod, InputError, type Issue } from "../../model/errors.js";
import { type HistoryEntry, HistoryEntrySchema } from "../../model/history.js";
import { MessageSchema } from "../../model/message.js";
import { parseCustomer } from "../../model/parse-customer.js";
import { _instantError } from "../../model/primitives.js";
import { _unknownChannel } from "../../model/suggest.js";
import { parseDuration } from "../../time/duration.js";
import {
  isSupportedInstant,
  MAX_INSTANT_MS,
  MIN_INSTANT_MS,
  parseInstant,
} from "../../time/instant.js";
import { _messageFacts } from "../message-facts.js";
import type { BatchOptions, CompiledPolicy, PreparedMessage } from "../plan.js";

/**
 * Stage 1, resolve: every input validated once, its instants turned into epoch milliseconds once.
 * A message is resolved once per batch (`prepareMessage`), `now` once per batch, a record once
 * per decision.
 */

export type { BatchOptions, PreparedMessage } from "../plan.js";

const _RANGE = `an instant from ${new Date(MIN_INSTANT_MS).toISOString()} to ${new Date(MAX_INSTANT_MS).toISOString()}`;
/** `now`: a `Date`, epoch milliseconds or an ISO string, within the range the engine supports. */
const _NowSchema = z.union(
  [
    z.date().refine((d) => isSupportedInstant(d.getTime()), `must be a valid date, ${_RANGE}`),
    z
      .number()
      .int()
      .min(MIN_INSTANT_MS, `must be ${_RANGE}`)
      .max(MAX_INSTANT_MS, `must be ${_RANGE}`),
    z.iso
      .datetime({ offset: true, local: false, error: _instantError })
      .refine((v) => isSupportedInstant(parseInstant(v)), `must be ${_RANGE}`),
  ],
  {
    // None of the three shapes: say what is wanted rather than zod's bare "Invalid input".
    error: (iss) =>
      `${iss.input === undefined ? "is required" : `must be an instant, not ${iss.input === null ? "null" : typeof iss.input}`}: a Date, epoch milliseconds or an ISO 8601 string with an offset such as "2026-05-04T10:00:00Z"`,
  },
);

/**
 * Throws an `InputError` (`not_compiled`, path `plan`) unless `plan` is a plan from
 * `compilePolicy`: the raw policy, or arguments in the wrong order, are caught here with what to
 * do instead of a `TypeError` deep inside.
 */
export function _checkPlan(plan: unknown, fn: string): asserts plan is CompiledPolicy {
  const internals =
    typeof plan === "object" && plan !== null ? (plan as { _?: unknown })._ : undefined;
  if (typeof internals === "object" && internals !== null && "kinds" in internals) return;
  const o = typeof plan === "object" && plan !== null ? plan : {};
  const message =
    "customer" in o || "message" in o
      ? `${fn} was given its input first: call ${fn}(plan, input) with plan = compilePolicy(policy)`
      : "id" in o
        ? `${fn} was given a policy, not a plan: pass the result of compilePolicy(policy)`
        : `${fn}'s first argument must be a plan: pass the result of compilePolicy(policy)`;
  throw new InputError([{ code: "not_compiled", path: ["plan"], message }]);
}

/** Throws an `InputError` naming what `fn` needs when `input` is not an object. */
export function _checkInput(input: unknown, fn: string, needs: string): void {
  if (typeof input === "object" && input !== null && !Array.isArray(input)) return;
  throw new InputError([
    {
      code: "invalid_type",
      path: [],
      message: `${fn} needs ${needs}; got ${
        input === null ? "null" : Array.isArray(input) ? "an array" : typeof input
      }`,
    },
  ]);
}

// The last string `_NowSchema` accepted, and its instant: `decide` called per customer with one
// `now` parses it once.
let _lastNowText: string | undefined;
let _lastNowMs = 0;

/** Parses `now`, throwing an `InputError` on anything but a valid instant. */
export function _parseNow(now: unknown): number {
  // Fast paths, each exactly what its branch of `_NowSchema` accepts (a test holds them to it):
  // an integer in range, a `Date` in range, and the string accepted last time.
  if (typeof now === "number") {
    if (isSupportedInstant(now)) return now;
  } else if (now instanceof Date) {
    const t = now.getTime();
    if (isSupportedInstant(t)) return t;
  } else if (typeof now === "string" && now === _lastNowText) return _lastNowMs;
  return _parseNowSlow(now);
}

/** `_parseNow` by the schema alone (the reference for its fast paths). */
export function _parseNowSlow(now: unknown): number {
  const r = _NowSchema.safeParse(now);
  if (!r.success)
    throw new InputError(_nonEmpty(_issuesFromZod(r.error, ["now"])), { cause: r.error });
  const v = r.data;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "number") return v;
  const ms = parseInstant(v);
  _lastNowText = v;
  _lastNowMs = ms;
  return ms;
}

/** What `_preparedMessage` keeps for one message object: a copy of its data, and the result. */
interface _KeptMessage {
  readonly data: unknown;
  readonly spread: unknown;
  readonly pm: PreparedMessage;
}
const _prepared = new WeakMap<CompiledPolicy, WeakMap<object, _KeptMessage>>();
const _UNKEPT = Symbol("unkept");

/**
 * `prepareMessage`, remembered per plan and message object for `decide` (called once per
 * customer with the same message): the message is validated again only when its data differ
 * from the copy kept when it was validated (a message changed in place is validated afresh), or
 * when it is not plain JSON data (then it is never kept). The same prepared message a batch
 * shares across its records.
 */
export function _preparedMessage(
  plan: CompiledPolicy,
  message: unknown,
  options: BatchOptions,
): PreparedMessage {
  if (typeof message !== "object" || message === null)
    return prepareMessage(plan, message, options);
  const spread = options.spread;
  let byMessage = _prepared.get(plan);
  const kept = byMessage?.get(message);
  if (kept !== undefined && kept.spread === spread && _sameData(message, kept.data, 0))
    return kept.pm;
  const pm = prepareMessage(plan, message, options);
  let data: unknown;
  try {
    data = _copyData(message, 0);
  } catch {
    data = _UNKEPT;
  }
  if (data !== _UNKEPT && (typeof spread === "string" || spread === undefined)) {
    if (byMessage === undefined) {
      byMessage = new WeakMap();
      _prepared.set(plan, byMessage);
    }
    byMessage.set(message, { data, spread, pm });
  }
  return pm;
}

/** A copy of plain JSON data (plain objects, arrays without holes, primitives), or `_UNKEPT`. */
function _copyData(v: unknown, depth: number): unknown {
  if (v === null || typeof v !== "object") return typeof v === "function" ? _UNKEPT : v;
  if (depth > 8) return _UNKEPT;
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype || v.length > 64) return _UNKEPT;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return _UNKEPT;
      const x = _copyData(v[i], depth + 1);
      if (x === _UNKEPT) return _UNKEPT;
      out[i] = x;
    }
    return out;
  }
  const p = Object.getPrototypeOf(v);
  if (p !== Object.prototype && p !== null) return _UNKEPT;
  const out: Record<string, unknown> = Object.create(null);
  let n = 0;
  for (const k in v) {
    if (++n > 64) return _UNKEPT;
    const x = _copyData((v as Record<string, unknown>)[k], depth + 1);
    if (x === _UNKEPT) return _UNKEPT;
    out[k] = x;
  }
  return out;
}

/** Whether `v` holds exactly the data of `kept` (a `_copyData` copy): same keys, same values. */
function _sameData(v: unknown, kept: unknown, depth: number): boolean {
  if (kept === null || typeof kept !== "object") return v === kept;
  if (v === null || typeof v !== "object" || depth > 8) return false;
  if (Array.isArray(kept)) {
    if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return false;
    if (v.length !== kept.length) return false;
    for (let i = 0; i < kept.length; i++)
      if (!(i in v) || !_sameData(v[i], kept[i], depth + 1)) return false;
    return true;
  }
  const p = Object.getPrototypeOf(v);
  if ((p !== Object.prototype && p !== null) || Array.isArray(v)) return false;
  const k = kept as Record<string, unknown>;
  let n = 0;
  for (const key in v) {
    if (!(key in k)) return false;
    if (!_sameData((v as Record<string, unknown>)[key], k[key], depth + 1)) return false;
    n++;
  }
  for (const _ in k) n--;
  return n === 0;
}

/**
 * Validates a message against a plan once: its shape, and that every channel it names is known
 * to the policy.
 *
 * @param plan - a policy compiled by `compilePolicy`
 * @param message - the message, as JSON
 * @param options - batch options (`spread`)
 * @returns the message ready for `decide`, `decideMany` and friends
 * @throws {InputError} naming the bad field (path starts with `message`)
 * @example
 * const pm = prepareMessage(plan, { purpose: "marketing", channels: ["email"] });
 * pm.message.delivery; // => "first"
 */
export function prepareMessage(
  plan: CompiledPolicy,
  message: unknown,
  options: BatchOptions = {},
): PreparedMessage {
  _checkPlan(plan, "prepareMessage");
  let r: ReturnType<typeof MessageSchema.safeParse>;
  try {
    r = MessageSchema.safeParse(message);
  } catch (e) {
    // A message that throws when read (a getter, a Proxy) is an InputError, never what it threw.
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError(
      [
        {
          code: "unreadable",
          path: ["message"],
          message: `the message could not be read (${why})`,
        },
      ],
      { cause: e },
    );
  }
  if (!r.success)
    throw new InputError(_nonEmpty(_issuesFromZod(r.error, ["message"], MessageSchema)), {
      cause: r.error,
    });
  const m = r.data;
  const issues: Issue[] = [];
  const kinds = _channelKinds(plan, m.channels, issues);
  const notBefore = m.notBefore === undefined ? undefined : parseInstant(m.notBefore);
  const deadline = m.deadline === undefined ? undefined : parseInstant(m.deadline);
  if (notBefore !== undefined && deadline !== undefined && deadline <= notBefore)
    issues.push({
      code: "invalid_window",
      path: ["message", "deadline"],
      message: "deadline must be after notBefore",
    });
  const maxDelayMs =
    m.maxDelay === undefined
      ? plan._.defaultMaxDelayMs
      : _duration(m.maxDelay, ["message", "maxDelay"], issues);
  const spreadMs =
    options.spread === undefined ? undefined : _duration(options.spread, ["spread"], issues);
  if (m.facts?.optOutValidFor !== undefined)
    _duration(m.facts.optOutValidFor, ["message", "facts", "optOutValidFor"], issues);
  if (issues.length > 0) throw new InputError(_nonEmpty(issues));
  return {
    message: m,
    _kinds: kinds,
    _maxDelayMs: maxDelayMs,
    _notBefore: notBefore,
    _deadline: deadline,
    _spreadMs: spreadMs,
    _facts: m.channels.map((ch) => _messageFacts(plan._.messageDefaults, m.facts, ch)),
  };
}

function _channelKinds(
  plan: CompiledPolicy,
  channels: readonly string[],
  issues: Issue[],
): ChannelKind[] {
  const kinds: ChannelKind[] = [];
  channels.forEach((c, i) => {
    const k = plan._.kinds.get(c);
    if (k === undefined)
      issues.push({
        code: "unknown_channel",
        path: ["message", "channels", i],
        message: _unknownChannel(
          c,
          plan._.kinds.keys(),
          `not built in and not declared by policy '${plan.id}'`,
        ),
      });
    else kinds.push(k);
    if (channels.indexOf(c) !== i)
      issues.push({
        code: "duplicate_channel",
        path: ["message", "channels", i],
        message: `channel '${c}' is listed twice`,
      });
  });
  return kinds;
}

function _duration(text: string, path: (string | number)[], issues: Issue[]): number | undefined {
  try {
    return parseDuration(text);
  } catch (e) {
    issues.push({ code: "invalid_duration", path, message: (e as Error).message });
    return undefined;
  }
}

/** A customer record, validated; or the issues that make it unjudgeable (paths from the record). */
export type _ResolvedRecord =
  | { readonly ok: true; readonly customer: Customer }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Validates one customer record. Never throws for bad data. */
export function _resolveRecord(record: unknown): _ResolvedRecord {
  const r = parseCustomer(record);
  return r.success ? { ok: true, customer: r.data } : { ok: false, issues: r.issues };
}

const _HistorySchema = z.array(HistoryEntrySchema).max(10_000);

/**
 * Validates a contact history given beside a record (by `decide`, a batch's lookup or the CLI),
 * exactly as the record's own `history` is validated.
 *
 * @returns the entries, or the issues (paths start with `history`)
 */
export function _resolveHistory(
  history: unknown,
): { ok: true; history: readonly HistoryEntry[] } | { ok: false; issues: Issue[] } {
  const r = _HistorySchema.safeParse(history);
  return r.success
    ? { ok: true, history: r.data }
    : { ok: false, issues: _issuesFromZod(r.error, ["history"], _HistorySchema) };
}

/** A never-empty issue list, for the error classes. */
export function _nonEmpty(issues: readonly Issue[]): [Issue, ...Issue[]] {
  return issues.length > 0
    ? (issues as [Issue, ...Issue[]])
    : [{ code: "unknown", path: [], message: "invalid input" }];
}
