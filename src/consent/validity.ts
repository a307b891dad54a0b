import type { ConsentEvent } from "../model/consent-event.js";

/**
 * What makes a recorded consent no consent under the GDPR standard (Art. 4(11), 7(2)–(4),
 * Recital 32; CJEU C-673/17 Planet49):
 * - `pre-ticked`: the box was ticked in advance (Recital 32; Planet49);
 * - `inactive`: the person did not act to agree: silence, inactivity (Recital 32);
 * - `implied`: the ledger records the consent as implied, not given by a statement or a clear
 *   affirmative action (Art. 4(11));
 * - `bundled`: the request was not separate from other matters, or was a condition of a contract
 *   (Art. 7(2), 7(4));
 * - `uninformed`: the person was not told they could withdraw (Art. 7(3)).
 */
export type ConsentDefect = "pre-ticked" | "inactive" | "implied" | "bundled" | "uninformed";

/** The capture facts a `consentValidity` rule with `requireCapture` needs recorded. */
export type CaptureFact = "active" | "separate" | "withdrawalInformed";

/**
 * The defects a grant's record shows under the GDPR standard; empty when the record shows none.
 * Facts not recorded are no defect: see `missingCaptureFacts`.
 *
 * @param e - a consent event
 * @returns the defects, in a fixed order
 * @example
 * consentDefects({ id: "g", type: "grant", at: "2026-01-01T00:00:00Z", scope: {}, capture: { preTicked: true } });
 * // => ["pre-ticked"]
 */
export function consentDefects(e: ConsentEvent): ConsentDefect[] {
  const out: ConsentDefect[] = [];
  const k = e.capture;
  if (k?.preTicked === true) out.push("pre-ticked");
  if (k?.active === false) out.push("inactive");
  if (e.method === "implied") out.push("implied");
  if (k?.separate === false) out.push("bundled");
  if (k?.withdrawalInformed === false) out.push("uninformed");
  return out;
}

/**
 * The capture facts a grant's record leaves out, of those the GDPR tests need: whether the person
 * acted, whether the request was separate, whether they were told they may withdraw.
 *
 * @example
 * missingCaptureFacts({ id: "g", type: "grant", at: "2026-01-01T00:00:00Z", scope: {}, capture: { active: true } });
 * // => ["separate", "withdrawalInformed"]
 */
export function missingCaptureFacts(e: ConsentEvent): CaptureFact[] {
  const k = e.capture;
  const out: CaptureFact[] = [];
  if (k?.active === undefined) out.push("active");
  if (k?.separate === undefined) out.push("separate");
  if (k?.withdrawalInformed === undefined) out.push("withdrawalInformed");
  return out;
}

/** Whether a grant carries evidence (a non-empty `evidence` record). */
export function hasEvidence(e: ConsentEvent): boolean {
  return e.evidence !== undefined && Object.keys(e.evidence).length > 0;
}
