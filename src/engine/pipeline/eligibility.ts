import type { _Candidate, _Check, _Plan, _Request } from "../plan.js";
import { basisCheck } from "./checks/basis.js";
import { contactCheck } from "./checks/contact.js";
import { factsCheck } from "./checks/facts.js";
import { preferenceCheck } from "./checks/preference.js";
import { refusalCheck } from "./checks/refusal.js";
import { registerCheck } from "./checks/register.js";
import { ruleCheck } from "./checks/rule.js";
import { suppressionCheck } from "./checks/suppression.js";

/**
 * Stage 3, eligibility: the checks that need no time, each small and named. A check pushes the
 * reasons that block a candidate; a candidate with any reason after every check is blocked. All
 * checks run (no short cut), so a denial lists every reason.
 */

export type { _Check, CheckName } from "../plan.js";

/**
 * Every check, in the fixed order they run: contact, suppression, preference, basis, register,
 * rule, refusal (what may follow an opt-out; it reads the basis check's reasons), facts (the
 * message facts the law requires). The register check comes after the basis check because a
 * consent may override a listing.
 */
export const CHECKS: readonly _Check[] = [
  { name: "contact", run: contactCheck },
  { name: "suppression", run: suppressionCheck },
  { name: "preference", run: preferenceCheck },
  { name: "basis", run: basisCheck },
  { name: "register", run: registerCheck },
  { name: "rule", run: ruleCheck },
  { name: "refusal", run: refusalCheck },
  { name: "facts", run: factsCheck },
];

/** The checks a plan runs: every check, less those with nothing to check in this policy. */
export function _compileChecks(
  plan: Pick<_Plan, "registers" | "rules" | "afterOptOut" | "existingCustomer" | "requiredFacts">,
): readonly _Check[] {
  return CHECKS.filter(
    (c) =>
      (c.name !== "register" || plan.registers.length > 0) &&
      (c.name !== "rule" || plan.rules.length > 0) &&
      (c.name !== "refusal" ||
        plan.afterOptOut.length > 0 ||
        plan.existingCustomer.some((b) => b.basis === "implied")) &&
      (c.name !== "facts" || plan.requiredFacts.length > 0),
  );
}

/** Runs the plan's checks on one candidate; returns whether it is still eligible. */
export function _eligible(req: _Request, c: _Candidate): boolean {
  for (const check of req.plan._.checks) check.run(req, c);
  c.blocked = c.reasons.length > 0;
  return !c.blocked;
}
