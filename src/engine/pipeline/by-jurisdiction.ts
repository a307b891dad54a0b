import type { _Plan, CompiledPolicy } from "../plan.js";
import { canApplyIn, type TargetMatcher } from "../target.js";

/**
 * The plan as a decision for a customer in one jurisdiction sees it: every list of elements keeps
 * only those whose jurisdictions may include the customer's (`canApplyIn`), so a decision walks
 * the rules of the customer's own state and country, not every pack's. Decisions are the same as
 * with the whole plan: an element dropped here could never apply to the customer (the customer's
 * jurisdiction is the same for every candidate of a decision). `presumed` are the jurisdictions
 * the customer's telephone numbers presume (area-code states): their restrictive elements are
 * kept too. Built once per plan, jurisdiction and presumed set, and kept with the plan.
 */
export function _planFor(
  plan: CompiledPolicy,
  jurisdiction: string,
  presumed: readonly string[] = [],
): CompiledPolicy {
  let views = _views.get(plan._);
  if (views === undefined) {
    views = new Map();
    _views.set(plan._, views);
  }
  const key = presumed.length === 0 ? jurisdiction : `${jurisdiction}|${presumed.join(",")}`;
  let view = views.get(key);
  if (view === undefined) {
    view = _view(plan, jurisdiction, presumed);
    views.set(key, view);
  }
  return view;
}

const _views = new WeakMap<_Plan, Map<string, CompiledPolicy>>();

function _view(plan: CompiledPolicy, j: string, presumed: readonly string[]): CompiledPolicy {
  const p = plan._;
  let dropped = false;
  const keep = <T extends { readonly applies: TargetMatcher }>(
    list: readonly T[],
  ): readonly T[] => {
    const out = list.filter((el) => canApplyIn(el.applies, j, presumed));
    if (out.length === list.length) return list;
    dropped = true;
    return out;
  };
  const _: _Plan = {
    ...p,
    existingCustomer: keep(p.existingCustomer),
    optOut: keep(p.optOut),
    consentRequirements: keep(p.consentRequirements),
    registers: keep(p.registers),
    rules: keep(p.rules),
    time: keep(p.time),
    caps: keep(p.caps),
    refusals: keep(p.refusals),
    afterOptOut: keep(p.afterOptOut),
    changes: keep(p.changes),
  };
  return dropped ? { ...plan, _ } : plan;
}
