import type { Condition, RuleContext } from "../model/policy.js";

/** A compiled condition. */
export type CompiledCondition = (ctx: RuleContext) => boolean;

type _Scalar = string | number | boolean | null;

/** Most nodes a single condition may have; bounds compile and evaluation work. */
export const MAX_CONDITION_NODES = 2000;
/** Deepest nesting a condition may have. */
export const MAX_CONDITION_DEPTH = 16;

/** A problem found while compiling a condition, with its path inside the condition. */
export interface ConditionProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

function _accessor(field: string): (ctx: RuleContext) => unknown {
  switch (field) {
    case "customer.id":
      return (c) => c.customer.id;
    case "customer.jurisdiction":
      return (c) => c.customer.jurisdiction;
    case "customer.country":
      return (c) => c.customer.jurisdiction.slice(0, 2);
    case "customer.type":
      return (c) => c.customer.type;
    case "customer.timeZone":
      return (c) => c.customer.timeZone;
    case "customer.relationship.purchasedCategories":
      return (c) => c.customer.relationship?.purchasedCategories;
    case "message.purpose":
      return (c) => c.message.purpose;
    case "message.topic":
      return (c) => c.message.topic;
    case "message.category":
      return (c) => c.message.category;
    case "message.sector":
      return (c) => c.message.sector;
    case "message.campaign":
      return (c) => c.message.campaign;
    case "message.brand":
      return (c) => c.message.brand;
    case "message.priority":
      return (c) => c.message.priority;
    case "message.automated":
      // Unset on a telephone channel reads as automated, as the engine's targets read it.
      return (c) => c.message.automated ?? c.channelKind === "telephone";
    case "channel":
      return (c) => c.channel;
    case "channel.kind":
      return (c) => c.channelKind;
  }
  const name = field.slice("customer.attributes.".length);
  return (c) => {
    const attrs = c.customer.attributes;
    return attrs !== undefined && Object.hasOwn(attrs, name) ? attrs[name] : undefined;
  };
}

function _compare(a: unknown, b: _Scalar): number | undefined {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

/**
 * Compiles a declarative condition into a function. Data only: no code, no regular expressions.
 * A comparison of values of different types is false (a missing attribute never satisfies `gt`).
 *
 * @returns the compiled function, or the problems found (each with its path in the condition)
 */
export function compileCondition(
  cond: Condition,
): { ok: true; fn: CompiledCondition } | { ok: false; problems: ConditionProblem[] } {
  const problems: ConditionProblem[] = [];
  let nodes = 0;
  const walk = (c: Condition, path: (string | number)[], depth: number): CompiledCondition => {
    nodes++;
    if (depth > MAX_CONDITION_DEPTH) {
      problems.push({ path, message: `nested deeper than ${MAX_CONDITION_DEPTH}` });
      return () => false;
    }
    if (nodes > MAX_CONDITION_NODES) {
      if (nodes === MAX_CONDITION_NODES + 1)
        problems.push({ path, message: `more than ${MAX_CONDITION_NODES} nodes` });
      return () => false;
    }
    if ("all" in c) {
      const parts = c.all.map((x, i) => walk(x, [...path, "all", i], depth + 1));
      return (ctx) => parts.every((p) => p(ctx));
    }
    if ("any" in c) {
      const parts = c.any.map((x, i) => walk(x, [...path, "any", i], depth + 1));
      return (ctx) => parts.some((p) => p(ctx));
    }
    if ("not" in c) {
      const inner = walk(c.not, [...path, "not"], depth + 1);
      return (ctx) => !inner(ctx);
    }
    return _comparison(c, path, problems);
  };
  const fn = walk(cond, [], 1);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, fn };
}

/** Compiles one comparison, or records why it cannot be compiled. */
function _comparison(
  c: Extract<Condition, { field: string }>,
  path: (string | number)[],
  problems: ConditionProblem[],
): CompiledCondition {
  const get = _accessor(c.field);
  const v = c.value;
  const needsScalar = ["eq", "ne", "gt", "gte", "lt", "lte", "contains"].includes(c.op);
  const needsList = c.op === "in" || c.op === "nin";
  const problem =
    needsScalar && (v === undefined || Array.isArray(v))
      ? `'${c.op}' needs a single value`
      : needsList && !Array.isArray(v)
        ? `'${c.op}' needs a list of values`
        : (c.op === "exists" || c.op === "missing") && v !== undefined
          ? `'${c.op}' takes no value`
          : undefined;
  if (problem !== undefined) {
    problems.push({ path: [...path, "value"], message: problem });
    return () => false;
  }
  const s = v as _Scalar;
  const present = (x: unknown) => x !== undefined && x !== null;
  switch (c.op) {
    case "eq":
      return (ctx) => get(ctx) === s;
    case "ne":
      return (ctx) => get(ctx) !== s;
    case "in": {
      const set = new Set<unknown>(v as _Scalar[]);
      return (ctx) => set.has(get(ctx));
    }
    case "nin": {
      const set = new Set<unknown>(v as _Scalar[]);
      return (ctx) => !set.has(get(ctx));
    }
    case "gt":
      return (ctx) => (_compare(get(ctx), s) ?? Number.NaN) > 0;
    case "gte":
      return (ctx) => (_compare(get(ctx), s) ?? Number.NaN) >= 0;
    case "lt":
      return (ctx) => (_compare(get(ctx), s) ?? Number.NaN) < 0;
    case "lte":
      return (ctx) => (_compare(get(ctx), s) ?? Number.NaN) <= 0;
    case "exists":
      return (ctx) => present(get(ctx));
    case "missing":
      return (ctx) => !present(get(ctx));
    case "contains":
      return (ctx) => {
        const x = get(ctx);
        return Array.isArray(x)
          ? x.includes(s)
          : typeof x === "string" && typeof s === "string" && x.includes(s);
      };
  }
}
