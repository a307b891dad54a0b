import type { Contract } from "../../../model/customer.js";
import type { Basis } from "../../../model/decision.js";
import { parseInstant } from "../../../time/instant.js";
import type { _CompiledExistingCustomer } from "../../plan.js";
import { _iso } from "../../reasons.js";
import { type _Candidate, _contactOf, _historyTimes, type _Request } from "../request.js";

/** What the existing-customer exceptions that apply give: a basis, or why each one fails. */
export interface _ExistingCustomerResult {
  readonly basis?: Basis;
  /** When the basis lapses (epoch ms). */
  readonly until?: number | undefined;
  /** Why each exception considered did not hold. */
  readonly notes: string[];
  /** Ids of the exceptions considered. */
  readonly considered: string[];
  /** Whether an exception failed only because its time limit ran out (an implied consent that expired). */
  readonly expired?: boolean;
}

type _Kind = "purchase" | "inquiry" | "contract" | "negotiation";

/** One relationship that holds: its kind, its instant, when it lapses, and its facts. */
interface _Held {
  readonly kind: _Kind;
  readonly at?: string;
  readonly expiresAt?: number;
  readonly facts: Record<string, string>;
}

/** A failure of one exception, and whether it is only a time limit that ran out. */
type _Fail = { readonly why: string; readonly expired?: boolean };

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
  let expired = false;
  for (const b of req.plan._.existingCustomer) {
    if (!b.applies(c.facts) || (lawOnly && !b.fromPack)) continue;
    considered.push(b.id);
    const r = _one(req, c, b);
    if ("why" in r) {
      notes.push(`'${b.id}' ${r.why}`);
      if (r.expired === true && b.basis === "implied") expired = true;
      continue;
    }
    return { basis: r.basis, until: r.until, notes, considered };
  }
  return expired ? { notes, considered, expired } : { notes, considered };
}

/** The relationship kinds an exception accepts, in a fixed order. */
function _allowed(b: _CompiledExistingCustomer): _Kind[] {
  const out: _Kind[] = [];
  if (b.byPurchase) out.push("purchase");
  if (b.byInquiry) out.push("inquiry");
  if (b.byContract) out.push("contract");
  if (b.byNegotiation) out.push("negotiation");
  return out;
}

/** One exception: its basis, or why it does not hold. */
function _one(
  req: _Request,
  c: _Candidate,
  b: _CompiledExistingCustomer,
): _Fail | { basis: Basis; until: number | undefined } {
  const { customer, message } = req;
  const contact = _contactOf(customer, c.channel);
  const how = contact?.obtained?.method;
  const allowed = _allowed(b);
  let kinds = allowed;
  if (b.contactFromRelationship) {
    // A contract is a sale, negotiations are an inquiry: the contact was obtained in one.
    kinds = allowed.filter((k) =>
      k === "purchase" || k === "contract" ? how === "purchase" : how === "inquiry",
    );
    if (kinds.length === 0)
      return {
        why: `needs the ${c.channel} contact obtained in a ${allowed.join(" or ")} (it was ${how ?? "not recorded"})`,
      };
  }
  if (b.optOutAtCollection && contact?.obtained?.optOutOffered !== true)
    return { why: "needs an opt-out offered at collection" };
  const held = _best(req, b, kinds);
  if ("why" in held) return held;
  let expiresAt = held.expiresAt;
  if (b.firstUseWithinMs !== undefined) {
    const first = _firstUse(req, c, b.firstUseWithinMs);
    if (typeof first === "object") return first;
    if (first !== undefined && (expiresAt === undefined || first < expiresAt)) expiresAt = first;
  }
  const f: Record<string, string> = { relationship: held.kind };
  if (how !== undefined) f.obtainedBy = how;
  Object.assign(f, held.facts);
  if (message.category !== undefined) f.category = message.category;
  const basis: { -readonly [K in keyof Basis]: Basis[K] } = {
    code: b.basis === "implied" ? "basis.implied" : "basis.existing-customer",
    rule: b.id,
    facts: f,
  };
  if (b.source !== undefined) basis.source = b.source;
  if (expiresAt !== undefined) basis.expiresAt = _iso(expiresAt);
  return { basis, until: expiresAt };
}

/**
 * The first-use limit: the first message under the exception must go within `ms` after the
 * contact was obtained. Returns a failure, the instant the exception is lost unless used (when not
 * yet used), or `undefined` when it was used in time.
 */
function _firstUse(req: _Request, c: _Candidate, ms: number): _Fail | number | undefined {
  const at = _contactOf(req.customer, c.channel)?.obtained?.at;
  if (at === undefined)
    return {
      why: `has a first-use limit and needs the instant the contact was obtained (contacts.${c.channel}.obtained.at)`,
    };
  const obtained = parseInstant(at);
  const deadline = obtained + ms;
  const hs = req.history ?? [];
  const times = _historyTimes(req);
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    const t = times[i] as number;
    if (h?.channel === c.channel && h.purpose === "marketing" && t >= obtained && t < deadline)
      return undefined;
  }
  if (req.nowMs >= deadline)
    return {
      why: `had to be used first by ${_iso(deadline)} (contact obtained ${at}) and was not`,
      expired: true,
    };
  return deadline;
}

/** The relationship of an accepted kind that lasts longest, or why none holds. */
function _best(
  req: _Request,
  b: _CompiledExistingCustomer,
  kinds: readonly _Kind[],
): _Held | _Fail {
  const rs: (_Held | _Fail)[] = [];
  const dated = kinds.filter(
    (k): k is "purchase" | "inquiry" => k === "purchase" || k === "inquiry",
  );
  if (dated.length > 0) rs.push(_dated(req, b, dated));
  if (kinds.includes("contract")) rs.push(_contract(req, b));
  if (kinds.includes("negotiation")) rs.push(_negotiation(req, b));
  let best: _Held | undefined;
  for (const r of rs) {
    if ("why" in r) continue;
    if (r.expiresAt === undefined) return r;
    if (best === undefined || (best.expiresAt !== undefined && r.expiresAt > best.expiresAt))
      best = r;
  }
  if (best !== undefined) return best;
  const fails = rs as _Fail[];
  const why = fails.map((f) => f.why).join("; ");
  return fails.some((f) => f.expired === true) ? { why, expired: true } : { why };
}

/**
 * A purchase or an inquiry, with the "similar products" test on the categories bought: the one
 * that lasts longest; one without a time limit never lapses.
 */
function _dated(
  req: _Request,
  b: _CompiledExistingCustomer,
  kinds: readonly ("purchase" | "inquiry")[],
): _Held | _Fail {
  const rel = req.customer.relationship;
  const cat = req.message.category;
  if (b.similarProducts && (cat === undefined || !(rel?.purchasedCategories ?? []).includes(cat)))
    return {
      why: `needs the message's category among the customer's purchases (${cat ?? "message has no category"})`,
    };
  let best: _Held | undefined;
  let expired = false;
  for (const kind of kinds) {
    const at = kind === "purchase" ? rel?.lastPurchaseAt : rel?.lastInquiryAt;
    const within = kind === "purchase" ? b.purchaseWithinMs : b.inquiryWithinMs;
    const facts: Record<string, string> =
      at === undefined ? {} : { [kind === "purchase" ? "lastPurchaseAt" : "lastInquiryAt"]: at };
    if (within === undefined) {
      if (b.contactFromRelationship || at !== undefined)
        return at === undefined ? { kind, facts } : { kind, at, facts };
      continue;
    }
    if (at === undefined) continue;
    const last = parseInstant(at);
    const expiresAt = last + within;
    if (last <= req.nowMs && req.nowMs >= expiresAt) expired = true;
    if (
      last <= req.nowMs &&
      req.nowMs < expiresAt &&
      (best === undefined || (best.expiresAt !== undefined && expiresAt > best.expiresAt))
    )
      best = { kind, at, expiresAt, facts };
  }
  if (best !== undefined) return best;
  const why = `needs a ${kinds.join(" or ")} within its time limit (last purchase ${rel?.lastPurchaseAt ?? "none"}, last inquiry ${rel?.lastInquiryAt ?? "none"})`;
  return expired ? { why, expired } : { why };
}

/** A contract of the message's type that runs (or ended within the exception's limit). */
function _contract(req: _Request, b: _CompiledExistingCustomer): _Held | _Fail {
  const r = contractHolds(req, b.contractEndedWithinMs, b.similarProducts);
  if ("why" in r) return r;
  const facts: Record<string, string> = {
    contractType: r.contract.type,
    contractStart: r.contract.start,
  };
  if (r.contract.id !== undefined) facts.contractId = r.contract.id;
  if (r.contract.end !== undefined) facts.contractEnd = r.contract.end;
  return r.expiresAt === undefined
    ? { kind: "contract", at: r.contract.start, facts }
    : { kind: "contract", at: r.contract.start, expiresAt: r.expiresAt, facts };
}

/**
 * The contract that holds at `now` and lasts longest: started, running or ended less than
 * `endedWithinMs` ago, and (with `sameType`) of the message's category. Exported for the register
 * check, whose contract override is the same test.
 */
export function contractHolds(
  req: _Request,
  endedWithinMs: number | undefined,
  sameType: boolean,
): { contract: Contract; expiresAt: number | undefined } | _Fail {
  const cat = req.message.category;
  const contracts = req.customer.relationship?.contracts ?? [];
  if (contracts.length === 0) return { why: "needs a contract (none recorded)" };
  if (sameType && cat === undefined)
    return {
      why: "needs the message's category to match a contract's type (message has no category)",
    };
  let best: { contract: Contract; expiresAt: number | undefined } | undefined;
  let expired = false;
  for (const k of contracts) {
    if (sameType && k.type !== cat) continue;
    if (parseInstant(k.start) > req.nowMs) continue;
    const expiresAt = k.end === undefined ? undefined : parseInstant(k.end) + (endedWithinMs ?? 0);
    if (expiresAt !== undefined && req.nowMs >= expiresAt) {
      expired = true;
      continue;
    }
    if (expiresAt === undefined) return { contract: k, expiresAt };
    if (best === undefined || (best.expiresAt !== undefined && expiresAt > best.expiresAt))
      best = { contract: k, expiresAt };
  }
  if (best !== undefined) return best;
  const what = sameType ? `of type '${cat}' ` : "";
  const limit = endedWithinMs === undefined ? "running" : "running or recently ended";
  return expired
    ? { why: `needs a contract ${what}that is ${limit} (it ended)`, expired: true }
    : { why: `needs a contract ${what}that is ${limit} (none)` };
}

/** Negotiations for a sale of the message's type, within the exception's limit. */
function _negotiation(req: _Request, b: _CompiledExistingCustomer): _Held | _Fail {
  const cat = req.message.category;
  const ns = req.customer.relationship?.negotiations ?? [];
  let best: _Held | undefined;
  let expired = false;
  for (const n of ns) {
    if (b.similarProducts && n.type !== cat) continue;
    const t = parseInstant(n.at);
    if (t > req.nowMs) continue;
    const expiresAt = b.negotiationWithinMs === undefined ? undefined : t + b.negotiationWithinMs;
    const held: _Held = {
      kind: "negotiation",
      at: n.at,
      facts: { negotiatedAt: n.at, negotiatedType: n.type },
    };
    if (expiresAt === undefined) return held;
    if (req.nowMs >= expiresAt) {
      expired = true;
      continue;
    }
    if (best === undefined || (best.expiresAt !== undefined && expiresAt > best.expiresAt))
      best = { ...held, expiresAt };
  }
  if (best !== undefined) return best;
  const what = b.similarProducts
    ? ` for the message's category (${cat ?? "message has no category"})`
    : "";
  return {
    why: `needs negotiations for a sale${what}${expired ? " within its time limit" : ""}`,
    ...(expired ? { expired } : {}),
  };
}
