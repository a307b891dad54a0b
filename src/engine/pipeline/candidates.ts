import type { ChannelKind } from "../../model/channel.js";
import { type _Candidate, _contactOf, type _Request } from "./request.js";

const _NO_FACTS = {};

/**
 * The candidate channels of a decision, in order: the customer's preference first, then the
 * policy's priority, then the message's own order. A channel the customer or the policy does not
 * rank comes after every ranked one.
 */
export function _candidates(req: _Request): _Candidate[] {
  const { customer, message, pm } = req;
  const out = message.channels.map(
    (channel, index): _Candidate => ({
      channel,
      kind: pm._kinds[index] as ChannelKind,
      index,
      facts: {
        jurisdiction: customer.jurisdiction,
        customerType: customer.type,
        channel,
        kind: pm._kinds[index] as ChannelKind,
        purpose: message.purpose,
        automated: _automated(message.automated, pm._kinds[index] as ChannelKind),
        at: req.nowMs,
        sector: message.sector,
        senderType: pm._facts[index]?.senderType ?? "commercial",
        addressee: _contactOf(customer, channel)?.addressee ?? "natural-person",
        messageFacts: pm._facts[index] ?? _NO_FACTS,
        presumed: req.presumed[index] as readonly string[],
      },
      reasons: [],
      applied: [],
      basis: undefined,
      basisUntil: undefined,
      countsAgainst: undefined,
      blocked: false,
      sendAt: Number.NaN,
    }),
  );
  return out.length < 2 ? out : _sortByRank(out, _byRank(req));
}

/**
 * Sorts `cs` in place by `cmp`, stably, as `Array.prototype.sort` does: by insertion, for the
 * few channels of a message (the built-in sort allocates its work state, most of a candidate
 * list's cost, issue 18). The same order for every list (a property test).
 */
export function _sortByRank<T>(cs: T[], cmp: (a: T, b: T) => number): T[] {
  for (let i = 1; i < cs.length; i++) {
    const x = cs[i] as T;
    let j = i - 1;
    while (j >= 0 && cmp(cs[j] as T, x) > 0) {
      cs[j + 1] = cs[j] as T;
      j--;
    }
    cs[j + 1] = x;
  }
  return cs;
}

/** Compares candidates by (customer preference, policy priority, message order). */
export function _byRank(req: _Request): (a: _Candidate, b: _Candidate) => number {
  const order = req.customer.preferences?.channelOrder;
  const priority = req.plan._.priority;
  const pref = (c: _Candidate) => {
    const i = order === undefined ? -1 : order.indexOf(c.channel);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const prio = (c: _Candidate) => priority.get(c.channel) ?? Number.POSITIVE_INFINITY;
  return (a, b) => _cmp(pref(a), pref(b)) || _cmp(prio(a), prio(b)) || a.index - b.index;
}

function _cmp(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Whether a candidate counts as an automated (autodialed or prerecorded) message. A telephone
 * message that does not say is read as automated, the reading that sends less: automated calls
 * need consent where live calls are opt-out.
 */
export function _automated(flag: boolean | undefined, kind: ChannelKind): boolean {
  return flag === true || (flag === undefined && kind === "telephone");
}
