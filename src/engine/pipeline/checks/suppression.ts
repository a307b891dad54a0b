import type { Suppression } from "../../../model/customer.js";
import { parseInstant } from "../../../time/instant.js";
import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";

/**
 * Whether suppression `s` covers the candidate's channel and the message's purpose, whenever it
 * starts. An `objection` to direct marketing (GDPR Art. 21(2)–(3)) covers marketing on every
 * channel, whatever channels it was recorded for: the data "shall no longer be processed for such
 * purposes".
 */
export function _suppressionCovers(req: _Request, s: Suppression, channel: string): boolean {
  if (!(s.purposes ?? ["marketing"]).includes(req.message.purpose)) return false;
  if (s.reason === "objection" && req.marketing) return true;
  return s.channels === undefined || s.channels.includes(channel);
}

/** No suppression of the sender's covers the channel and purpose at `now` (see `_suppressionCovers`). */
export function suppressionCheck(req: _Request, c: _Candidate): void {
  for (const s of req.customer.suppressions ?? []) {
    if (!_suppressionCovers(req, s, c.channel)) continue;
    if (s.at !== undefined && parseInstant(s.at) > req.nowMs) continue;
    c.reasons.push(
      _reason("suppressed", `Suppressed (${s.reason}${s.at ? ` since ${s.at}` : ""}).`, {
        channel: c.channel,
        facts: { reason: s.reason },
      }),
    );
  }
}
