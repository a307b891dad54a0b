import type * as z from "zod";
import {
  BUILTIN_CHANNELS,
  type BuiltinChannel,
  type ChannelKind,
  type Purpose,
} from "../model/channel.js";
import type { ConsentEvent } from "../model/consent-event.js";
import { _issuesFromZod, type Issue, PolicyError } from "../model/errors.js";
import { PACK_LISTS, type Pack } from "../model/pack.js";
import {
  type Policy,
  type PolicyInput,
  PolicySchema,
  type Register,
  type RuleContext,
} from "../model/policy.js";
import { _inspectRaw } from "../model/primitives.js";
import { _unknownChannel } from "../model/suggest.js";
import { validateRrule } from "../time/calendars.js";
import { parseDuration } from "../time/duration.js";
import type { HolidayProvider } from "../time/holidays.js";
import { MAX_HORIZON_MS } from "../time/instant.js";
import { _compileLaw } from "./compile-law.js";
import { compileCondition } from "./conditions.js";
import { _compileChecks } from "./pipeline/eligibility.js";
import type {
  _CompiledAfterOptOut,
  _CompiledCap,
  _CompiledConsentRule,
  _CompiledExistingCustomer,
  _CompiledRefusal,
  _CompiledRegister,
  _CompiledRule,
  _CompiledTimeRule,
  _LawChange,
  CompiledPolicy,
} from "./plan.js";
import { changeInstants, compileTarget } from "./target.js";

export type { CompiledPolicy } from "./plan.js";

/**
 * What a plan is compiled with: the one place where the jurisdiction packs and the holiday
 * calendar come in. The package's `compilePolicy` passes the bundled packs and holiday tables.
 */
export interface CompileOptions {
  /** The packs a policy may name, by code. */
  readonly packs?: Readonly<Record<string, Pack>> | undefined;
  /**
   * Where public holidays come from, for the policy's holiday rules: the bundled tables by
   * default; `dateHolidays()` from `consentry/holidays` for countries and years outside them.
   */
  readonly holidays?: HolidayProvider | undefined;
}

const _PackFragmentSchema = PolicySchema.pick({
  optOut: true,
  consentRequirements: true,
  existingCustomer: true,
  consentValidity: true,
  presumedConsent: true,
  requiredFacts: true,
  proofRetention: true,
  registers: true,
  rules: true,
  windows: true,
  quietHours: true,
  blackouts: true,
  holidays: true,
  caps: true,
  refusals: true,
  afterOptOut: true,
});
const _parsedPacks = new WeakMap<Pack, z.infer<typeof _PackFragmentSchema>>();

/**
 * Appends the elements of the packs the policy names (and the packs they include) to the
 * policy's own lists, each scoped to its pack's jurisdictions.
 */
function _mergePacks(
  p: Policy,
  registry: Readonly<Record<string, Pack>>,
  issues: Issue[],
): ReadonlySet<object> {
  const fromPacks = new Set<object>();
  if (p.packs === undefined) return fromPacks;
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
  } else
    p.packs.forEach((code, i) => {
      add(code, ["packs", i]);
    });

  const target = p as unknown as Record<string, unknown[] | undefined>;
  for (const pack of chosen) {
    let frag = _parsedPacks.get(pack);
    if (frag === undefined) {
      const r = _PackFragmentSchema.safeParse(pack.policy);
      if (!r.success) {
        issues.push(..._issuesFromZod(r.error, ["packs", pack.code], _PackFragmentSchema));
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
      const scoped = els.map((el) =>
        _dated(
          el.jurisdictions === undefined ? { ...el, jurisdictions: [...pack.jurisdictions] } : el,
        ),
      );
      for (const el of scoped) fromPacks.add(el);
      target[field] = [...(target[field] ?? []), ...scoped];
    }
  }
  return fromPacks;
}

type _Letter =
  | "A"
  | "B"
  | "C"
  | "D"
  | "E"
  | "F"
  | "G"
  | "H"
  | "I"
  | "J"
  | "K"
  | "L"
  | "M"
  | "N"
  | "O"
  | "P"
  | "Q"
  | "R"
  | "S"
  | "T"
  | "U"
  | "V"
  | "W"
  | "X"
  | "Y"
  | "Z";

/**
 * A pack code as `definePolicy` checks it: an ISO 3166-1 alpha-2 code (`"NO"`), or one with a
 * subdivision (`"US-FL"`). `"NOR"` or `"no"` is a compile error; whether the pack exists is
 * checked by `compilePolicy`.
 */
export type PackCode = `${_Letter}${_Letter}` | `${_Letter}${_Letter}-${string}`;

type _ChannelListKey = "channels" | "channelPriority" | "doubleOptIn";

/** `T` with every channel list narrowed to `Ch`. */
type _WithChannels<T, Ch> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? readonly _WithChannels<E, Ch>[]
    : T extends object
      ? {
          readonly [K in keyof T]: K extends _ChannelListKey
            ? T[K] extends readonly string[] | undefined
              ? readonly Ch[] | Extract<T[K], undefined>
              : _WithChannels<T[K], Ch>
            : _WithChannels<T[K], Ch>;
        }
      : T;

/**
 * A policy as `definePolicy` checks it: `PolicyInput` where every channel named must be built
 * in or declared under `channels` (the declared names are `C`), and every pack is a `PackCode`.
 */
export type PolicyDefinition<C extends string = never> = Omit<
  _WithChannels<PolicyInput, BuiltinChannel | NoInfer<C>>,
  "channels" | "packs"
> & {
  /** Channels of the sender's own, by name, with their kind. */
  readonly channels?: { readonly [K in C]: { readonly kind: ChannelKind } } | undefined;
  /** The packs applied: `"auto"` (every pack, each in its jurisdictions) or a list of codes. */
  readonly packs?: "auto" | readonly PackCode[] | undefined;
};

/**
 * An element whose `from` or `until` is set, with its citation naming those dates (`inForce`), so
 * every reason and basis that cites it names the version of the law it applied.
 */
function _dated<E extends object>(el: E): E {
  const d = el as { from?: string; until?: string; source?: object };
  if ((d.from === undefined && d.until === undefined) || d.source === undefined) return el;
  const inForce: { from?: string; until?: string } = {};
  if (d.from !== undefined) inForce.from = d.from;
  if (d.until !== undefined) inForce.until = d.until;
  return { ...el, source: { ...d.source, inForce } };
}

/** The policy's own elements, their citations dated (see `_dated`). */
function _datePolicy(p: Policy): void {
  const target = p as unknown as Record<string, object[] | undefined>;
  for (const field of PACK_LISTS) {
    const els = target[field];
    if (els !== undefined) target[field] = els.map(_dated);
  }
}

/**
 * Declares a policy with full type checking and no other effect; pass the result to
 * `compilePolicy`. Unknown keys, channels that are neither built in nor declared under
 * `channels`, and pack codes that are not ISO 3166 codes are compile errors; typed `test`
 * predicates on rules are allowed here.
 *
 * @example
 * const policy = definePolicy({ id: "acme", packs: ["NO"], channelPriority: ["email", "sms"] });
 */
export function definePolicy<const C extends string = never>(
  policy: PolicyDefinition<C>,
): PolicyInput {
  return policy as PolicyInput;
}

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
export function compilePolicy(input: PolicyInput, options: CompileOptions = {}): CompiledPolicy {
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
  try {
    return _safeCompile(input, options);
  } catch (e) {
    // A policy that throws when read (a getter, a Proxy) is a PolicyError, never what it threw.
    if (e instanceof PolicyError) return { success: false, error: e };
    const why = e instanceof Error ? e.message : String(e);
    return {
      success: false,
      error: new PolicyError(
        [{ code: "unreadable", path: [], message: `the policy could not be read (${why})` }],
        { cause: e },
      ),
    };
  }
}

/** The policy checked against its schema (and for non-JSON values) before compiling. */
function _parsePolicy(
  input: unknown,
): { success: true; data: Policy } | { success: false; error: PolicyError } {
  const raw = _inspectRaw(input);
  if (raw !== undefined) return { success: false, error: new PolicyError([raw]) };
  const parsed = PolicySchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: new PolicyError(
      _nonEmpty(_issuesFromZod(parsed.error as z.ZodError, [], PolicySchema)),
      { cause: parsed.error },
    ),
  };
}

function _safeCompile(
  input: unknown,
  options: CompileOptions,
): { success: true; data: CompiledPolicy } | { success: false; error: PolicyError } {
  const parsed = _parsePolicy(input);
  if (!parsed.success) return parsed;
  const p = parsed.data;
  const issues: Issue[] = [];
  _datePolicy(p);
  const fromPacks = _mergePacks(p, options.packs ?? {}, issues);
  const c = _compiler(p, issues, fromPacks);
  const existingCustomer = _existingCustomers(p, c);
  const { optOut, consentRequirements } = _consentRules(p, c);
  const registers = _registers(p, c);
  const rules = _rules(p, c);
  const time = _timeRules(p, c);
  const caps = _caps(p, c);
  const { refusals, afterOptOut } = _refusals(p, c);
  const law = _compileLaw(p, c);
  const horizonMs = c.ms(p.horizon, ["horizon"]) ?? 0;
  if (horizonMs > MAX_HORIZON_MS)
    issues.push({
      code: "too_big",
      path: ["horizon"],
      message: "the horizon may be at most 366 days",
    });
  const priority = new Map<string, number>();
  p.channelPriority?.forEach((ch, i) => {
    if (!priority.has(ch)) priority.set(ch, i);
  });
  const consentMaxAgeMs = c.ms(p.consent?.maxAge, ["consent", "maxAge"]);
  const defaultMaxDelayMs = c.ms(p.defaults?.maxDelay, ["defaults", "maxDelay"]);
  const consentRequired = _consentRequired(p, c);
  if (time.some((t) => t.code === "holiday") && options.holidays === undefined)
    issues.push({
      code: "missing_holidays",
      path: ["holidays"],
      message: "holiday rules need a holiday provider: pass `holidays` to compilePolicy",
    });
  if (issues.length > 0) return { success: false, error: new PolicyError(_nonEmpty(issues)) };
  const plan = {
    kinds: c.kinds,
    priority,
    consentRequired,
    doubleOptIn: new Set(p.consent?.doubleOptIn ?? []),
    consentMaxAgeMs,
    brand: p.consent?.brand,
    existingCustomer,
    optOut,
    consentRequirements,
    registers,
    rules,
    time,
    caps,
    refusals,
    afterOptOut,
    horizonMs,
    defaultMaxDelayMs,
    changes: c.changes.sort((a, b) => a.at - b.at),
    ...law,
    checks: _compileChecks({
      registers,
      rules,
      afterOptOut,
      existingCustomer,
      requiredFacts: law.requiredFacts,
    }),
    holidays: options.holidays,
    caches: { ruleConstraints: new WeakMap() },
    source: input,
    packs: options.packs,
  };
  return { success: true, data: { id: p.id, version: p.version, policy: p, _: plan } };
}

/** What every list's compiler shares: the issues found, the channels, the ids seen. */
interface _Compiler {
  readonly issues: Issue[];
  /** The elements that came from a pack (the law), not from the sender's own policy. */
  readonly fromPacks: ReadonlySet<object>;
  readonly kinds: Map<string, ChannelKind>;
  /** The instants at which a dated element enters or leaves force, with its undated target. */
  readonly changes: _LawChange[];
  checkChannels(list: readonly string[] | undefined, path: (string | number)[]): void;
  checkId(id: string, path: (string | number)[]): void;
  /** Compiles an element's target; `restrictive` as in `TargetOptions`. */
  target(
    el: Parameters<typeof compileTarget>[0],
    path: (string | number)[],
    defaultPurposes?: readonly Purpose[],
    restrictive?: boolean,
  ): ReturnType<typeof compileTarget>;
  ms(value: string | undefined, path: (string | number)[]): number | undefined;
}

function _compiler(p: Policy, issues: Issue[], fromPacks: ReadonlySet<object>): _Compiler {
  const kinds = new Map<string, ChannelKind>(Object.entries(BUILTIN_CHANNELS));
  for (const [name, def] of Object.entries(p.channels ?? {})) {
    if (kinds.has(name))
      issues.push({
        code: "duplicate_channel",
        path: ["channels", name],
        message: `'${name}' is a built-in channel`,
      });
    else kinds.set(name, def.kind);
  }
  const ids = new Map<string, string>();
  const changes: _LawChange[] = [];
  const c: _Compiler = {
    issues,
    fromPacks,
    kinds,
    changes,
    checkChannels(list, path) {
      list?.forEach((ch, i) => {
        if (!kinds.has(ch))
          issues.push({
            code: "unknown_channel",
            path: [...path, i],
            message: _unknownChannel(ch, kinds.keys(), "declare it under 'channels'"),
          });
      });
    },
    checkId(id, path) {
      const prev = ids.get(id);
      if (prev !== undefined)
        issues.push({
          code: "duplicate_id",
          path: [...path, "id"],
          message: `id '${id}' is already used at ${prev}`,
        });
      else ids.set(id, path.join("."));
    },
    target(el, path, defaultPurposes, restrictive) {
      const opts = { restrictive: restrictive === true };
      c.checkChannels(el.channels, [...path, "channels"]);
      const at = changeInstants(el);
      if (at.length > 0) {
        if (at.length === 2 && !((at[0] as number) < (at[1] as number)))
          issues.push({
            code: "invalid_dates",
            path: [...path, "until"],
            message: "'until' must be after 'from'",
          });
        const undated = compileTarget(
          { ...el, from: undefined, until: undefined },
          defaultPurposes,
          opts,
        );
        for (const t of at) changes.push({ at: t, applies: undated });
      }
      return compileTarget(el, defaultPurposes, opts);
    },
    ms: (value, path) => _ms(value, path, issues),
  };
  c.checkChannels(p.channelPriority, ["channelPriority"]);
  c.checkChannels(p.consent?.doubleOptIn, ["consent", "doubleOptIn"]);
  return c;
}

/** Per channel (or channel kind): whether marketing needs consent or another basis. */
function _consentRequired(
  p: Policy,
  c: _Compiler,
): (channel: string, kind: ChannelKind) => boolean {
  const required = p.consent?.required ?? {};
  for (const key of Object.keys(required)) {
    if (!c.kinds.has(key) && !["electronic", "telephone", "mail", "online"].includes(key))
      c.issues.push({
        code: "unknown_channel",
        path: ["consent", "required", key],
        message: `'${key}' is neither a channel nor a channel kind`,
      });
  }
  return (channel, kind) =>
    (Object.hasOwn(required, channel)
      ? required[channel]
      : Object.hasOwn(required, kind)
        ? required[kind]
        : true) !== false;
}

function _existingCustomers(p: Policy, c: _Compiler): _CompiledExistingCustomer[] {
  return (p.existingCustomer ?? []).map((b, i) => {
    const path = ["existingCustomer", i];
    c.checkId(b.id, path);
    if (b.inquiryWithin !== undefined && !b.obtainedBy.includes("inquiry"))
      c.issues.push({
        code: "invalid_basis",
        path: [...path, "inquiryWithin"],
        message: "'inquiryWithin' needs 'inquiry' in 'obtainedBy'",
      });
    for (const [field, kind] of [
      ["contractEndedWithin", "contract"],
      ["negotiationWithin", "negotiation"],
    ] as const)
      if (b[field] !== undefined && !b.obtainedBy.includes(kind))
        c.issues.push({
          code: "invalid_basis",
          path: [...path, field],
          message: `'${field}' needs '${kind}' in 'obtainedBy'`,
        });
    return {
      id: b.id,
      applies: c.target(b, path, ["marketing"]),
      byPurchase: b.obtainedBy.includes("purchase"),
      byInquiry: b.obtainedBy.includes("inquiry"),
      purchaseWithinMs: c.ms(b.purchaseWithin, [...path, "purchaseWithin"]),
      inquiryWithinMs: c.ms(b.inquiryWithin, [...path, "inquiryWithin"]),
      byContract: b.obtainedBy.includes("contract"),
      byNegotiation: b.obtainedBy.includes("negotiation"),
      contractEndedWithinMs: c.ms(b.contractEndedWithin, [...path, "contractEndedWithin"]),
      negotiationWithinMs: c.ms(b.negotiationWithin, [...path, "negotiationWithin"]),
      firstUseWithinMs: c.ms(b.firstUseWithin, [...path, "firstUseWithin"]),
      similarProducts: b.similarProducts,
      optOutAtCollection: b.optOutAtCollection,
      basis: b.basis,
      contactFromRelationship: b.contactFromRelationship,
      source: b.source,
      fromPack: c.fromPacks.has(b),
    };
  });
}

function _consentRules(
  p: Policy,
  c: _Compiler,
): { optOut: _CompiledConsentRule[]; consentRequirements: _CompiledConsentRule[] } {
  const optOut = (p.optOut ?? []).map((o, i) => {
    const path = ["optOut", i];
    c.checkId(o.id, path);
    return {
      id: o.id,
      applies: c.target(o, path, ["marketing"]),
      source: o.source,
      description: o.description,
      fromPack: c.fromPacks.has(o),
    };
  });
  const consentRequirements = (p.consentRequirements ?? []).map((r, i) => {
    const path = ["consentRequirements", i];
    c.checkId(r.id, path);
    const methods = r.methods === undefined ? undefined : new Set<string>(r.methods);
    const evidence = r.evidence === true;
    return {
      id: r.id,
      applies: c.target(r, path, ["marketing"], true),
      source: r.source,
      description: r.description,
      fromPack: c.fromPacks.has(r),
      accept: (e: ConsentEvent) =>
        (methods === undefined || (e.method !== undefined && methods.has(e.method))) &&
        (!evidence || (e.evidence !== undefined && Object.keys(e.evidence).length > 0)),
    };
  });
  return { optOut, consentRequirements };
}

function _registers(p: Policy, c: _Compiler): _CompiledRegister[] {
  return (p.registers ?? []).map((r, i) => {
    const path = ["registers", i];
    c.checkId(r.id, path);
    _checkRegisterKind(r, path, c);
    return {
      id: r.id,
      applies: c.target(r, path, ["marketing"], true),
      kind: r.kind,
      registerWithinMs: c.ms(r.registerWithin, [...path, "registerWithin"]),
      exempt: new Set((r.exemptBases ?? []).map((b) => `basis.${b}`)),
      consentsOnly: r.kind === "holds-consent",
      maxAgeMs: c.ms(r.maxAge, [...path, "maxAge"]) ?? 0,
      uncheckedIsListed: r.uncheckedIsListed,
      consentOverrides: r.consentOverrides,
      existingCustomerOverridesMs: c.ms(r.existingCustomerOverrides, [
        ...path,
        "existingCustomerOverrides",
      ]),
      inquiryOverridesMs: c.ms(r.inquiryOverrides, [...path, "inquiryOverrides"]),
      consentOverridesWithinMs: c.ms(r.consentOverridesWithin, [...path, "consentOverridesWithin"]),
      contractOverrides:
        r.contractOverrides === undefined
          ? undefined
          : {
              endedWithinMs: c.ms(r.contractOverrides.endedWithin, [
                ...path,
                "contractOverrides",
                "endedWithin",
              ]),
            },
      source: r.source,
    };
  });
}

/** Options a register's kind does not read are an error, not silently ignored. */
function _checkRegisterKind(r: Register, path: (string | number)[], c: _Compiler): void {
  const bad = (field: string, message: string) =>
    c.issues.push({ code: "invalid_register", path: [...path, field], message });
  if (r.registerWithin !== undefined && r.kind !== "holds-consent")
    bad("registerWithin", "'registerWithin' applies only to a 'holds-consent' register");
  if (r.kind === "holds-consent") {
    if (r.exemptBases !== undefined)
      bad("exemptBases", "a 'holds-consent' register gates consents only and exempts none");
    if (r.consentOverrides)
      bad(
        "consentOverrides",
        "a 'holds-consent' register is itself about consent: it has no overrides",
      );
    if (r.existingCustomerOverrides !== undefined)
      bad("existingCustomerOverrides", "a 'holds-consent' register has no overrides");
    if (r.inquiryOverrides !== undefined)
      bad("inquiryOverrides", "a 'holds-consent' register has no overrides");
  }
  if (r.kind === "revokes-consents" && r.consentOverrides)
    bad(
      "consentOverrides",
      "a 'revokes-consents' register already lets a consent given after the listing override it",
    );
}

function _rules(p: Policy, c: _Compiler): _CompiledRule[] {
  return (p.rules ?? []).map((r, i) => {
    const path = ["rules", i];
    c.checkId(r.id, path);
    let denies: (ctx: RuleContext) => boolean = () => true;
    if (r.test !== undefined) {
      const test = r.test;
      denies = (ctx) => test(ctx) === true;
    } else {
      const cond = (r.when ?? r.unless) as NonNullable<typeof r.when>;
      const compiled = compileCondition(cond);
      if (!compiled.ok) {
        for (const pr of compiled.problems)
          c.issues.push({
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
      applies: c.target(r, path, undefined, true),
      denies,
    };
  });
}

function _timeRules(p: Policy, c: _Compiler): _CompiledTimeRule[] {
  const time: _CompiledTimeRule[] = [];
  const add = (
    el: Parameters<typeof compileTarget>[0] & {
      id: string;
      criticalBypass: boolean;
      source?: _CompiledTimeRule["source"];
    },
    path: (string | number)[],
    rest: Pick<_CompiledTimeRule, "code"> & Partial<Pick<_CompiledTimeRule, "windows" | "rrule">>,
  ) => {
    c.checkId(el.id, path);
    time.push({
      id: el.id,
      applies: c.target(el, path, undefined, true),
      jurisdictions: el.jurisdictions,
      criticalBypass: el.criticalBypass,
      source: el.source,
      ...rest,
    });
  };
  for (const [i, q] of (p.quietHours ?? []).entries())
    add(q, ["quietHours", i], { code: "quiet-hours", windows: q.windows });
  for (const [i, w] of (p.windows ?? []).entries())
    add(w, ["windows", i], { code: "calling-window", windows: w.windows });
  (p.blackouts ?? []).forEach((b, i) => {
    const path = ["blackouts", i];
    const err = validateRrule(b.rrule);
    if (err !== undefined)
      c.issues.push({ code: "invalid_rrule", path: [...path, "rrule"], message: err });
    c.ms(b.duration, [...path, "duration"]);
    add(b, path, { code: "blackout", rrule: { rrule: b.rrule, duration: b.duration } });
  });
  for (const [i, h] of (p.holidays ?? []).entries()) add(h, ["holidays", i], { code: "holiday" });
  return time;
}

function _caps(p: Policy, c: _Compiler): _CompiledCap[] {
  return (p.caps ?? []).map((cap, i) => {
    const path = ["caps", i];
    c.checkId(cap.id, path);
    const window =
      cap.window === "day" || cap.window === "week" || cap.window === "month"
        ? ({ kind: "calendar", unit: cap.window } as const)
        : ({ kind: "rolling", ms: c.ms(cap.window, [...path, "window"]) ?? 0 } as const);
    return {
      id: cap.id,
      applies: c.target(cap, path, undefined, true),
      max: cap.max,
      window,
      countBy: cap.countBy,
      source: cap.source,
      fromPack: c.fromPacks.has(cap),
    };
  });
}

function _refusals(
  p: Policy,
  c: _Compiler,
): { refusals: _CompiledRefusal[]; afterOptOut: _CompiledAfterOptOut[] } {
  const refusals = (p.refusals ?? []).map((r, i) => {
    const path = ["refusals", i];
    c.checkId(r.id, path);
    const blocksForMs = c.ms(r.blocksFor, [...path, "blocksFor"]) ?? 0;
    if (r.fullDays && blocksForMs % 86_400_000 !== 0)
      c.issues.push({
        code: "invalid_duration",
        path: [...path, "blocksFor"],
        message: "with 'fullDays', 'blocksFor' must be whole days (P60D)",
      });
    return {
      id: r.id,
      applies: c.target(r, path, undefined, true),
      blocksForMs,
      fullDays: r.fullDays,
      source: r.source,
    };
  });
  const afterOptOut = (p.afterOptOut ?? []).map((a, i) => {
    const path = ["afterOptOut", i];
    c.checkId(a.id, path);
    return {
      id: a.id,
      applies: c.target(a, path),
      confirmations: a.confirmations,
      revokeAll: a.revokeAll,
      description: a.description,
      source: a.source,
    };
  });
  return { refusals, afterOptOut };
}

function _nonEmpty(issues: Issue[]): [Issue, ...Issue[]] {
  return issues.length > 0
    ? (issues as [Issue, ...Issue[]])
    : [{ code: "unknown", path: [], message: "invalid policy" }];
}
