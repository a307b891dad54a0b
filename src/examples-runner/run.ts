import { compilePolicy } from "../bundled.js";
import type { CompiledPolicy, CompileOptions } from "../engine/compile.js";
import { _batch } from "../engine/decide-many.js";
import { _decideRecord, _recordId } from "../engine/pipeline/record.js";
import { _parseNow } from "../engine/pipeline/resolve.js";
import { _invalidDecision } from "../engine/pipeline/verdict.js";
import type { Decision } from "../model/decision.js";
import { _issuesFromZod, InputError, type Issue, PolicyError } from "../model/errors.js";
import {
  type ExampleCase,
  type ExampleFile,
  ExampleFileSchema,
  type Expectation,
} from "./format.js";

/** The outcome of one case. */
export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  readonly expected: Expectation;
  /** The decision the engine made. */
  readonly actual: Decision;
  /** What did not match, one line each. Empty when passed. */
  readonly problems: readonly string[];
}

/**
 * Parses and validates a policy example file (already read as JSON) and compiles its policy.
 *
 * @param json - the file's content
 * @param options - how to compile the policy: `packs` replaces the bundled packs (to test your own
 *   packs from `definePack`), as in `compilePolicy`
 * @throws {PolicyError} when the file's shape or its policy is invalid (paths start at the file)
 */
export function loadExampleFile(
  json: unknown,
  options: CompileOptions = {},
): { file: ExampleFile; plan: CompiledPolicy } {
  const r = ExampleFileSchema.safeParse(json);
  if (!r.success)
    throw new PolicyError(_issuesFromZod(r.error, [], ExampleFileSchema) as [Issue, ...Issue[]], {
      cause: r.error,
    });
  try {
    return { file: r.data, plan: compilePolicy(r.data.policy as never, options) };
  } catch (e) {
    if (e instanceof PolicyError)
      throw new PolicyError(
        e.issues.map((i) => ({ ...i, path: ["policy", ...i.path] })) as unknown as [
          Issue,
          ...Issue[],
        ],
        { cause: e },
      );
    throw e;
  }
}

/** Checks a decision against an expectation; returns what did not match. */
export function checkExpectation(d: Decision, x: Expectation): string[] {
  const problems: string[] = [];
  const codes = new Set(d.reasons.map((r) => r.code));
  if (d.verdict !== x.verdict) problems.push(`verdict: expected ${x.verdict}, got ${d.verdict}`);
  if (x.channel !== undefined && d.channel !== x.channel)
    problems.push(`channel: expected ${x.channel}, got ${d.channel ?? "none"}`);
  if (
    x.sendAt !== undefined &&
    (d.sendAt === undefined || Date.parse(d.sendAt) !== Date.parse(x.sendAt))
  )
    problems.push(`sendAt: expected ${x.sendAt}, got ${d.sendAt ?? "none"}`);
  for (const c of x.reasons ?? [])
    if (!codes.has(c)) problems.push(`reasons: expected ${c}, got [${[...codes].join(", ")}]`);
  for (const c of x.absent ?? []) if (codes.has(c)) problems.push(`reasons: ${c} should be absent`);
  if (x.basis !== undefined && d.basis?.code !== x.basis)
    problems.push(`basis: expected ${x.basis}, got ${d.basis?.code ?? "none"}`);
  if (x.consentId !== undefined && d.basis?.consentId !== x.consentId)
    problems.push(`consentId: expected ${x.consentId}, got ${d.basis?.consentId ?? "none"}`);
  const rules = new Set(d.reasons.map((r) => r.rule).filter((r) => r !== undefined));
  if (d.basis?.rule !== undefined) rules.add(d.basis.rule);
  // For a send or defer, the chosen channel's rules; for a deny, any channel's.
  const chosen = d.channels.filter((c) =>
    d.channel === undefined ? true : c.channel === d.channel,
  );
  const applied = new Set(chosen.flatMap((c) => c.applied ?? []));
  for (const id of x.applied ?? [])
    if (!applied.has(id))
      problems.push(
        `applied: expected ${id} on ${d.channel ?? "any channel"}, got [${[...applied].join(", ")}]`,
      );
  for (const id of x.rules ?? [])
    if (!rules.has(id)) problems.push(`rules: expected ${id}, got [${[...rules].join(", ")}]`);
  return problems;
}

/** Runs one case of a loaded file. Invalid input becomes an `input.invalid` deny, as in a batch. */
export function runExampleCase(
  file: ExampleFile,
  plan: CompiledPolicy,
  c: ExampleCase,
): CaseResult {
  const d = file.defaults ?? {};
  const base = c.customer ?? d.customer;
  const customer =
    c.with === undefined
      ? base
      : { ...(base !== null && typeof base === "object" ? base : {}), ...c.with };
  const now = c.now ?? d.now;
  if (now === undefined)
    throw new PolicyError([
      {
        code: "missing_now",
        path: ["cases", c.name, "now"],
        message: "a case needs 'now' (or defaults.now)",
      },
    ]);
  // The case's message and `now` are the batch; its customer (with its history) the record.
  const history = c.history ?? d.history;
  const own = (customer as { history?: unknown } | null)?.history;
  const record =
    history === undefined ||
    customer === null ||
    typeof customer !== "object" ||
    (own !== undefined && !Array.isArray(own))
      ? customer
      : { ...customer, history: [...((own as unknown[] | undefined) ?? []), ...history] };
  let actual: Decision;
  try {
    const batch = _batch(plan, { message: (c.message ?? d.message) as never, now });
    actual = _decideRecord(batch, record, c.name);
  } catch (e) {
    // An invalid message: the case is an `input.invalid` denial, as in a batch.
    if (!(e instanceof InputError)) throw e;
    actual = _invalidDecision(plan, _recordId(customer, c.name), _parseNow(now), e.issues);
  }
  const problems = checkExpectation(actual, c.expect);
  return { name: c.name, passed: problems.length === 0, expected: c.expect, actual, problems };
}

/**
 * Runs every case of a policy example file (already read as JSON).
 *
 * @param json - the file's content
 * @param options - `packs`: your own packs instead of the bundled ones
 * @returns one result per case, in file order
 * @throws {PolicyError} when the file or its policy is invalid
 * @example
 * const results = runExampleFile(JSON.parse(text));
 * results.filter((r) => !r.passed).length; // => 0
 */
export function runExampleFile(json: unknown, options: CompileOptions = {}): CaseResult[] {
  const { file, plan } = loadExampleFile(json, options);
  return file.cases.map((c) => runExampleCase(file, plan, c));
}
