import { consentDefects, hasEvidence, missingCaptureFacts } from "../../../consent/validity.js";
import type { ConsentEvent } from "../../../model/consent-event.js";
import type { Basis } from "../../../model/decision.js";
import type { _CompiledConsentRule, _CompiledPresumed, _CompiledValidity } from "../../plan.js";
import { _reason } from "../../reasons.js";
import type { _Candidate, _Request } from "../request.js";
import { _factMissing } from "./fact-missing.js";

/** Outside a `presumedConsent` rule, a presumed consent is no consent. */
const _notPresumed = (e: ConsentEvent): boolean => e.method !== "presumed";

/**
 * Whether a grant counts on this candidate: it has the form every applicable requirement asks,
 * its capture record shows no defect where the GDPR standard applies (and is complete where a
 * rule requires it), and it is a presumed consent only where a `presumedConsent` rule applies
 * (with evidence of the circumstances).
 */
export function _grantAcceptor(
  reqs: readonly _CompiledConsentRule[],
  validity: readonly _CompiledValidity[],
  presumed: _CompiledPresumed | undefined,
): (e: ConsentEvent) => boolean {
  if (reqs.length === 0 && validity.length === 0 && presumed === undefined) return _notPresumed;
  const capture = validity.some((v) => v.requireCapture);
  return (e) => {
    // A presumption stands in only where no requirement asks for a consent: never for the law's
    // express consent, and never where the sender's own policy asks for one.
    if (e.method === "presumed")
      return presumed !== undefined && reqs.length === 0 && hasEvidence(e);
    for (const r of reqs) if (r.accept?.(e) === false) return false;
    if (validity.length === 0) return true;
    return consentDefects(e).length === 0 && (!capture || missingCaptureFacts(e).length === 0);
  };
}

/**
 * Explains a grant that does not count: `consent.invalid` for the GDPR defects its record shows,
 * `fact.missing` for the capture facts or evidence the law needs and the record lacks,
 * `consent.insufficient` for a form a requirement does not accept. Always adds at least one reason.
 */
export function _explainInsufficient(
  req: _Request,
  c: _Candidate,
  asks: {
    readonly reqs: readonly _CompiledConsentRule[];
    readonly validity: readonly _CompiledValidity[];
    readonly presumed: _CompiledPresumed | undefined;
  },
  ev: ConsentEvent,
  why: string,
): void {
  const before = c.reasons.length;
  const i = req.customer.consents.indexOf(ev);
  const at = (...rest: string[]) => ["consents", i < 0 ? ev.id : i, ...rest];
  const facts = { eventId: ev.id };
  if (ev.method === "presumed") {
    _presumed(c, asks.presumed, asks.reqs[0], ev, at, why);
    return;
  }
  const defects = consentDefects(ev);
  // The standard judges the consent; only where the law asks for a consent is the denial the
  // law's (elsewhere the sender's own requirement denies, and the reason names the standard).
  const lawAsks = asks.reqs.some((r) => r.fromPack);
  for (const v of asks.validity) {
    const cite = { channel: c.channel, rule: lawAsks ? v.id : undefined, source: v.source };
    if (defects.length > 0)
      c.reasons.push(
        _reason(
          "consent.invalid",
          `The consent '${ev.id}' is no consent under the GDPR standard (${defects.join(", ")}): consent must be active, separate from other matters and informed of the right to withdraw.${why}`,
          { ...cite, facts: { ...facts, defects: defects.join(","), standard: v.id } },
        ),
      );
    else if (v.requireCapture)
      for (const f of missingCaptureFacts(ev))
        _factMissing(
          c,
          at("capture", f),
          `Rule '${v.id}' needs to know how consent '${ev.id}' was captured.`,
          { rule: v.id, source: v.source },
        );
  }
  for (const r of asks.reqs) {
    if (r.accept?.(ev) !== false) continue;
    const form = `${ev.method ?? "method not recorded"}${ev.evidence === undefined ? ", no evidence" : ""}`;
    const cite = { channel: c.channel, rule: r.id, source: r.source };
    c.reasons.push(
      _reason(
        "consent.insufficient",
        `The consent '${ev.id}' (${form}) is not in the form required${r.description ? `: ${r.description}` : ""}.${why}`,
        { ...cite, facts },
      ),
    );
    if (!hasEvidence(ev))
      _factMissing(
        c,
        at("evidence"),
        `The law requires proof that consent '${ev.id}' was given.`,
        cite,
      );
    else if (ev.method === undefined)
      _factMissing(c, at("method"), `The law asks how consent '${ev.id}' was given.`, cite);
  }
  if (c.reasons.length === before)
    c.reasons.push(
      _reason("consent.insufficient", `The consent '${ev.id}' does not count here.${why}`, {
        channel: c.channel,
        facts,
      }),
    );
}

function _presumed(
  c: _Candidate,
  presumed: _CompiledPresumed | undefined,
  law: _CompiledConsentRule | undefined,
  ev: ConsentEvent,
  at: (...rest: string[]) => (string | number)[],
  why: string,
): void {
  if (presumed === undefined || law !== undefined) {
    c.reasons.push(
      _reason(
        "consent.insufficient",
        `The consent '${ev.id}' is only presumed: a presumption counts only for live calls to businesses where the law allows it (UWG § 7(2) no. 1); this send needs an express consent.${why}`,
        { channel: c.channel, rule: law?.id, source: law?.source, facts: { eventId: ev.id } },
      ),
    );
    return;
  }
  _factMissing(
    c,
    at("evidence"),
    `A presumed consent needs evidence of the business's concrete interest in the offer, judged before the call.`,
    { rule: presumed.id, source: presumed.source },
  );
}

/**
 * A business's presumed consent from its relationship: an earlier purchase in the message's
 * category shows a concrete interest in the offer. `undefined` when the rule does not allow it
 * or the record does not show it.
 */
export function _presumedByRelationship(
  req: _Request,
  presumed: _CompiledPresumed,
): Basis | undefined {
  const cat = req.message.category;
  const bought = req.customer.relationship?.purchasedCategories;
  if (!presumed.fromRelationship || cat === undefined || bought === undefined) return undefined;
  if (!bought.includes(cat)) return undefined;
  const b: { -readonly [K in keyof Basis]: Basis[K] } = {
    code: "basis.presumed-consent",
    rule: presumed.id,
    facts: { relationship: "purchase", category: cat },
  };
  if (presumed.source !== undefined) b.source = presumed.source;
  return b;
}
