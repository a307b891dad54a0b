import type { MessageFacts } from "../model/message.js";
import { BOOLEAN_MESSAGE_FACTS } from "../model/message.js";
import type { Policy } from "../model/policy.js";

/**
 * The facts of a message on one channel: the policy's `messageDefaults` (for every message, then
 * for the channel) with the message's own `facts` on top. A yes-or-no fact is `false` when any
 * source says `false` (the reading that sends less), else `true` when any says `true`; the sender
 * type and the opt-out's validity come from the most specific source that states them.
 *
 * @param defaults - the policy's `messageDefaults`
 * @param own - the message's `facts`
 * @param channel - the channel the message would go on
 * @returns the merged facts (a fresh object)
 * @example
 * _messageFacts({ channels: { email: { optOut: true } } }, undefined, "email").optOut; // => true
 */
export function _messageFacts(
  defaults: Policy["messageDefaults"],
  own: MessageFacts | undefined,
  channel: string,
): MessageFacts {
  const byChannel = defaults?.channels;
  const sources = [
    defaults?.facts,
    byChannel !== undefined && Object.hasOwn(byChannel, channel) ? byChannel[channel] : undefined,
    own,
  ];
  const out: { -readonly [K in keyof MessageFacts]: MessageFacts[K] } = {};
  for (const s of sources) {
    if (s === undefined) continue;
    if (s.senderType !== undefined) out.senderType = s.senderType;
    if (s.optOutValidFor !== undefined) out.optOutValidFor = s.optOutValidFor;
    for (const k of BOOLEAN_MESSAGE_FACTS) {
      const v = s[k];
      if (v === false || (v === true && out[k] === undefined)) out[k] = v;
    }
  }
  return out;
}
