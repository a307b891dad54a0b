import type { z } from "zod";
import { BUILTIN_CHANNELS, type ChannelKind, type Purpose } from "../model/channel.js";
import type { ConsentEvent } from "../model/consent-event.js";
import type { WeeklyWindow } from "../model/customer.js";
import { _issuesFromZod, type Issue, PolicyError } from "../model/errors.js";
import {
  type Citation,
  type Policy,
  type PolicyInput,
  PolicySchema,
  type RuleContext,
} from "../model/policy.js";
import { _inspectRaw } from "../model/primitives.js";
import { PACK_LISTS, type Pack } from "../packs/pack.js";
import { validateRrule } from "../time/calendars.js";
import { parseDuration } from "../time/duration.js";
import { compileCondition } from "./conditions.js";
import { compileTarget, type TargetMatcher } from "./target.js";

/** A compiled prohibition. `denies` returns true when the rule forbids the send. */
export interface CompiledRule {
  readonly id: string;
  readonly description: string | undefined;
  readonly source: Citation | undefined;
  readonly applies: TargetMatcher;
  readonly denies: (ctx: RuleContext) => boolean;
}

/** A compiled existing-customer basis. */
export interface CompiledExistingCustomer {
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

/** Options for `compilePolicy`. */
export interface CompileOptions {
  /** The packs a policy may name, by code. The package's `compilePolicy` passes the bundled ones. */
  readonly packs?: Readonly<Record<string, Pack>> | undefined;
}

const _PackFragmentSchema = PolicySchema.pick({
  optOut: true,
  consentRequirements: true,
  existingCustomer: true,
  registers: true,
  rules: true,
  windows: true,
  quietHours: true,
  blackouts: true,
  holidays: true,
  caps: true,
});
const _parsedPacks = new WeakMap<Pack, z.infer<typeof _PackFragmentSchema>>();

/**
 * Appends the elements of the packs the policy names (and the packs they include) to the
 * policy's own lists, each scoped to its pack's jurisdictions.
 */
function _mergePacks(p: Policy, registry: Readonly<Record<string, Pack>>, issues: Issue[]): void {
  if (p.packs === undefined) return;
  const chosen: Pack[] = [];
  const seen = new Set<string>();
  const available = Object.keys(registry);
  const add = (code: string, path: (string | number)[]) => {
    if (seen.has(code)) return;
    const pack = Object.hasOwn(registry, code) ? registry[code] : undefined;
    if (pack === undefined) {
      issues.push({
        code: "unknown_pack",
        path,
        message: `unknown pack '${code}'; bundled packs: ${available.length > 0 ? available.join(", ") : "none"}`,
      });
      return;
    }
    seen.add(code);
    chosen.push(pack);
    for (const inc of pack.includes ?? []) add(inc, path);
  };
  if (p.packs === "auto") {
    if (available.length === 0)
      issues.push({
        code: "unknown_pack",
        path: ["packs"],
        message: "'auto' needs jurisdiction packs, and none are available",
      });
    for (const code of available) add(code, ["packs"]);
  } else p.packs.forEach((code, i) => add(code, ["packs", i]));

  const target = p as unknown as Record<string, unknown[] | undefined>;
  for (const pack of chosen) {
    let frag = _parsedPacks.get(pack);
    if (frag === undefined) {
      const r = _PackFragmentSchema.safeParse(pack.policy);
      if (!r.success) {
        issues.push(..._issuesFromZod(r.error, ["packs", pack.code]));
        continue;
      }
      frag = r.data;
      _parsedPacks.set(pack, frag);
    }
    for (const field of PACK_LISTS) {
      const els = frag[field] as
        | ({ jurisdictions?: readonly string[] | undefined } & object)[]
        | undefined;
      if (els === undefined || els.length === 0) continue;
      target[field] = [
        ...(target[field] ?? []),
        ...els.map((el) =>
          el.jurisdictions === undefined ? { ...el, jurisdictions: [...pack.jurisdictions] } : el,
        ),
      ];
    }
  }
}

/** A compiled opt-out regime (no prior consent needed) or consent requirement. */
export interface CompiledConsentRule {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly source: Citation | undefined;
  readonly description: string | undefined;
  /** For requirements: whether a grant has the required form. */
  readonly accept?: (e: ConsentEvent) => boolean;
}

/** A compiled register. */
export interface CompiledRegister {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly maxAgeMs: number;
  readonly uncheckedIsListed: boolean;
  readonly consentOverrides: boolean;
  readonly existingCustomerOverridesMs: number | undefined;
  readonly inquiryOverridesMs: number | undefined;
  readonly source: Citation | undefined;
}

/** The kinds of time constraint, each with the reason code it reports. */
export type TimeConstraintKind = "quiet-hours" | "calling-window" | "blackout" | "holiday";

/** A compiled time constraint from the policy (windows, quiet hours, blackouts, holidays). */
export interface CompiledTimeRule {
  readonly id: string;
  readonly code: TimeConstraintKind;
  readonly applies: TargetMatcher;
  readonly criticalBypass: boolean;
  readonly source: Citation | undefined;
  /** For `quiet-hours` (forbidden) and `calling-window` (allowed). */
  readonly windows?: readonly WeeklyWindow[];
  /** For `blackout`. */
  readonly rrule?: { readonly rrule: string; readonly duration: string };
}

/** A compiled frequency cap. */
export interface CompiledCap {
  readonly id: string;
  readonly applies: TargetMatcher;
  readonly max: number;
  readonly window:
    | { readonly kind: "rolling"; readonly ms: number }
    | { readonly kind: "calendar"; readonly unit: "day" | "week" | "month" };
  readonly countBy: readonly ("purpose" | "channel" | "topic" | "campaign")[];
  readonly source: Citation | undefined;
}

/**
 * A policy validated and compiled once into a plan. Deciding with it is synchronous and cheap.
 * Treat it as opaque: its fields may change between minor versions, except `id`, `version` and
 * `policy`.
 */
export interface CompiledPolicy {
  readonly id: string;
  readonly version: string | undefined;
  /** The validated policy, defaults applied. */
  readonly policy: Policy;
  /** @internal */
  readonly _kinds: ReadonlyMap<string, ChannelKind>;
  /** @internal */
  readonly _priority: ReadonlyMap<string, number>;
  /** @internal per channel: whether marketing needs consent or another basis */
  readonly _consentRequired: (channel: string, kind: ChannelKind) => boolean;
  /** @internal */
  readonly _doubleOptIn: ReadonlySet<string>;
  /** @internal */
  readonly _consentMaxAgeMs: number | undefined;
  /** @internal */
  readonly _brand: string | undefined;
  /** @internal */
  readonly _existingCustomer: readonly CompiledExistingCustomer[];
  /** @internal */
  readonly _optOut: readonly CompiledConsentRule[];
  /** @internal */
  readonly _consentRequirements: readonly CompiledConsentRule[];
  /** @internal */
  readonly _registers: readonly CompiledRegister[];
  /** @internal */
  readonly _rules: readonly CompiledRule[];
  /** @internal */
  readonly _time: readonly CompiledTimeRule[];
  /** @internal */
  readonly _caps: readonly CompiledCap[];
  /** @internal */
  readonly _horizonMs: number;
  /** @internal */
  readonly _defaultMaxDelayMs: number | undefined;
  /**
   * @internal The policy exactly as the caller passed it to `compilePolicy` (not copied), so a
   * worker thread can compile the same plan again: a plan holds closures and cannot be sent.
   */
  readonly _source: unknown;
  /** @internal The packs the plan was compiled with (`CompileOptions.packs`). */
  readonly _packs: Readonly<Record<string, Pack>> | undefined;
}

/**
 * Declares a policy with full type checking and no other effect; pass the result to
 * `compilePolicy`. Typed `test` predicates on rules are allowed here.
 *
 * @example
 * const policy = definePolicy({ id: "acme", rules: [{ id: "vip", when: { field: "customer.attributes.tier", op: "eq", value: "blocked" } }] });
 */
export function definePolicy<const P extends PolicyInput>(policy: P): P {
  return policy;
}

const _MAX_HORIZON_MS = 366 * 86_400_000;

function _ms(
  value: string | undefined,
  path: (string | number)[],
  issues: Issue[],
): number | undefined {
  if (value === undefined) return undefined;
  try {
    return parseDuration(value);
  } catch (e) {
    issues.push({ code: "invalid_duration", path, message: (e as Error).message });
    return undefined;
  }
}

/**
 * Validates a policy and compiles it into a plan. Throws a `PolicyError` that lists every problem
 * with its path; never returns a half-valid plan.
 *
 * @param input - the policy, as JSON or from `definePolicy`
 * @returns the compiled plan, to pass to `decide` and `decideMany`
 * @throws {PolicyError} when anything in the policy is invalid
 * @example
 * const plan = compilePolicy({ id: "acme", channelPriority: ["email", "sms"] });
 */
export function compilePolicy(input: unknown, options: CompileOptions = {}): CompiledPolicy {
  const r = safeCompilePolicy(input, options);
  if (!r.success) throw r.error;
  return r.data;
}

/**
 * Like `compilePolicy`, but returns `{ success: true, data }` or `{ success: false, error }`
 * instead of throwing.
 */
export function safeCompilePolicy(
  input: unknown,
  options: CompileOptions = {},
): { success: true; data: CompiledPolicy } | { success: false; error: PolicyError } {
  const raw = _inspectRaw(input);
  if (raw !== undefined) return { success: false, error: new PolicyError([raw]) };
  const parsed = PolicySchema.safeParse(input);
  if (!parsed.success) {
    return {
      success: false,
      error: new PolicyError(_nonEmpty(_issuesFromZod(parsed.error as z.ZodError)), {
        cause: parsed.error,
      }),
    };
  }
  const p = parsed.data;
  const issues: Issue[] = [];

  _mergePacks(p, options.packs ?? {}, issues);

  const kinds = new Map<string, ChannelKind>(Object.entries(BUILTIN_CHANNELS));
  for (const [name, def] of Object.entries(p.channels ?? {})) {
    if (kinds.has(name)) {
      issues.push({
        code: "duplicate_channel",
        path: ["channels", name],
        message: `'${name}' is a built-in channel`,
      });
    } else kinds.set(name, def.kind);
  }
  const checkChannels = (list: readonly string[] | undefined, path: (string | number)[]) => {
    list?.forEach((c, i) => {
      if (!kinds.has(c))
        issues.push({
          code: "unknown_channel",
          path: [...path, i],
          message: `unknown channel '${c}': declare it under 'channels'`,
        });
    });
  };
  checkChannels(p.channelPriority, ["channelPriority"]);
  checkChannels(p.consent?.doubleOptIn, ["consent", "doubleOptIn"]);

  const ids = new Map<string, string>();
  const checkId = (id: string, path: (string | number)[]) => {
    const prev = ids.get(id);
    if (prev !== undefined)
      issues.push({
        code: "duplicate_id",
        path: [...path, "id"],
        message: `id '${id}' is already used at ${prev}`,
      });
    else ids.set(id, path.join("."));
  };
  const targetOf = <T extends { channels?: readonly string[] | undefined }>(
    el: T & Parameters<typeof compileTarget>[0],
    path: (string | number)[],
    defaultPurposes?: readonly Purpose[],
  ) => {
    checkChannels(el.channels, [...path, "channels"]);
    return compileTarget(el, defaultPurposes);
  };

  const required = p.consent?.required ?? {};
  for (const key of Object.keys(required)) {
    if (!kinds.has(key) && !["electronic", "telephone", "mail", "online"].includes(key))
      issues.push({
        code: "unknown_channel",
        path: ["consent", "required", key],
        message: `'${key}' is neither a channel nor a channel kind`,
      });
  }
  const consentRequired = (channel: string, kind: ChannelKind): boolean =>
    (Object.hasOwn(required, channel)
      ? required[channel]
      : Object.hasOwn(required, kind)
        ? required[kind]
        : true) !== false;

  const existingCustomer: CompiledExistingCustomer[] = (p.existingCustomer ?? []).map((b, i) => {
    const path = ["existingCustomer", i];
    checkId(b.id, path);
    if (b.inquiryWithin !== undefined && !b.obtainedBy.includes("inquiry"))
      issues.push({
        code: "invalid_basis",
        path: [...path, "inquiryWithin"],
        message: "'inquiryWithin' needs 'inquiry' in 'obtainedBy'",
      });
    return {
      id: b.id,
      applies: targetOf(b, path, ["marketing"]),
      byPurchase: b.obtainedBy.includes("purchase"),
      byInquiry: b.obtainedBy.includes("inquiry"),
      purchaseWithinMs: _ms(b.purchaseWithin, [...path, "purchaseWithin"], issues),
      inquiryWithinMs: _ms(b.inquiryWithin, [...path, "inquiryWithin"], issues),
      similarProducts: b.similarProducts,
      optOutAtCollection: b.optOutAtCollection,
      basis: b.basis,
      contactFromRelationship: b.contactFromRelationship,
      source: b.source,
    };
  });

  const optOut: CompiledConsentRule[] = (p.optOut ?? []).map((o, i) => {
    const path = ["optOut", i];
    checkId(o.id, path);
    return {
      id: o.id,
      applies: targetOf(o, path, ["marketing"]),
      source: o.source,
      description: o.description,
    };
  });
  const consentRequirements: CompiledConsentRule[] = (p.consentRequirements ?? []).map((c, i) => {
    const path = ["consentRequirements", i];
    checkId(c.id, path);
    const methods = c.methods === undefined ? undefined : new Set<string>(c.methods);
    const evidence = c.evidence === true;
    return {
      id: c.id,
      applies: targetOf(c, path, ["marketing"]),
      source: c.source,
      description: c.description,
      accept: (e: ConsentEvent) =>
        (methods === undefined || (e.method !== undefined && methods.has(e.method))) &&
        (!evidence || (e.evidence !== undefined && Object.keys(e.evidence).length > 0)),
    };
  });

  const registers: CompiledRegister[] = (p.registers ?? []).map((r, i) => {
    const path = ["registers", i];
    checkId(r.id, path);
    return {
      id: r.id,
      applies: targetOf(r, path, ["marketing"]),
      maxAgeMs: _ms(r.maxAge, [...path, "maxAge"], issues) ?? 0,
      uncheckedIsListed: r.uncheckedIsListed,
      consentOverrides: r.consentOverrides,
      existingCustomerOverridesMs: _ms(
        r.existingCustomerOverrides,
        [...path, "existingCustomerOverrides"],
        issues,
      ),
      inquiryOverridesMs: _ms(r.inquiryOverrides, [...path, "inquiryOverrides"], issues),
      source: r.source,
    };
  });

  const rules: CompiledRule[] = (p.rules ?? []).map((r, i) => {
    const path = ["rules", i];
    checkId(r.id, path);
    let denies: (ctx: RuleContext) => boolean = () => true;
    if (r.test !== undefined) {
      const test = r.test;
      denies = (ctx) => test(ctx) === true;
    } else {
      const cond = (r.when ?? r.unless) as NonNullable<typeof r.when>;
      const compiled = compileCondition(cond);
      if (!compiled.ok) {
        for (const pr of compiled.problems)
          issues.push({
            code: "invalid_condition",
            path: [...path, r.when ? "when" : "unless", ...pr.path],
            message: pr.message,
          });
      } else if (r.when !== undefined) denies = compiled.fn;
      else {
        const fn = compiled.fn;
        denies = (ctx) => !fn(ctx);
      }
    }
    return {
      id: r.id,
      description: r.description,
      source: r.source,
      applies: targetOf(r, path),
      denies,
    };
  });

  const time: CompiledTimeRule[] = [];
  (p.quietHours ?? []).forEach((q, i) => {
    const path = ["quietHours", i];
    checkId(q.id, path);
    time.push({
      id: q.id,
      code: "quiet-hours",
      applies: targetOf(q, path),
      criticalBypass: q.criticalBypass,
      source: q.source,
      windows: q.windows,
    });
  });
  (p.windows ?? []).forEach((w, i) => {
    const path = ["windows", i];
    checkId(w.id, path);
    time.push({
      id: w.id,
      code: "calling-window",
      applies: targetOf(w, path),
      criticalBypass: w.criticalBypass,
      source: w.source,
      windows: w.windows,
    });
  });
  (p.blackouts ?? []).forEach((b, i) => {
    const path = ["blackouts", i];
    checkId(b.id, path);
    const err = validateRrule(b.rrule);
    if (err !== undefined)
      issues.push({ code: "invalid_rrule", path: [...path, "rrule"], message: err });
    _ms(b.duration, [...path, "duration"], issues);
    time.push({
      id: b.id,
      code: "blackout",
      applies: targetOf(b, path),
      criticalBypass: b.criticalBypass,
      source: b.source,
      rrule: { rrule: b.rrule, duration: b.duration },
    });
  });
  (p.holidays ?? []).forEach((h, i) => {
    const path = ["holidays", i];
    checkId(h.id, path);
    time.push({
      id: h.id,
      code: "holiday",
      applies: targetOf(h, path),
      criticalBypass: h.criticalBypass,
      source: h.source,
    });
  });

  const caps: CompiledCap[] = (p.caps ?? []).map((c, i) => {
    const path = ["caps", i];
    checkId(c.id, path);
    const window =
      c.window === "day" || c.window === "week" || c.window === "month"
        ? ({ kind: "calendar", unit: c.window } as const)
        : ({ kind: "rolling", ms: _ms(c.window, [...path, "window"], issues) ?? 0 } as const);
    return {
      id: c.id,
      applies: targetOf(c, path),
      max: c.max,
      window,
      countBy: c.countBy,
      source: c.source,
    };
  });

  const horizonMs = _ms(p.horizon, ["horizon"], issues) ?? 0;
  if (horizonMs > _MAX_HORIZON_MS)
    issues.push({
      code: "too_big",
      path: ["horizon"],
      message: "the horizon may be at most 366 days",
    });

  const priority = new Map<string, number>();
  p.channelPriority?.forEach((c, i) => {
    if (!priority.has(c)) priority.set(c, i);
  });

  const consentMaxAgeMs = _ms(p.consent?.maxAge, ["consent", "maxAge"], issues);
  const defaultMaxDelayMs = _ms(p.defaults?.maxDelay, ["defaults", "maxDelay"], issues);
  if (issues.length > 0) return { success: false, error: new PolicyError(_nonEmpty(issues)) };
  return {
    success: true,
    data: {
      id: p.id,
      version: p.version,
      policy: p,
      _kinds: kinds,
      _priority: priority,
      _consentRequired: consentRequired,
      _doubleOptIn: new Set(p.consent?.doubleOptIn ?? []),
      _consentMaxAgeMs: consentMaxAgeMs,
      _brand: p.consent?.brand,
      _existingCustomer: existingCustomer,
      _optOut: optOut,
      _consentRequirements: consentRequirements,
      _registers: registers,
      _rules: rules,
      _time: time,
      _caps: caps,
      _horizonMs: horizonMs,
      _defaultMaxDelayMs: defaultMaxDelayMs,
      _source: input,
      _packs: options.packs,
    },
  };
}

function _nonEmpty(issues: Issue[]): [Issue, ...Issue[]] {
  return issues.length > 0
    ? (issues as [Issue, ...Issue[]])
    : [{ code: "unknown", path: [], message: "invalid policy" }];
}
