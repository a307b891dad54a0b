import type { Basis } from "../../../model/decision.js";
import { parseInstant } from "../../../time/instant.js";
import type { _CompiledExistingCustomer } from "../../plan.js";
import { _iso } from "../../reasons.js";
import { type _Candidate, _contactOf, type _Request } from "../request.js";

/** What the existing-customer exceptions that apply give: a basis, or why each one fails. */
export interface _ExistingCustomerResult {
  readonly basis?: Basis;
  /** When the basis lapses (epoch ms). */
  readonly until?: number | undefined;
  /** Why each exception considered did not hold. */
  readonly notes: string[];
  /** Ids of the exceptions considered. */
  readonly considered: string[];
}

type _Kind = "purchase" | "inquiry";

/**
 * The first existing-customer exception that holds for the candidate, else why none does.
 *
 * @param lawOnly - only the packs' exceptions count (a pack asks for consent here)
 */
export function existingCustomerBasis(
  req: _Request,
  c: _Candidate,
  lawOnly = false,
): _ExistingCustomerResult {
  const notes: string[] = [];
  const considered: string[] = [];
  for (const b of req.plan._.existingCustomer) {
    if (!b.applies(c.facts) || (lawOnly && !b.fromPack)) continue;
    considered.push(b.id);
    const r = _one(req, c, b);
    if (typeof r === "string") {
      notes.push(`'${b.id}' ${r}`);
      continue;
    }
    return { basis: r.basis, until: r.until, notes, considered };
  }
  return { notes, considered };
}

/** One exception: its basis, or why it does not hold. */
function _one(
  req: _Request,
  c: _Candidate,
  b: _CompiledExistingCustomer,
): string | { basis: Basis; until: number | undefined } {
  const { customer, message } = req;
  const rel = customer.relationship;
  const how = _contactOf(customer, c.channel)?.obtained?.method;
  const allowed: _Kind[] = [];
  if (b.byPurchase) allowed.push("purchase");
  if (b.byInquiry) allowed.push("inquiry");
  let kinds = allowed;
  if (b.contactFromRelationship) {
    if (how !== "purchase" && how !== "inquiry" ? true : !allowed.includes(how))
      return `needs the ${c.channel} contact obtained in a ${allowed.join(" or ")} (it was ${how ?? "not recorded"})`;
    kinds = [how as _Kind];
  }
  if (b.optOutAtCollection && _contactOf(customer, c.channel)?.obtained?.optOutOffered !== true)
    return "needs an opt-out offered at collection";
  if (b.similarProducts) {
    const cat = message.category;
    if (cat === undefined || !(rel?.purchasedCategories ?? []).includes(cat))
      return `needs the message's category among the customer's purchases (${cat ?? "message has no category"})`;
  }
  const best = _longestRelationship(req, b, kinds);
  if (best === undefined)
    return `needs a ${kinds.join(" or ")} within its time limit (last purchase ${rel?.lastPurchaseAt ?? "none"}, last inquiry ${rel?.lastInquiryAt ?? "none"})`;
  const f: Record<string, string> = { relationship: best.kind };
  if (how !== undefined) f.obtainedBy = how;
  if (best.at !== undefined)
    f[best.kind === "purchase" ? "lastPurchaseAt" : "lastInquiryAt"] = best.at;
  if (message.category !== undefined) f.category = message.category;
  const basis: { -readonly [K in keyof Basis]: Basis[K] } = {
    code: b.basis === "implied" ? "basis.implied" : "basis.existing-customer",
    rule: b.id,
    facts: f,
  };
  if (b.source !== undefined) basis.source = b.source;
  if (best.expiresAt !== undefined) basis.expiresAt = _iso(best.expiresAt);
  return { basis, until: best.expiresAt };
}

/** The relationship that lasts longest; one without a time limit never lapses. */
function _longestRelationship(
  req: _Request,
  b: _CompiledExistingCustomer,
  kinds: readonly _Kind[],
): { kind: _Kind; at?: string; expiresAt?: number } | undefined {
  const rel = req.customer.relationship;
  let best: { kind: _Kind; at?: string; expiresAt?: number } | undefined;
  for (const kind of kinds) {
    const at = kind === "purchase" ? rel?.lastPurchaseAt : rel?.lastInquiryAt;
    const within = kind === "purchase" ? b.purchaseWithinMs : b.inquiryWithinMs;
    if (within === undefined) {
      if (b.contactFromRelationship || at !== undefined)
        return at === undefined ? { kind } : { kind, at };
      continue;
    }
    if (at === undefined) continue;
    const last = parseInstant(at);
    const expiresAt = last + within;
    if (
      last <= req.nowMs &&
      req.nowMs < expiresAt &&
      (best === undefined || (best.expiresAt !== undefined && expiresAt > best.expiresAt))
    )
      best = { kind, at, expiresAt };
  }
  return best;
}
