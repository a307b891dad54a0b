import { scopeCovers } from "../../consent/ledger.js";
import type { ConsentEvent } from "../../model/consent-event.js";
import { parseInstant } from "../../time/instant.js";
import { _suppressionCovers } from "./checks/suppression.js";
import { type _Candidate, _ledger, type _Request } from "./request.js";

/**
 * Part of stage 4, timing: the first instant after `now` at which a fact already in the record
 * ends the permission a candidate has now. A send is never planned at or after it, whatever
 * quiet hours or caps would make it wait for:
 * - the legal basis lapses (a consent's `expiresAt` or maximum age, an existing-customer time
 *   limit: `c.basisUntil`);
 * - a withdrawal dated later covers the message (marketing);
 * - a suppression dated later covers the channel and purpose;
 * - a fresh register check goes stale (`checkedAt` + the register's `maxAge`), or the purchase or
 *   inquiry that overrides a listing gets too old.
 */
export interface _PermissionEnd {
  /** Epoch ms: no send at or after it. */
  readonly at: number;
  /** What ends it, as words before "at <instant>": `consent is withdrawn (event 'w1')`. */
  readonly why: string;
}

/** The earliest end of the candidate's permission after `now`, if the record dates one. */
export function _permissionEnd(req: _Request, c: _Candidate): _PermissionEnd | undefined {
  let end: _PermissionEnd | undefined =
    c.basisUntil === undefined ? undefined : { at: c.basisUntil, why: "the legal basis lapses" };
  const earlier = (at: number, why: () => string) => {
    if (at > req.nowMs && (end === undefined || at < end.at)) end = { at, why: why() };
  };
  if (req.marketing) _withdrawals(req, c, earlier);
  _suppressions(req, c, earlier);
  _registers(req, c, earlier);
  return end;
}

type _Earlier = (at: number, why: () => string) => void;

/** Withdrawals dated after `now` that cover the message on this channel. */
function _withdrawals(req: _Request, c: _Candidate, earlier: _Earlier): void {
  const ledger = _ledger(req);
  const want = {
    channel: c.channel,
    kind: c.kind,
    purpose: req.message.purpose,
    topic: req.message.topic,
    brand: req.message.brand ?? req.plan._.brand,
  };
  for (let i = 0; i < ledger.events.length; i++) {
    const e = ledger.events[i] as ConsentEvent;
    const at = ledger.at[i] as number;
    if (e.type !== "withdraw" || !(at > req.nowMs) || !scopeCovers(e.scope, want)) continue;
    earlier(at, () => `consent is withdrawn (event '${e.id}')`);
  }
}

/** Suppressions dated after `now` that cover the channel and purpose (an objection: every channel). */
function _suppressions(req: _Request, c: _Candidate, earlier: _Earlier): void {
  for (const s of req.customer.suppressions ?? []) {
    if (s.at === undefined) continue;
    if (!_suppressionCovers(req, s, c.channel)) continue;
    earlier(parseInstant(s.at), () => `a suppression (${s.reason}) starts`);
  }
}

/** Register checks that go stale, and listing overrides that get too old. */
function _registers(req: _Request, c: _Candidate, earlier: _Earlier): void {
  const regs = req.customer.registers;
  if (regs === undefined) return;
  const rel = req.customer.relationship;
  for (const reg of req.plan._.registers) {
    if (!reg.applies(c.facts) || !Object.hasOwn(regs, reg.id)) continue;
    const st = regs[reg.id];
    if (st === undefined) continue;
    const checked = parseInstant(st.checkedAt);
    // Fresh while `now - checked <= maxAge`: stale from the next millisecond.
    earlier(checked + reg.maxAgeMs + 1, () => `the check against register '${reg.id}' goes stale`);
    if (!st.listed || (reg.consentOverrides && c.basis?.code === "basis.consent")) continue;
    // Listed, and let through by a recent purchase or inquiry: until that is too old.
    const over = (at: string | undefined, ms: number | undefined, what: string) => {
      if (at === undefined || ms === undefined) return undefined;
      const t = parseInstant(at);
      return t <= req.nowMs && req.nowMs - t <= ms ? { at: t + ms + 1, what } : undefined;
    };
    const a = over(rel?.lastPurchaseAt, reg.existingCustomerOverridesMs, "purchase");
    const b = over(rel?.lastInquiryAt, reg.inquiryOverridesMs, "inquiry");
    const last = a === undefined ? b : b === undefined || a.at >= b.at ? a : b;
    if (last !== undefined)
      earlier(
        last.at,
        () => `the ${last.what} that overrides the listing on register '${reg.id}' gets too old`,
      );
  }
}
