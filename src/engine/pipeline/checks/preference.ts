import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";

/** The customer has not turned the channel or the message's topic off (critical messages pass). */
export function preferenceCheck(req: _Request, c: _Candidate): void {
  const prefs = req.customer.preferences;
  if (req.critical || prefs === undefined) return;
  const channels = prefs.channels;
  if (channels !== undefined && Object.hasOwn(channels, c.channel) && channels[c.channel] === false)
    c.reasons.push(
      _reason("preference.channel-off", `The customer turned ${c.channel} off.`, {
        channel: c.channel,
      }),
    );
  const topic = req.message.topic;
  const topics = prefs.topics;
  if (
    topic !== undefined &&
    topics !== undefined &&
    Object.hasOwn(topics, topic) &&
    topics[topic] === false
  )
    c.reasons.push(
      _reason("preference.topic-off", `The customer turned topic '${topic}' off.`, {
        channel: c.channel,
      }),
    );
}
