import type { Customer } from "../../model/customer.js";
import type { Issue } from "../../model/errors.js";
import type { HistoryEntry } from "../../model/history.js";
import { _didYouMean, lookalikes } from "../../model/names.js";
import type { CompiledPolicy } from "../plan.js";

/**
 * Part of stage 1, resolve: the channel names a record uses, checked against the policy. A name
 * the policy does not know but that looks like one it does (`e-mail`, `emial`, `text` for `sms`)
 * is refused with the name meant: read as written it would match nothing, so a channel the
 * customer turned off, suppressed or withdrew would still be used, or a cap would miss a send. A
 * name that looks like no channel of the policy (`fax` for a policy without it) can never be a
 * candidate and is left alone. (Names that are not names at all, `SMS` or `sms `, are refused by
 * the schema.)
 */

const _lookalikeCache = new WeakMap<CompiledPolicy, Map<string, readonly string[]>>();
const _CACHE_MAX = 4096;

/** The channels of `plan` that an unknown `name` looks like (cached per plan). */
function _like(plan: CompiledPolicy, name: string): readonly string[] {
  let cache = _lookalikeCache.get(plan);
  if (cache === undefined) {
    cache = new Map();
    _lookalikeCache.set(plan, cache);
  }
  let like = cache.get(name);
  if (like === undefined) {
    like = lookalikes(name, plan._.kinds.keys());
    if (cache.size >= _CACHE_MAX) cache.clear(); // bounded: names come from input
    cache.set(name, like);
  }
  return like;
}

/**
 * Every channel name in a customer record (contact points, preferences, frequency limits,
 * suppressions, consent scopes, history) and in a history given beside it that the policy does
 * not know but that looks like one of its channels, as `unknown_channel` issues with the path of
 * the name and the channel meant.
 *
 * @param extraHistory - history given beside the record (paths `history.<i>.channel`)
 * @param prefix - put before the paths into the record (`customer` for `decide`)
 */
export function _channelIssues(
  plan: CompiledPolicy,
  customer: Customer,
  extraHistory?: readonly HistoryEntry[],
  prefix: readonly string[] = [],
): Issue[] {
  return _allKnown(plan, customer, extraHistory)
    ? []
    : _channelIssuesOf(plan, customer, extraHistory, prefix);
}

/** `_channelIssues` without the fast check: every name looked at (the reference for `_allKnown`). */
export function _channelIssuesOf(
  plan: CompiledPolicy,
  customer: Customer,
  extraHistory?: readonly HistoryEntry[],
  prefix: readonly string[] = [],
): Issue[] {
  const kinds = plan._.kinds;
  const issues: Issue[] = [];
  // Callers test `kinds.has(name)` first, so a known name (nearly every one) builds no path array.
  const check = (name: string, path: (string | number)[], extra = false) => {
    const like = _like(plan, name);
    if (like.length === 0) return;
    issues.push({
      code: "unknown_channel",
      path: extra || prefix.length === 0 ? path : [...prefix, ...path],
      message: `unknown channel '${name}': not built in and not declared by policy '${plan.id}'${_didYouMean(like)}`,
    });
  };
  for (const k of Object.keys(customer.contacts)) if (!kinds.has(k)) check(k, ["contacts", k]);
  const prefs = customer.preferences;
  if (prefs !== undefined) {
    const order = prefs.channelOrder ?? [];
    for (let i = 0; i < order.length; i++)
      if (!kinds.has(order[i] as string))
        check(order[i] as string, ["preferences", "channelOrder", i]);
    if (prefs.channels !== undefined)
      for (const k of Object.keys(prefs.channels))
        if (!kinds.has(k)) check(k, ["preferences", "channels", k]);
    const freq = prefs.frequency ?? [];
    for (let i = 0; i < freq.length; i++) {
      const ch = freq[i]?.channel;
      if (ch !== undefined && !kinds.has(ch)) check(ch, ["preferences", "frequency", i, "channel"]);
    }
  }
  const sups = customer.suppressions ?? [];
  for (let i = 0; i < sups.length; i++) {
    const chs = sups[i]?.channels ?? [];
    for (let j = 0; j < chs.length; j++)
      if (!kinds.has(chs[j] as string)) check(chs[j] as string, ["suppressions", i, "channels", j]);
  }
  const events = customer.consents;
  for (let i = 0; i < events.length; i++) {
    const chs = events[i]?.scope.channels ?? [];
    for (let j = 0; j < chs.length; j++)
      if (!kinds.has(chs[j] as string))
        check(chs[j] as string, ["consents", i, "scope", "channels", j]);
  }
  const own = customer.history ?? [];
  for (let i = 0; i < own.length; i++)
    if (!kinds.has((own[i] as HistoryEntry).channel))
      check((own[i] as HistoryEntry).channel, ["history", i, "channel"]);
  const extra = extraHistory ?? [];
  for (let i = 0; i < extra.length; i++)
    if (!kinds.has((extra[i] as HistoryEntry).channel))
      check((extra[i] as HistoryEntry).channel, ["history", i, "channel"], true);
  return issues;
}

/**
 * Whether every channel name in the record and the extra history is one the policy knows (the
 * common case): the same names `_channelIssues` reads, without its closure or paths. When this
 * says false, `_channelIssues` looks again and builds the issues (a test holds the two together).
 */
export function _allKnown(
  plan: CompiledPolicy,
  customer: Customer,
  extraHistory: readonly HistoryEntry[] | undefined,
): boolean {
  const kinds = plan._.kinds;
  for (const k in customer.contacts)
    if (Object.hasOwn(customer.contacts, k) && !kinds.has(k)) return false;
  const prefs = customer.preferences;
  if (prefs !== undefined) {
    const order = prefs.channelOrder;
    if (order !== undefined) for (const ch of order) if (!kinds.has(ch)) return false;
    if (prefs.channels !== undefined)
      for (const k of Object.keys(prefs.channels)) if (!kinds.has(k)) return false;
    const freq = prefs.frequency;
    if (freq !== undefined)
      for (const f of freq) if (f.channel !== undefined && !kinds.has(f.channel)) return false;
  }
  const sups = customer.suppressions;
  if (sups !== undefined)
    for (const sup of sups) {
      const chs = sup.channels;
      if (chs !== undefined) for (const ch of chs) if (!kinds.has(ch)) return false;
    }
  for (const e of customer.consents) {
    const chs = e.scope.channels;
    if (chs !== undefined) for (const ch of chs) if (!kinds.has(ch)) return false;
  }
  return (
    (customer.history === undefined || _knownIn(kinds, customer.history)) &&
    (extraHistory === undefined || _knownIn(kinds, extraHistory))
  );
}

/** Whether every entry's channel is in `kinds`; the last two known names are not looked up again. */
function _knownIn(kinds: ReadonlyMap<string, unknown>, history: readonly HistoryEntry[]): boolean {
  let a: string | undefined;
  let b: string | undefined;
  for (const h of history) {
    const ch = h.channel;
    if (ch === a || ch === b) continue;
    if (!kinds.has(ch)) return false;
    b = a;
    a = ch;
  }
  return true;
}
