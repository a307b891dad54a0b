import { type ConsentState, resolveConsent } from "../../../consent/ledger.js";
import { retentionEnd } from "../../../consent/retention.js";
import type { ConsentEvent } from "../../../model/consent-event.js";
import type { Basis } from "../../../model/decision.js";
import type {
  _CompiledConsentRule,
  _CompiledPresumed,
  _CompiledRetention,
  _CompiledValidity,
} from "../../plan.js";
import { _iso, _reason } from "../../reasons.js";
import { type _Candidate, _ledger, type _Request } from "../request.js";
import {
  _explainInsufficient,
  _grantAcceptor,
  _presumedByRelationship,
} from "./consent-validity.js";
import { existingCustomerBasis } from "./existing-customer.js";
import { _factMissing } from "./fact-missing.js";

/** What the law asks of a grant on this candidate: requirements, validity, presumed consent. */
interface _Asks {
  readonly reqs: readonly _CompiledConsentRule[];
  readonly validity: readonly _CompiledValidity[];
  readonly presumed: _CompiledPresumed | undefined;
}

type _Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A legal basis for the send: for service and transactional messages their purpose; for
 * marketing a consent in the ledger (in the form the law asks), else the existing-customer
 * exception, else an opt-out regime or a policy that needs no consent for the channel. Sets
 * `c.basis` (and `c.basisUntil` when it lapses), or explains why there is none.
 */
export function basisCheck(req: _Request, c: _Candidate): void {
  const { plan, message } = req;
  if (!req.marketing) {
    c.basis = { code: "basis.service", facts: { purpose: message.purpose } };
    return;
  }
  const reqs = _applying(plan._.consentRequirements, c);
  const validity = _applying(plan._.consentValidity, c);
  // Where the law presumes consent, its own limits hold: a sender's presumption never replaces it.
  const presumed =
    plan._.presumedConsent.find((p) => p.fromPack && p.applies(c.facts)) ??
    plan._.presumedConsent.find((p) => p.applies(c.facts));
  if (presumed !== undefined) c.applied.push(presumed.id);
  const asks: _Asks = { reqs, validity, presumed };
  const state = resolveConsent(
    _ledger(req),
    {
      channel: c.channel,
      kind: c.kind,
      purpose: message.purpose,
      topic: message.topic,
      brand: message.brand ?? plan._.brand,
    },
    req.nowMs,
    {
      requireConfirmation: plan._.doubleOptIn.has(c.channel),
      maxAgeMs: plan._.consentMaxAgeMs,
      accept: _grantAcceptor(reqs, validity, presumed),
    },
  );
  // Proof retention (UWG § 7a(2)) applies to the consent a send relies on: named, not a condition.
  const retention = _applying(plan._.proofRetention, c);
  if (state.status === "granted") {
    _consentBasis(c, state, presumed);
    _keepProof(req, c, state.event, retention);
  } else if (state.status === "withdrawn") _withdrawn(req, c, reqs, state);
  else _withoutConsent(req, c, asks, state);
}

const _NONE: readonly never[] = [];

/**
 * The elements of `list` that apply to the candidate, each named in `c.applied` in list order;
 * a shared empty list (nothing allocated) when none does.
 */
function _applying<
  T extends { readonly id: string; readonly applies: (f: _Candidate["facts"]) => boolean },
>(list: readonly T[], c: _Candidate): readonly T[] {
  let out: T[] | undefined;
  for (const el of list)
    if (el.applies(c.facts)) {
      out ??= [];
      out.push(el);
      c.applied.push(el.id);
    }
  return out ?? _NONE;
}

function _consentBasis(
  c: _Candidate,
  state: { readonly event: ConsentEvent; readonly expiresAt?: number },
  presumed: _CompiledPresumed | undefined,
): void {
  const e = state.event;
  const facts: Record<string, string> = { grantedAt: e.at };
  if (e.method !== undefined) facts.method = e.method;
  if (e.source !== undefined) facts.source = e.source;
  if (e.noticeVersion !== undefined) facts.noticeVersion = e.noticeVersion;
  const basis: _Mutable<Basis> = { code: "basis.consent", consentId: e.id, facts };
  if (e.method === "presumed" && presumed !== undefined) {
    basis.code = "basis.presumed-consent";
    basis.rule = presumed.id;
    if (presumed.source !== undefined) basis.source = presumed.source;
  }
  if (state.expiresAt !== undefined) basis.expiresAt = _iso(state.expiresAt);
  c.basis = basis;
  c.basisUntil = state.expiresAt;
}

/**
 * Names, in the basis's facts, how long the proof of the consent must be kept if this send relies
 * on it (`keepProofUntil`): the longest applicable `proofRetention` period, the send counted as a use.
 */
function _keepProof(
  req: _Request,
  c: _Candidate,
  e: ConsentEvent,
  retention: readonly _CompiledRetention[],
): void {
  if (retention.length === 0 || c.basis?.facts === undefined) return;
  const now = [_iso(req.nowMs)];
  let until = Number.NEGATIVE_INFINITY;
  for (const r of retention)
    until = Math.max(until, retentionEnd(e.at, now, r.years, r.fromEachUse));
  (c.basis.facts as Record<string, string>).keepProofUntil = _iso(until);
}

function _withdrawn(
  req: _Request,
  c: _Candidate,
  reqs: readonly _CompiledConsentRule[],
  state: { readonly event: ConsentEvent },
): void {
  const law = reqs[0] ?? req.plan._.optOut.find((o) => o.applies(c.facts));
  const ev = state.event;
  c.reasons.push(
    _reason(
      "consent.withdrawn",
      `Consent for ${c.channel} ${req.message.purpose} was withdrawn at ${ev.at} (event '${ev.id}').`,
      {
        channel: c.channel,
        rule: law?.id,
        source: law?.source,
        facts: { eventId: ev.id, at: ev.at },
      },
    ),
  );
}

/** No consent counts: the existing-customer exception, an opt-out regime, or a denial. */
function _withoutConsent(
  req: _Request,
  c: _Candidate,
  asks: _Asks,
  state: Exclude<ConsentState, { status: "granted" }>,
): void {
  const plan = req.plan._;
  const { reqs } = asks;
  // Where the law (a pack) asks for consent, only the law's own exceptions stand in for it: a
  // sender's policy may tighten what a pack asks, never loosen it.
  const lawAsks = reqs.some((r) => r.fromPack);
  const ec = existingCustomerBasis(req, c, lawAsks);
  // An opt-out regime applies only where no law asks for consent (deny beats allow).
  const optOut =
    ec.basis === undefined && reqs.length === 0
      ? plan.optOut.find((o) => o.applies(c.facts))
      : undefined;
  for (const id of ec.considered) c.applied.push(id);
  if (optOut !== undefined) c.applied.push(optOut.id);
  // Presumed consent stands in only where no requirement (of the law or the sender) asks for more.
  const presumed =
    ec.basis === undefined && reqs.length === 0 && asks.presumed !== undefined
      ? _presumedByRelationship(req, asks.presumed)
      : undefined;
  if (ec.basis !== undefined) {
    c.basis = ec.basis;
    c.basisUntil = ec.until;
  } else if (presumed !== undefined) {
    c.basis = presumed;
  } else if (
    optOut !== undefined ||
    (reqs.length === 0 && !plan.consentRequired(c.channel, c.kind))
  ) {
    const b: _Mutable<Basis> = {
      code: "basis.not-required",
      facts: { channel: c.channel, kind: c.kind },
    };
    if (optOut !== undefined) {
      b.rule = optOut.id;
      if (optOut.source !== undefined) b.source = optOut.source;
    }
    c.basis = b;
  } else _noBasis(req, c, asks, state, ec.notes);
}

/** Explains a marketing send without any basis, naming the law that asks for consent. */
function _noBasis(
  req: _Request,
  c: _Candidate,
  asks: _Asks,
  state: Exclude<ConsentState, { status: "granted" }>,
  notes: readonly string[],
): void {
  const { message } = req;
  const { reqs } = asks;
  if (asks.presumed !== undefined && state.status !== "insufficient")
    _factMissing(
      c,
      ["consents"],
      "A business's presumed consent to the call needs a grant with method 'presumed' and evidence of its concrete interest in the offer, or (where the rule allows) a purchase in the message's category.",
      { rule: asks.presumed.id, source: asks.presumed.source },
    );
  const why = notes.length > 0 ? ` Existing-customer exception: ${notes.join("; ")}.` : "";
  const law = reqs[0];
  const cite = { channel: c.channel, rule: law?.id, source: law?.source };
  const needs = law?.description === undefined ? "" : ` ${law.description}`;
  if (state.status === "missing") {
    const topic = message.topic ? ` on topic '${message.topic}'` : "";
    c.reasons.push(
      _reason(
        "consent.missing",
        `No consent covers ${c.channel} ${message.purpose}${topic}.${needs}${why}`,
        cite,
      ),
    );
    return;
  }
  const ev = state.event;
  const facts = { eventId: ev.id };
  if (state.status === "expired")
    c.reasons.push(
      _reason("consent.expired", `The consent '${ev.id}' has expired.${needs}${why}`, {
        ...cite,
        facts,
      }),
    );
  else if (state.status === "unconfirmed")
    c.reasons.push(
      _reason(
        "consent.unconfirmed",
        `The consent '${ev.id}' awaits double opt-in confirmation.${why}`,
        { ...cite, facts },
      ),
    );
  else _explainInsufficient(req, c, asks, ev, why);
}
