import type { ChannelKind } from "../model/channel.js";
import type { ConsentEvent } from "../model/consent-event.js";
import type { WeeklyWindow } from "../model/customer.js";
import type { Pack } from "../model/pack.js";
import type { Citation, Policy, RuleContext } from "../model/policy.js";
import type { _Check } from "./pipeline/eligibility.js";
import type { TargetMatcher } from "./target.js";

/**
 * The shapes of a compiled policy. Everything here but `CompiledPolicy`'s `id`, `version` and
 * `policy` is internal: it sits behind the one key `_` (as zod keeps its internals behind
 * `_zod`) and may change in any release.
 */

/** A compiled prohibition. `denies` returns true when the rule forbids the send. */
export interface _CompiledRule {
  readonly id: string;
  readonly description: string | undefined;
  readonly source: Citation | undefined;
  readonly applies: TargetMatcher;
  readonly denies: (ctx: RuleContext) => boolean;
}

/** A compiled existing-customer basis. */
export interface _CompiledExistingCustomer {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly byPurchase: boolean;
  readonly byInquiry: boolean;
  readonly purchaseWithinMs: number | undefined;
  readonly inquiryWithinMs: number | undefined;
  readonly similarProducts: boolean;
  readonly optOutAtCollection: boolean;
  readonly basis: "existing-customer" | "implied";
  readonly contactFromRelationship: boolean;
  readonly source: Citation | undefined;
}

/** A compiled opt-out regime (no prior consent needed) or consent requirement. */
export interface _CompiledConsentRule {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly source: Citation | undefined;
  readonly description: string | undefined;
  /** For requirements: whether a grant has the required form. */
  readonly accept?: (e: ConsentEvent) => boolean;
}

/** A compiled register. */
export interface _CompiledRegister {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly maxAgeMs: number;
  readonly uncheckedIsListed: boolean;
  readonly consentOverrides: boolean;
  readonly existingCustomerOverridesMs: number | undefined;
  readonly inquiryOverridesMs: number | undefined;
  readonly source: Citation | undefined;
}

/** The kinds of time constraint a policy declares, each with the reason code it reports. */
export type _TimeConstraintKind = "quiet-hours" | "calling-window" | "blackout" | "holiday";

/** A compiled time constraint from the policy (windows, quiet hours, blackouts, holidays). */
export interface _CompiledTimeRule {
  readonly id: string;
  readonly code: _TimeConstraintKind;
  readonly applies: TargetMatcher;
  readonly criticalBypass: boolean;
  readonly source: Citation | undefined;
  /** For `quiet-hours` (forbidden) and `calling-window` (allowed). */
  readonly windows?: readonly WeeklyWindow[];
  /** For `blackout`. */
  readonly rrule?: { readonly rrule: string; readonly duration: string };
}

/** A compiled frequency cap. */
export interface _CompiledCap {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly max: number;
  readonly window:
    | { readonly kind: "rolling"; readonly ms: number }
    | { readonly kind: "calendar"; readonly unit: "day" | "week" | "month" };
  readonly countBy: readonly ("purpose" | "channel" | "topic" | "campaign")[];
  readonly source: Citation | undefined;
}

/** What a plan keeps between decisions: each cache bounded, and gone with the plan. */
export interface _PlanCaches {
  /** A policy rule's window or blackout constraint, built once per rule. */
  readonly ruleConstraints: WeakMap<_CompiledTimeRule, unknown>;
}

/** The internals of a compiled policy. */
export interface _Plan {
  readonly kinds: ReadonlyMap<string, ChannelKind>;
  readonly priority: ReadonlyMap<string, number>;
  /** Per channel: whether marketing needs consent or another basis. */
  readonly consentRequired: (channel: string, kind: ChannelKind) => boolean;
  readonly doubleOptIn: ReadonlySet<string>;
  readonly consentMaxAgeMs: number | undefined;
  readonly brand: string | undefined;
  readonly existingCustomer: readonly _CompiledExistingCustomer[];
  readonly optOut: readonly _CompiledConsentRule[];
  readonly consentRequirements: readonly _CompiledConsentRule[];
  readonly registers: readonly _CompiledRegister[];
  readonly rules: readonly _CompiledRule[];
  readonly time: readonly _CompiledTimeRule[];
  readonly caps: readonly _CompiledCap[];
  readonly horizonMs: number;
  readonly defaultMaxDelayMs: number | undefined;
  /** The eligibility checks, in their fixed order (see `pipeline/eligibility.ts`). */
  readonly checks: readonly _Check[];
  readonly caches: _PlanCaches;
  /**
   * The policy exactly as the caller passed it to `compilePolicy` (not copied), so a worker
   * thread can compile the same plan again: a plan holds closures and cannot be sent.
   */
  readonly source: unknown;
  /** The packs the plan was compiled with (`CompileOptions.packs`). */
  readonly packs: Readonly<Record<string, Pack>> | undefined;
}

/**
 * A policy validated and compiled once into a plan, made by `compilePolicy`. Deciding with it is
 * synchronous and cheap. Treat it as opaque: only `id`, `version` and `policy` are public.
 */
export interface CompiledPolicy {
  /** The policy's id, named in every decision. */
  readonly id: string;
  /** The policy's version, named in every decision when set. */
  readonly version: string | undefined;
  /** The validated policy, defaults applied. */
  readonly policy: Policy;
  /** @internal The compiled plan. */
  readonly _: _Plan;
}
