import type { IndexedLedger } from "../consent/ledger.js";
import type { ChannelKind } from "../model/channel.js";
import type { ConsentEvent } from "../model/consent-event.js";
import type { Customer, WeeklyWindow } from "../model/customer.js";
import type { Basis, Reason } from "../model/decision.js";
import type { HistoryEntry } from "../model/history.js";
import type { BooleanMessageFact, Message, MessageFacts } from "../model/message.js";
import type { Pack } from "../model/pack.js";
import type { Citation, Policy, RegisterKind, RuleContext } from "../model/policy.js";
import type { HolidayProvider } from "../time/holidays.js";
import type { TargetFacts, TargetMatcher } from "./target.js";

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
  readonly byContract: boolean;
  readonly byNegotiation: boolean;
  /** A contract counts this long after its end; undefined: only while it runs. */
  readonly contractEndedWithinMs: number | undefined;
  readonly negotiationWithinMs: number | undefined;
  /** The first message under the exception must go this long after the contact was obtained. */
  readonly firstUseWithinMs: number | undefined;
  readonly similarProducts: boolean;
  readonly optOutAtCollection: boolean;
  readonly basis: "existing-customer" | "implied";
  readonly contactFromRelationship: boolean;
  readonly source: Citation | undefined;
  /** From a pack (the law) rather than the sender's own policy. */
  readonly fromPack: boolean;
}

/** A compiled opt-out regime (no prior consent needed) or consent requirement. */
export interface _CompiledConsentRule {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly source: Citation | undefined;
  readonly description: string | undefined;
  /** From a pack (the law) rather than the sender's own policy. */
  readonly fromPack: boolean;
  /** For requirements: whether a grant has the required form. */
  readonly accept?: (e: ConsentEvent) => boolean;
}

/** A compiled `consentValidity` element: where the GDPR standard of consent applies. */
export interface _CompiledValidity {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly requireCapture: boolean;
  readonly source: Citation | undefined;
}

/** A compiled `presumedConsent` element: a business's presumed consent to a call. */
export interface _CompiledPresumed {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly fromRelationship: boolean;
  readonly source: Citation | undefined;
  /** From a pack (the law): where one applies, the sender's own presumptions do not. */
  readonly fromPack: boolean;
}

/** A compiled `requiredFacts` element: facts the law requires of a message. */
export interface _CompiledRequiredFacts {
  readonly id: string;
  readonly description: string | undefined;
  readonly applies: TargetMatcher;
  readonly facts: readonly BooleanMessageFact[];
  readonly optOutValidForMs: number | undefined;
  readonly source: Citation | undefined;
}

/** A compiled `proofRetention` element: how long proof of consent is kept. */
export interface _CompiledRetention {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly years: number;
  readonly fromEachUse: boolean;
  readonly source: Citation | undefined;
}

/** A compiled register. */
export interface _CompiledRegister {
  readonly id: string;
  readonly applies: TargetMatcher;
  /** What a listing means (see `RegisterKindSchema`). */
  readonly kind: RegisterKind;
  /** `holds-consent`: how long after it was given a consent may reach the register. */
  readonly registerWithinMs: number | undefined;
  /** A send resting on one of these basis codes does not consult the register. */
  readonly exempt: ReadonlySet<string>;
  /** `holds-consent`: the register gates consents only. */
  readonly consentsOnly: boolean;
  readonly maxAgeMs: number;
  readonly uncheckedIsListed: boolean;
  readonly consentOverrides: boolean;
  readonly existingCustomerOverridesMs: number | undefined;
  readonly inquiryOverridesMs: number | undefined;
  /** A consent overrides only this long after its grant. */
  readonly consentOverridesWithinMs: number | undefined;
  /** A contract of the message's category overrides; `endedWithinMs` after its end. */
  readonly contractOverrides: { readonly endedWithinMs: number | undefined } | undefined;
  readonly source: Citation | undefined;
}

/** The kinds of time constraint a policy declares, each with the reason code it reports. */
export type _TimeConstraintKind = "quiet-hours" | "calling-window" | "blackout" | "holiday";

/** A compiled time constraint from the policy (windows, quiet hours, blackouts, holidays). */
export interface _CompiledTimeRule {
  readonly id: string;
  readonly code: _TimeConstraintKind;
  readonly applies: TargetMatcher;
  /** The element's jurisdictions: a holiday rule of a subdivision reads that subdivision's calendar. */
  readonly jurisdictions: readonly string[] | undefined;
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
  /** From a pack (the law): a marketing message's `caps: "exempt"` does not exempt it. */
  readonly fromPack: boolean;
}

/** An instant at which a dated policy or pack element enters or leaves force. */
export interface _LawChange {
  /** Epoch ms. */
  readonly at: number;
  /** The element's target without its dates: whether the change concerns a candidate. */
  readonly applies: TargetMatcher;
}

/** A compiled refusal period (`refusals`). */
export interface _CompiledRefusal {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly blocksForMs: number;
  /** Count whole local calendar days from the day after the refusal. */
  readonly fullDays: boolean;
  readonly source: Citation | undefined;
}

/** A compiled rule on what may follow an opt-out (`afterOptOut`). */
export interface _CompiledAfterOptOut {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly confirmations: number;
  readonly revokeAll: boolean;
  readonly description: string | undefined;
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
  /** Where the GDPR standard of consent applies. */
  readonly consentValidity: readonly _CompiledValidity[];
  /** Presumed consent to calls to businesses. */
  readonly presumedConsent: readonly _CompiledPresumed[];
  /** Facts the law requires of a message. */
  readonly requiredFacts: readonly _CompiledRequiredFacts[];
  /** How long proof of consent is kept. */
  readonly proofRetention: readonly _CompiledRetention[];
  /** What is always true of the sender's messages. */
  readonly messageDefaults: Policy["messageDefaults"];
  readonly time: readonly _CompiledTimeRule[];
  readonly caps: readonly _CompiledCap[];
  readonly refusals: readonly _CompiledRefusal[];
  readonly afterOptOut: readonly _CompiledAfterOptOut[];
  readonly horizonMs: number;
  readonly defaultMaxDelayMs: number | undefined;
  /** When the law changes, in time order: a send is searched per stretch between them. */
  readonly changes: readonly _LawChange[];
  /** The eligibility checks, in their fixed order (see `pipeline/eligibility.ts`). */
  readonly checks: readonly _Check[];
  /** Where public holidays come from (`CompileOptions.holidays`). */
  readonly holidays: HolidayProvider | undefined;
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

/** Options that apply to a whole batch (or one decision) rather than to the message. */
export interface BatchOptions {
  /**
   * Spread deferred sends over a release window (an ISO duration such as `PT2H`): each
   * deferred customer gets a stable offset into the window from a hash of their id, and then the
   * first instant at or after it that every constraint allows. Sends that may go now are not
   * moved. Stops a campaign held by quiet hours from going out as one blast at 08:00.
   */
  readonly spread?: string | undefined;
}

/** A message checked against a plan once, for deciding many customers. */
export interface PreparedMessage {
  /** The validated message, defaults applied. */
  readonly message: Message;
  /** @internal the kind of each of the message's channels */
  readonly _kinds: readonly ChannelKind[];
  /** @internal */
  readonly _maxDelayMs: number | undefined;
  /** @internal */
  readonly _notBefore: number | undefined;
  /** @internal */
  readonly _deadline: number | undefined;
  /** @internal spread deferred sends over this many ms after they become possible */
  readonly _spreadMs: number | undefined;
  /** @internal the message's facts on each of its channels, the policy's defaults applied */
  readonly _facts: readonly MessageFacts[];
}

/**
 * One decision in progress: the validated inputs every stage reads, and what is derived from them
 * once per decision (the indexed ledger, the history's instants), made on first use.
 */
export interface _Request {
  readonly plan: CompiledPolicy;
  readonly customer: Customer;
  readonly message: Message;
  readonly pm: PreparedMessage;
  readonly nowMs: number;
  readonly marketing: boolean;
  /** A critical service message: bypasses preferences and the quiet hours that allow it. */
  readonly critical: boolean;
  /** The record's history plus the caller's. */
  readonly history: readonly HistoryEntry[] | undefined;
  /** Per message channel (by index): the jurisdictions its contact point presumes (area codes). */
  readonly presumed: readonly (readonly string[])[];
  /** @see _ledger */
  _ledgerIndex: IndexedLedger | undefined;
  /** @see _historyTimes */
  _historyMs: readonly number[] | undefined;
}

/** One candidate channel as the stages fill it in. */
export interface _Candidate {
  readonly channel: string;
  readonly kind: ChannelKind;
  /** Its place in the message's channel list. */
  readonly index: number;
  /** What the policy's targets match against. */
  readonly facts: TargetFacts;
  /** Why it is blocked or waits. */
  readonly reasons: Reason[];
  /** Ids of the policy and pack rules that applied to it. */
  readonly applied: string[];
  /** The legal basis it would send on (set by the basis check). */
  basis: Basis | undefined;
  /** When `basis` lapses (epoch ms): no send is planned at or after it. */
  basisUntil: number | undefined;
  countsAgainst: string[] | undefined;
  blocked: boolean;
  /** The earliest instant it may go (set by timing). */
  sendAt: number;
}

/** The names of the eligibility checks, in the order they run. */
export type CheckName =
  | "contact"
  | "suppression"
  | "preference"
  | "basis"
  | "register"
  | "rule"
  | "refusal"
  | "facts";

/** One eligibility check. */
export interface _Check {
  readonly name: CheckName;
  readonly run: (req: _Request, c: _Candidate) => void;
}
