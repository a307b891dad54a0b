import { parseInstant } from "../../../time/instant.js";
import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";

/**
 * No suppression of the sender's covers the channel and purpose at `now`. An `objection` to
 * direct marketing (GDPR Art. 21(2)–(3)) stops marketing on every channel, whatever channels it
 * was recorded for: the data "shall no longer be processed for such purposes".
 */
export function suppressionCheck(req: _Request, c: _Candidate): void {
  const { customer, message, nowMs } = req;
  for (const s of customer.suppressions ?? []) {
    const purposes = s.purposes ?? ["marketing"];
    if (!purposes.includes(message.purpose)) continue;
    const everyChannel = s.reason === "objection" && req.marketing;
    if (s.channels !== undefined && !s.channels.includes(c.channel) && !everyChannel) continue;
    if (s.at !== undefined && parseInstant(s.at) > nowMs) continue;
    c.reasons.push(
      _reason("suppressed", `Suppressed (${s.reason}${s.at ? ` since ${s.at}` : ""}).`, {
        channel: c.channel,
        facts: { reason: s.reason },
      }),
    );
  }
}
