import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";
import { _contactOf } from "../request.js";

/** The customer has a deliverable contact point on the channel. */
export function contactCheck(req: _Request, c: _Candidate): void {
  const contact = _contactOf(req.customer, c.channel);
  if (contact === undefined)
    c.reasons.push(
      _reason("contact.missing", `No ${c.channel} contact point.`, { channel: c.channel }),
    );
  else if (contact.status !== "ok")
    c.reasons.push(
      _reason("contact.undeliverable", `The ${c.channel} contact point is '${contact.status}'.`, {
        channel: c.channel,
        facts: { status: contact.status },
      }),
    );
}
