/**
 * The simple four-check consent policy, consentry against the alternatives, in one run.
 *
 * A marketing e-mail may go to a customer when
 *
 * 1. the consent ledger grants e-mail marketing now: the latest covering withdrawal at or before
 *    now cancels every grant at or before it (a withdrawal wins a tie); a later grant counts
 *    unless its `expiresAt` has passed;
 * 2. no suppression applies (marketing, e-mail, in force now);
 * 3. there is an e-mail contact point with status `ok`;
 * 4. fewer than 3 counted marketing sends lie in the rolling 7 days `(now − 7 d, now]`.
 *
 * Every engine computes the same three-valued outcome: `send` (all four pass), `capped` (1–3 pass,
 * 4 fails, and the cap lifts while the consent still holds and within the 30-day horizon) or
 * `deny` (any of 1–3 fails, whatever 4 says, or the cap outlasts the consent: consentry never plans
 * a send after its basis lapses). consentry's answer is mapped: `send` →
 * send; `defer` with a `frequency-cap` reason → capped (the policy has no quiet hours, so the cap
 * is the only thing that can defer); `deny` → deny (an `input.invalid` denial, or a deferral for
 * any other reason, counts as a disagreement).
 *
 * The engines:
 * - **hand-written**: a plain function over the raw record, checks in the cheapest order and
 *   returning at the first failure; no validation, no explanations (the practical limit);
 * - **consentry**: `compilePolicy` once, `decideEach` over the audience (validates every record
 *   and explains every decision);
 * - **json-rules-engine**: one Engine built once with five rules; the record and `now` go in as
 *   runtime facts, and fact functions derive the consent state, the suppression, the e-mail
 *   status and the count of recent sends from them (a `path` condition on the record for the
 *   status would go through JSONPath and cost about a third more); the verdict is read from the
 *   events fired: any `deny` event wins, else a `capped` event, else send;
 * - **Cedar** (cedar-wasm): a policy set parsed once (`preparsePolicySet`), one
 *   `statefulIsAuthorized` call per customer with the customer as the principal entity. Cedar
 *   cannot walk a ledger or count a history, so the request carries the derived facts (consent
 *   granted, suppressed, number of recent sends) plus the raw e-mail status; deriving them is part
 *   of Cedar's timed cost. One `permit` and five `forbid` policies with ids: `capped` is a denial
 *   whose only determining policy (diagnostics.reason) is the `cap` forbid.
 *
 * Every alternative must agree with consentry on every customer before anything is timed. The
 * two slow engines are timed on the first min(N, 10,000) customers; rates are per second, from
 * the median of 5 timed passes over the customers (after 2 warm-up passes).
 *
 * `npx tsx bench/four-check.ts` (`BENCH_N=20000` for a quick run; default 100,000).
 */

import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import {
  getCedarVersion,
  preparsePolicySet,
  statefulIsAuthorized,
} from "@cedar-policy/cedar-wasm/nodejs";
import {
  type CustomerInput,
  compilePolicy,
  type Decision,
  decideEach,
  type MessageInput,
  type PolicyInput,
} from "consentry";
import { Engine, type EngineResult } from "json-rules-engine";
import { Bench } from "tinybench";
import { prng } from "./audience.js";

// Node 20's V8 aborts the process ("Fatal error … unreachable code" in
// Deoptimizer::DoComputeBuiltinContinuation) when it deoptimises a JS-to-Wasm call it had inlined
// into optimised code: the Cedar loop hits it after some 10^5 calls. Not inlining JS-to-Wasm calls
// avoids it; the flag touches calls into WebAssembly only, that is Cedar's.
setFlagsFromString("--no-turbo-inline-js-wasm-calls");

/** The three-valued outcome every engine computes. */
export type Outcome = "send" | "capped" | "deny";

const DAY = 86_400_000;
const WINDOW_MS = 7 * DAY;
const CAP = 3;
const HORIZON_MS = 30 * DAY; // consentry's default horizon
const NOW = Date.parse("2026-05-04T12:00:00Z");
const SLOW_SUBSET = 10_000;

type EventIn = NonNullable<CustomerInput["consents"]>[number];
type SendIn = NonNullable<CustomerInput["history"]>[number];
type SuppressionIn = NonNullable<CustomerInput["suppressions"]>[number];
type ScopeIn = NonNullable<EventIn["scope"]>;

// ---- the audience -------------------------------------------------------------------------------

const PLACES = [
  ["NO", "Europe/Oslo"],
  ["SE", "Europe/Stockholm"],
  ["DE", "Europe/Berlin"],
  ["GB", "Europe/London"],
  ["US-FL", "America/New_York"],
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * `n` customers for the four checks, decided at `now`: ledgers of 1–5 events (a fifth of them
 * withdrawals; scopes for all marketing, e-mail, SMS, service or one topic; a third of the grants
 * expiring; some events sharing an instant, some in the future, some ledgers out of order),
 * suppressions of several scopes, e-mail addresses missing or undeliverable, and histories of
 * 0–10 sends over 14 days (other purposes, uncounted sends, sends exactly 7 days ago or at `now`,
 * scheduled ones).
 */
export function generateFourCheckAudience(n: number, now: number, seed = 4): CustomerInput[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: CustomerInput[] = [];
  for (let i = 0; i < n; i++) {
    const [jurisdiction, timeZone] = pick(PLACES);

    const consents: EventIn[] = [];
    const events = 1 + Math.floor(rnd() * 5);
    let t = now - Math.floor((60 + rnd() * 400) * DAY);
    for (let k = 0; k < events; k++) {
      // 6 % share the previous event's instant (a grant and a withdrawal at once: the withdrawal
      // wins); the last event lies in the future for 4 % of the customers.
      if (k === 0 || rnd() >= 0.06) t += Math.floor(rnd() * 90 * DAY);
      let at = Math.min(t, now - 60_000);
      if (k === events - 1 && rnd() < 0.04) at = now + Math.floor(rnd() * 3 * DAY);
      const withdraw = rnd() < 0.2;
      const s = rnd();
      const scope: ScopeIn =
        s < 0.45
          ? { purposes: ["marketing"] }
          : s < 0.75
            ? { channels: ["email"], purposes: ["marketing"] }
            : s < 0.85
              ? { channels: ["sms"], purposes: ["marketing"] }
              : s < 0.9
                ? {}
                : s < 0.95
                  ? { purposes: ["service"] }
                  : { purposes: ["marketing"], topics: ["running"] };
      const expires = !withdraw && rnd() < 0.35;
      consents.push({
        id: `c${i}-${k}`,
        type: withdraw ? "withdraw" : "grant",
        at: iso(at),
        scope,
        ...(withdraw ? {} : { method: pick(["single-opt-in", "checkbox", "written"] as const) }),
        ...(expires ? { expiresAt: iso(at + Math.floor((30 + rnd() * 400) * DAY)) } : {}),
      });
    }
    if (rnd() < 0.2) consents.reverse();

    const history: SendIn[] = [];
    const sends = Math.floor(rnd() * 11);
    for (let k = 0; k < sends; k++) {
      const r = rnd();
      const at =
        r < 0.05
          ? now - WINDOW_MS // exactly 7 days ago: no longer counted
          : r < 0.08
            ? now // at the decision instant: counted
            : r < 0.11
              ? now + Math.floor(rnd() * 2 * DAY) // scheduled: not counted yet
              : now - Math.floor(rnd() * 14 * DAY);
      const p = rnd();
      const purpose = p < 0.8 ? "marketing" : p < 0.92 ? "service" : "transactional";
      history.push({
        at: iso(at),
        channel: pick(["email", "sms"] as const),
        purpose,
        ...(rnd() < 0.06 ? { counted: false } : {}),
      });
    }

    const suppressions: SuppressionIn[] = [];
    if (rnd() < 0.1) {
      const c = rnd();
      const p = rnd();
      suppressions.push({
        reason: pick(["unsubscribe", "complaint", "objection", "legal"] as const),
        ...(c < 0.25 ? { channels: ["email"] } : c < 0.5 ? { channels: ["sms"] } : {}),
        ...(p < 0.15 ? { purposes: ["marketing"] } : p < 0.3 ? { purposes: ["service"] } : {}),
        at: iso(rnd() < 0.8 ? now - Math.floor(rnd() * 300 * DAY) : now + DAY),
      });
    }

    const e = rnd();
    const status =
      e < 0.3
        ? undefined // left out: defaults to ok
        : e < 0.88
          ? "ok"
          : pick(["bounced", "invalid", "complained", "unsubscribed"] as const);
    const hasEmail = rnd() < 0.92;
    out.push({
      id: `cust-${i}`,
      jurisdiction,
      timeZone,
      contacts: {
        ...(hasEmail
          ? { email: { address: `c${i}@example.com`, ...(status ? { status } : {}) } }
          : {}),
        ...(rnd() < 0.4 ? { sms: { address: `+4790${String(i).padStart(6, "0")}` } } : {}),
      },
      consents,
      history,
      ...(suppressions.length > 0 ? { suppressions } : {}),
    });
  }
  return out;
}

// ---- the checks, as plain functions (the hand-written engine, and the fact derivations) --------

/** Whether a consent scope covers e-mail (an electronic channel) marketing with no topic or brand. */
function coversEmailMarketing(s: ScopeIn | undefined): boolean {
  if (s === undefined) return true;
  return (
    (s.channels === undefined || s.channels.includes("email")) &&
    (s.kinds === undefined || s.kinds.includes("electronic")) &&
    (s.purposes === undefined || s.purposes.includes("marketing")) &&
    s.topics === undefined &&
    s.brand === undefined
  );
}

/** Check 1: the latest covering withdrawal cancels grants at or before it; a later unexpired grant counts. */
export function consentGranted(ledger: readonly EventIn[], now: number): boolean {
  return consentUntil(ledger, now) > now;
}

/** Until when the consent of check 1 holds: the latest expiry of the grants that count now. */
export function consentUntil(ledger: readonly EventIn[], now: number): number {
  let withdrawnAt = Number.NEGATIVE_INFINITY;
  for (const e of ledger) {
    if (e.type !== "withdraw" || !coversEmailMarketing(e.scope)) continue;
    const t = Date.parse(e.at);
    if (t <= now && t > withdrawnAt) withdrawnAt = t;
  }
  let until = Number.NEGATIVE_INFINITY;
  for (const e of ledger) {
    if (e.type !== "grant" || !coversEmailMarketing(e.scope)) continue;
    const t = Date.parse(e.at);
    if (t > now || t <= withdrawnAt) continue;
    const exp = e.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(e.expiresAt);
    if (exp > now && exp > until) until = exp;
  }
  // A covering withdrawal already recorded for a later instant ends the consent then.
  for (const e of ledger) {
    if (e.type !== "withdraw" || !coversEmailMarketing(e.scope)) continue;
    const t = Date.parse(e.at);
    if (t > now && t < until) until = t;
  }
  return until;
}

/** The counted marketing sends (any channel, scheduled ones too), ascending, epoch ms. */
function countedSends(history: readonly SendIn[] | undefined): number[] {
  const out: number[] = [];
  for (const h of history ?? []) {
    if (h.purpose === "marketing" && h.counted !== false) out.push(Date.parse(h.at));
  }
  return out.sort((a, b) => a - b);
}

/** How many of the ascending `sends` lie in `(lo, hi]`. */
function countIn(sends: readonly number[], lo: number, hi: number): number {
  let n = 0;
  for (const x of sends) if (x > lo && x <= hi) n++;
  return n;
}

/**
 * The fullest 7-day window a send at `t` would join: the windows that hold `t` end at a `u` in
 * `[t, t + 7 d)` and hold the sends in `(u − 7 d, u]`, scheduled sends after `t` included. The
 * count only grows when a send enters, so the fullest ends at `t` or at a send in that span.
 */
function fullestWindow(sends: readonly number[], t: number): number {
  let best = countIn(sends, t - WINDOW_MS, t);
  for (const s of sends) {
    if (s > t && s < t + WINDOW_MS) best = Math.max(best, countIn(sends, s - WINDOW_MS, s));
  }
  return best;
}

/**
 * For a capped customer: whether the cap lifts while the consent still holds (and within the
 * 30-day horizon). The cap can only lift when a send leaves a window, 7 days after it; a send is
 * never planned after its consent lapses, so otherwise it is a denial.
 */
export function capLiftsInTime(c: CustomerInput, now: number): boolean {
  const sends = countedSends(c.history);
  let t = Number.POSITIVE_INFINITY;
  for (const s of sends) {
    const lift = s + WINDOW_MS;
    if (lift > now && lift < t && fullestWindow(sends, lift) < CAP) t = lift;
  }
  return (
    t < consentUntil(c.consents ?? [], now) &&
    t < suppressedFrom(c.suppressions, now) &&
    t < now + HORIZON_MS
  );
}

/** Whether a suppression covers e-mail marketing: purposes default to marketing, and an objection to direct marketing (GDPR Art. 21) covers every channel. */
function coversEmail(s: SuppressionIn): boolean {
  if (s.purposes !== undefined && !s.purposes.includes("marketing")) return false;
  return s.reason === "objection" || s.channels === undefined || s.channels.includes("email");
}

/** Check 2: a suppression for e-mail marketing in force now. */
export function suppressed(list: readonly SuppressionIn[] | undefined, now: number): boolean {
  if (list === undefined) return false;
  for (const s of list) {
    if (!coversEmail(s)) continue;
    if (s.at !== undefined && Date.parse(s.at) > now) continue;
    return true;
  }
  return false;
}

/** When the first suppression for e-mail marketing already recorded for a later instant starts (∞ if none). */
function suppressedFrom(list: readonly SuppressionIn[] | undefined, now: number): number {
  let from = Number.POSITIVE_INFINITY;
  for (const s of list ?? []) {
    if (!coversEmail(s) || s.at === undefined) continue;
    const t = Date.parse(s.at);
    if (t > now && t < from) from = t;
  }
  return from;
}

/**
 * Check 4's count: the most counted marketing sends (any channel) in a 7-day window that a send
 * now would join, scheduled sends included. Fewer than the cap in `(now − 7 d, now + 7 d)` settles
 * it without sorting, since every such window lies there.
 */
export function recentMarketingSends(history: readonly SendIn[] | undefined, now: number): number {
  if (history === undefined) return 0;
  let n = 0;
  for (const h of history) {
    if (h.purpose !== "marketing" || h.counted === false) continue;
    const t = Date.parse(h.at);
    if (t > now - WINDOW_MS && t < now + WINDOW_MS) n++;
  }
  return n < CAP ? n : fullestWindow(countedSends(history), now);
}

/** (a) The hand-written function: cheapest checks first, stop at the first failure. */
export function handWritten(c: CustomerInput, now: number): Outcome {
  const email = c.contacts?.email;
  if (email === undefined || (email.status ?? "ok") !== "ok") return "deny";
  if (suppressed(c.suppressions, now)) return "deny";
  if (!consentGranted(c.consents ?? [], now)) return "deny";
  if (recentMarketingSends(c.history, now) < CAP) return "send";
  return capLiftsInTime(c, now) ? "capped" : "deny";
}

// ---- (b) consentry ------------------------------------------------------------------------------

export const fourCheckPolicy: PolicyInput = {
  id: "four-check",
  caps: [{ id: "three-a-week", max: CAP, window: "P7D" }],
};
export const fourCheckMessage: MessageInput = { purpose: "marketing", channels: ["email"] };

/** consentry's decision as the three-valued outcome; anything else is returned as is, to be reported. */
export function consentryOutcome(d: Decision): Outcome | string {
  if (d.verdict === "send") return "send";
  if (d.verdict === "deny")
    return d.reasons.some((r) => r.code === "input.invalid") ? "invalid input" : "deny";
  return d.reasons.some((r) => r.code === "frequency-cap") ? "capped" : "defer (not the cap)";
}

// ---- (c) json-rules-engine ----------------------------------------------------------------------

/** One Engine, built once: four rules over facts that fact functions derive from the record. */
export function buildRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const customer = (almanac: { factValue<T>(id: string): Promise<T> }) =>
    almanac.factValue<CustomerInput>("customer");
  const now = (almanac: { factValue<T>(id: string): Promise<T> }) =>
    almanac.factValue<number>("now");
  engine.addFact("emailMarketingConsent", async (_params, almanac) =>
    consentGranted((await customer(almanac)).consents ?? [], await now(almanac)),
  );
  engine.addFact("emailMarketingSuppressed", async (_params, almanac) =>
    suppressed((await customer(almanac)).suppressions, await now(almanac)),
  );
  engine.addFact("emailContactStatus", async (_params, almanac) => {
    const email = (await customer(almanac)).contacts?.email;
    return email === undefined ? "missing" : (email.status ?? "ok");
  });
  engine.addFact("recentMarketingSends", async (_params, almanac) =>
    recentMarketingSends((await customer(almanac)).history, await now(almanac)),
  );
  engine.addFact("capLiftsInTime", async (_params, almanac) =>
    capLiftsInTime(await customer(almanac), await now(almanac)),
  );
  engine.addRule({
    name: "consent",
    conditions: { all: [{ fact: "emailMarketingConsent", operator: "equal", value: false }] },
    event: { type: "deny", params: { reason: "consent" } },
  });
  engine.addRule({
    name: "suppressed",
    conditions: { all: [{ fact: "emailMarketingSuppressed", operator: "equal", value: true }] },
    event: { type: "deny", params: { reason: "suppressed" } },
  });
  engine.addRule({
    name: "contact",
    conditions: { all: [{ fact: "emailContactStatus", operator: "notEqual", value: "ok" }] },
    event: { type: "deny", params: { reason: "contact" } },
  });
  engine.addRule({
    name: "cap",
    conditions: {
      all: [{ fact: "recentMarketingSends", operator: "greaterThanInclusive", value: CAP }],
    },
    event: { type: "capped", params: { reason: "frequency-cap" } },
  });
  engine.addRule({
    name: "cap-outlasts-consent",
    conditions: {
      all: [
        { fact: "recentMarketingSends", operator: "greaterThanInclusive", value: CAP },
        { fact: "capLiftsInTime", operator: "equal", value: false },
      ],
    },
    event: { type: "deny", params: { reason: "deadline" } },
  });
  return engine;
}

/** The verdict from the events a run fired: any denial wins over the cap. */
export function rulesOutcome(r: EngineResult): Outcome {
  let capped = false;
  for (const e of r.events) {
    if (e.type === "deny") return "deny";
    if (e.type === "capped") capped = true;
  }
  return capped ? "capped" : "send";
}

// ---- (d) Cedar ----------------------------------------------------------------------------------

const CEDAR_POLICY_SET = "four-check";
const CEDAR_POLICIES: Record<string, string> = {
  base: `permit(principal is Customer, action == Action::"sendMarketingEmail", resource);`,
  consent: `forbid(principal, action, resource) unless { principal.emailMarketingConsent };`,
  suppressed: `forbid(principal, action, resource) when { principal.emailMarketingSuppressed };`,
  contact: `forbid(principal, action, resource) unless { principal has emailStatus && principal.emailStatus == "ok" };`,
  cap: `forbid(principal, action, resource) when { principal.recentMarketingSends >= ${CAP} };`,
  lapse: `forbid(principal, action, resource) when { principal.recentMarketingSends >= ${CAP} && !principal.capLiftsInTime };`,
};

/** Parses the policy set once into cedar-wasm's cache. */
export function prepareCedar(): void {
  const r = preparsePolicySet(CEDAR_POLICY_SET, { staticPolicies: CEDAR_POLICIES });
  if (r.type !== "success") throw new Error(`Cedar: ${r.errors.map((e) => e.message).join("; ")}`);
}

const ACTION = { type: "Action", id: "sendMarketingEmail" } as const;
const RESOURCE = { type: "Message", id: "campaign" } as const;

/** One authorisation: derive the facts Cedar cannot, build the entity, ask. */
export function cedarOutcome(c: CustomerInput, now: number): Outcome | string {
  const email = c.contacts?.email;
  const principal = { type: "Customer", id: c.id };
  const attrs: Record<string, string | number | boolean> = {
    emailMarketingConsent: consentGranted(c.consents ?? [], now),
    emailMarketingSuppressed: suppressed(c.suppressions, now),
    recentMarketingSends: recentMarketingSends(c.history, now),
  };
  attrs.capLiftsInTime = (attrs.recentMarketingSends as number) < CAP || capLiftsInTime(c, now);
  if (email !== undefined) attrs.emailStatus = email.status ?? "ok";
  const ans = statefulIsAuthorized({
    principal,
    action: ACTION,
    resource: RESOURCE,
    context: {},
    preparsedPolicySetId: CEDAR_POLICY_SET,
    entities: [{ uid: principal, attrs, parents: [] }],
  });
  if (ans.type !== "success") return `error: ${ans.errors.map((e) => e.message).join("; ")}`;
  const { decision, diagnostics } = ans.response;
  if (diagnostics.errors.length > 0)
    return `error: ${diagnostics.errors.map((e) => e.error.message).join("; ")}`;
  if (decision === "allow") return "send";
  return diagnostics.reason.length === 1 && diagnostics.reason[0] === "cap" ? "capped" : "deny";
}

// ---- the run ------------------------------------------------------------------------------------

/** One row of the result: rate on the customers it was timed on, and how many it agreed on. */
export interface FourCheckRow {
  name: string;
  perSecond: number;
  agreed: number;
  /** How many customers one timed iteration covered. */
  timedOn: number;
}

/**
 * Generates `n` customers, checks that every alternative agrees with consentry on every one, and
 * times each engine. Progress and the audience mix go to standard error.
 *
 * @throws when an alternative disagrees with consentry on any customer (the first few are printed)
 */
export async function runFourCheck(n: number): Promise<FourCheckRow[]> {
  const audience = generateFourCheckAudience(n, NOW);
  const subset = audience.slice(0, Math.min(n, SLOW_SUBSET));
  const plan = compilePolicy(fourCheckPolicy);
  const opts = { message: fourCheckMessage, now: NOW };
  const engine = buildRulesEngine();
  prepareCedar();

  // Agreement first, on every customer.
  const reference: (Outcome | string)[] = [];
  for (const d of decideEach(plan, audience, opts)) reference.push(consentryOutcome(d));
  const mix: Record<string, number> = {};
  for (const o of reference) mix[o] = (mix[o] ?? 0) + 1;
  const agreed = { hand: 0, rules: 0, cedar: 0 };
  const problems: string[] = [];
  const compare = (engineName: keyof typeof agreed, i: number, got: string) => {
    const want = reference[i] as string;
    const ok = (want === "send" || want === "capped" || want === "deny") && got === want;
    if (ok) agreed[engineName]++;
    else if (problems.length < 10)
      problems.push(
        `${engineName} disagrees on ${audience[i]?.id}: consentry ${want}, ${engineName} ${got}\n  ${JSON.stringify(audience[i])}`,
      );
  };
  for (let i = 0; i < n; i++) {
    const c = audience[i] as CustomerInput;
    compare("hand", i, handWritten(c, NOW));
    compare("rules", i, rulesOutcome(await engine.run({ customer: c, now: NOW })));
    compare("cedar", i, cedarOutcome(c, NOW));
  }
  const fmtMix = Object.entries(mix)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  console.error(
    `four-check: ${n} customers — ${fmtMix}; agree with consentry: hand-written ${agreed.hand}, json-rules-engine ${agreed.rules}, Cedar ${agreed.cedar}`,
  );
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    throw new Error(
      `four-check: an alternative disagrees with consentry (hand-written ${n - agreed.hand}, json-rules-engine ${n - agreed.rules}, Cedar ${n - agreed.cedar} customers)`,
    );
  }

  // Timing: the whole audience for the fast engines, the subset for the slow ones.
  // Two warm-up passes: cedar-wasm's code tiers up during the first one or two.
  const bench = new Bench({ iterations: 5, warmupIterations: 2, time: 0, warmupTime: 0 });
  let sink: unknown;
  const sizes: number[] = [];
  bench.add("hand-written function", () => {
    for (const c of audience) sink = handWritten(c, NOW);
  });
  sizes.push(audience.length);
  bench.add("consentry decideEach", () => {
    for (const d of decideEach(plan, audience, opts)) sink = consentryOutcome(d);
  });
  sizes.push(audience.length);
  bench.add("json-rules-engine 7 (fact functions)", async () => {
    for (const c of subset) sink = rulesOutcome(await engine.run({ customer: c, now: NOW }));
  });
  sizes.push(subset.length);
  bench.add(`Cedar ${getCedarVersion()} (cedar-wasm, derived facts)`, () => {
    for (const c of subset) sink = cedarOutcome(c, NOW);
  });
  sizes.push(subset.length);
  await bench.run();
  void sink;

  const agreedBy = [agreed.hand, n, agreed.rules, agreed.cedar];
  return bench.tasks.map((t, i) => {
    const r = t.result;
    const ms = r.state === "completed" ? r.latency.p50 : Number.NaN;
    if (r.state === "errored") throw r.error;
    const size = sizes[i] as number;
    return {
      name: t.name,
      perSecond: size / (ms / 1000),
      agreed: agreedBy[i] as number,
      timedOn: size,
    };
  });
}

// ---- run directly -------------------------------------------------------------------------------

const main = process.argv[1];
if (main !== undefined && import.meta.url === pathToFileURL(resolve(main)).href) {
  const n = Number(process.env.BENCH_N ?? 100_000);
  try {
    const rows = await runFourCheck(n);
    const hand = rows.find((r) => r.name.startsWith("hand"))?.perSecond ?? Number.NaN;
    const lib = rows.find((r) => r.name.startsWith("consentry"))?.perSecond ?? Number.NaN;
    const rate = (x: number) => Math.round(x).toLocaleString("en-US");
    const ratio = (x: number) => `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×`;
    console.log(
      `\nThe four-check policy — Node ${process.version}, ${n.toLocaleString("en-US")} customers, median of 5 timed passes\n`,
    );
    console.log(
      `${"engine".padEnd(42)} ${"timed on".padStart(9)} ${"decisions/s".padStart(12)}  ${"consentry's rate ÷ this".padStart(24)}  ${"time vs hand-written".padStart(21)}`,
    );
    for (const r of rows)
      console.log(
        `${r.name.padEnd(42)} ${rate(r.timedOn).padStart(9)} ${rate(r.perSecond).padStart(12)}  ${ratio(lib / r.perSecond).padStart(24)}  ${ratio(hand / r.perSecond).padStart(21)}`,
      );
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
