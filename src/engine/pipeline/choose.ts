import type { _Candidate, _Request } from "./request.js";

/**
 * Stage 5, choose: among the eligible candidates (in preference order), the most preferred one
 * whose send time is within the message's `maxDelay` of the earliest instant any of them can go;
 * only when none is (no `maxDelay` means no limit), the earliest one, ties going to preference.
 *
 * @param eligible - the eligible candidates, most preferred first (never empty)
 */
export function _choose(req: _Request, eligible: readonly _Candidate[]): _Candidate {
  const first = eligible[0] as _Candidate;
  const maxDelay = req.pm._maxDelayMs;
  if (maxDelay === undefined || req.message.delivery !== "first") return first;
  let earliest = first;
  for (const c of eligible) if (c.sendAt < earliest.sendAt) earliest = c;
  for (const c of eligible) if (c.sendAt - earliest.sendAt <= maxDelay) return c;
  return earliest;
}
