/**
 * Fail closed under bad input: generated garbage and mutated records never crash a batch, never
 * hang, and never become a send. `npm run fuzz` runs the same properties longer (FUZZ_RUNS).
 */

import {
  type CustomerInput,
  compilePolicy,
  decideEach,
  PolicyError,
  parseCustomer,
  safeCompilePolicy,
} from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const opts = { numRuns: RUNS, seed: 4242 };
const now = "2026-05-04T10:00:00Z";
const message = { purpose: "marketing" as const, channels: ["email", "sms"] };
const plan = compilePolicy({
  id: "fuzz",
  packs: "auto",
  quietHours: [{ id: "q", windows: [{ from: "21:00", until: "08:00" }] }],
  caps: [{ id: "c", max: 2, window: "P7D" }],
  // A sender whose messages name it and carry an opt-out (ePrivacy Art. 13(4) is tested elsewhere).
  messageDefaults: { facts: { senderIdentified: true, optOut: true, optOutValidFor: "P30D" } },
});
const valid: CustomerInput = {
  id: "v",
  jurisdiction: "ES",
  timeZone: "Europe/Madrid",
  contacts: { email: { address: "v@example.es" }, sms: { address: "+34600000000" } },
  consents: [
    { id: "g", type: "grant", at: "2026-01-01T00:00:00Z", scope: { purposes: ["marketing"] } },
  ],
  history: [{ at: "2026-05-01T10:00:00Z", channel: "email", purpose: "marketing" }],
};

/** A valid record with one field, at any depth, replaced by generated JSON. */
const mutated = fc
  .tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.boolean())
  .map(([junk, pick, drop]) => {
    const c = structuredClone(valid) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (p.length > 0) paths.push(p);
      if (v !== null && typeof v === "object")
        for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
    };
    walk(c, []);
    const path = paths[pick % paths.length] as (string | number)[];
    let o = c as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (drop) delete o[last];
    else o[last] = junk;
    return c;
  });

describe("fail closed", () => {
  it("garbage records yield input.invalid denials, in order, and the batch goes on", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.jsonValue()), { maxLength: 8 }),
        (records) => {
          const out = [...decideEach(plan, [...records, valid], { message, now })];
          expect(out).toHaveLength(records.length + 1);
          records.forEach((r, i) => {
            if (!parseCustomer(r).success) {
              expect(out[i]?.verdict).toBe("deny");
              expect(out[i]?.reasons[0]?.code).toBe("input.invalid");
            }
          });
          expect(out.at(-1)?.verdict).toBe("send");
        },
      ),
      opts,
    );
  });

  it("a record with any one field broken or missing never sends unless it is still valid", () => {
    fc.assert(
      fc.property(mutated, (record) => {
        const [d] = [...decideEach(plan, [record], { message, now })];
        if (!parseCustomer(record).success) {
          expect(d?.verdict).toBe("deny");
          expect(d?.reasons.every((r) => r.code === "input.invalid")).toBe(true);
        }
      }),
      opts,
    );
  });

  it("garbage policies give a PolicyError with paths, never a crash", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (p) => {
        const r = safeCompilePolicy(p);
        if (!r.success) {
          expect(r.error).toBeInstanceOf(PolicyError);
          expect(r.error.issues.length).toBeGreaterThan(0);
        }
      }),
      opts,
    );
  });

  it("a policy nested thousands deep is refused before parsing", () => {
    let cond: unknown = { field: "channel", op: "eq", value: "sms" };
    for (let i = 0; i < 20_000; i++) cond = { not: cond };
    const r = safeCompilePolicy({ id: "p", rules: [{ id: "deep", when: cond }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.code).toBe("too_deep");
  });

  it("__proto__ and constructor keys are refused, not obeyed", () => {
    const rec = JSON.parse(
      '{"id":"c","jurisdiction":"NO","contacts":{"email":{"address":"a@b.no"}},"attributes":{"__proto__":{"polluted":true},"constructor":1}}',
    );
    const [d] = [...decideEach(plan, [rec], { message, now })];
    expect(d?.reasons[0]).toMatchObject({
      code: "input.invalid",
      path: ["attributes", "__proto__"],
    });
    const hidden = JSON.parse(
      '{"id":"c","jurisdiction":"NO","contacts":{"__proto__":{"address":"a@b.no"}}}',
    );
    expect([...decideEach(plan, [hidden], { message, now })][0]?.reasons[0]?.code).toBe(
      "input.invalid",
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const p = safeCompilePolicy(
      JSON.parse('{"id":"p","channels":{"__proto__":{"kind":"electronic"}}}'),
    );
    expect(p.success).toBe(false);
  });

  it("blackouts that recur more often than daily are refused (they would cost unbounded work)", () => {
    expect(
      safeCompilePolicy({ id: "p", blackouts: [{ id: "b", rrule: "FREQ=MINUTELY" }] }).success,
    ).toBe(false);
    expect(
      safeCompilePolicy({ id: "p", blackouts: [{ id: "b", rrule: "FREQ=HOURLY" }] }).success,
    ).toBe(false);
  });
});

// Issue 11, classes 5, 7, 14, 15, fuzzed further (`npm run fuzz`); each class has its own test
// file too (test/lookalike-names, empty-shapes, caps-planned, deferral-bounds).

// biome-ignore lint/suspicious/noExplicitAny: records mutated in place, as plain JSON
type Json = any;
const CONFUSE: ((s: string, i: number) => string)[] = [
  (s) => s.toUpperCase(),
  (s, i) => s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1),
  (s) => `${s} `,
  (s) => `\u00a0${s}`,
  (s, i) => `${s.slice(0, i)}\u200b${s.slice(i)}`,
  (s, i) => `${s.slice(0, i)}\ufeff${s.slice(i)}`,
  (s) => [...s].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(""),
  (s) => s.replace("e", "\u0435").replace("s", "\u0455").replace("a", "\u0430"),
  (s, i) => `${s.slice(0, Math.max(1, i))}-${s.slice(Math.max(1, i))}`,
];
const named: CustomerInput = {
  ...valid,
  preferences: { channels: { sms: false }, topics: { offers: false } },
  suppressions: [{ reason: "complaint", channels: ["voice"] }],
  consents: [
    ...(valid.consents ?? []),
    { id: "w", type: "withdraw", at: "2026-02-01T00:00:00Z", scope: { channels: ["push"] } },
  ],
};
/** Every place of `named` that holds a channel or topic name: a key or a list element. */
const NAME_PLACES: ((r: Json, f: (s: string) => string) => void)[] = [
  (r, f) => {
    r.preferences.channels = { [f("sms")]: false };
  },
  (r, f) => {
    r.preferences.topics = { [f("offers")]: false };
  },
  (r, f) => {
    r.contacts = { ...r.contacts, [f("email")]: { address: "x@example.es" } };
  },
  (r, f) => {
    r.suppressions[0].channels = [f("voice")];
  },
  (r, f) => {
    r.consents[1].scope.channels = [f("push")];
  },
  (r, f) => {
    r.history[0].channel = f("email");
  },
];

describe("fail closed: issue 11, classes 5, 7, 14, 15", () => {
  it("a channel or topic name made to look like itself never passes (class 5)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: NAME_PLACES.length - 1 }),
        fc.nat({ max: CONFUSE.length - 1 }),
        fc.nat({ max: 5 }),
        (p, k, i) => {
          // A topic has no list to compare with: only a name that is not a name can be told.
          fc.pre(p !== 1 || k < CONFUSE.length - 1);
          const r = structuredClone(named) as Json;
          (NAME_PLACES[p] as (typeof NAME_PLACES)[number])(r, (s) =>
            (CONFUSE[k] as (typeof CONFUSE)[number])(s, i % s.length),
          );
          const [d] = [...decideEach(plan, [r], { message, now })];
          expect(d?.verdict).toBe("deny");
          expect(d?.reasons.every((x) => x.code === "input.invalid")).toBe(true);
        },
      ),
      opts,
    );
    expect([...decideEach(plan, [named], { message, now })][0]?.verdict).not.toBe("deny");
  });

  it("an empty or inverted shape anywhere it can be never passes (class 7)", () => {
    const H = 3_600_000;
    fc.assert(
      fc.property(
        fc.nat({ max: 3 }),
        fc.integer({ min: -500, max: 500 }),
        fc.nat({ max: 500 }),
        (k, a, back) => {
          const from = Date.parse(now) + a * H;
          const r = structuredClone(valid) as Json;
          if (k === 0) r.suppressions = [{ reason: "legal", channels: [] }];
          else if (k === 1) r.suppressions = [{ reason: "legal", purposes: [] }];
          else if (k === 2)
            r.preferences = {
              pause: {
                from: new Date(from).toISOString(),
                until: new Date(from - back * H).toISOString(),
              },
            };
          else r.preferences = { contactHours: [] };
          const [d] = [...decideEach(plan, [r], { message, now })];
          expect(d?.verdict).toBe("deny");
          expect(d?.reasons[0]?.code).toBe("input.invalid");
        },
      ),
      opts,
    );
  });

  it("planned sends stay within caps and before any dated end of permission (classes 14, 15)", () => {
    const H = 3_600_000;
    const T = Date.parse(now);
    const capPlan = compilePolicy({
      id: "fuzz-caps",
      caps: [
        { id: "r", max: 2, window: "P1D" },
        { id: "ch", max: 1, window: "PT6H", countBy: ["channel"] },
      ],
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            h: fc.integer({ min: -72, max: 72 }),
            channel: fc.constantFrom("email", "sms"),
          }),
          { maxLength: 8 },
        ),
        fc.option(fc.integer({ min: 1, max: 96 }), { nil: undefined }),
        fc.nat({ max: 2 }),
        (sends, endH, how) => {
          const F = endH === undefined ? undefined : T + endH * H;
          const r = structuredClone(valid) as Json;
          r.history = sends.map((s) => ({
            at: new Date(T + s.h * H).toISOString(),
            channel: s.channel,
            purpose: "marketing",
          }));
          if (F !== undefined) {
            const at = new Date(F).toISOString();
            if (how === 0) r.consents.push({ id: "w", type: "withdraw", at, scope: {} });
            else if (how === 1) r.suppressions = [{ reason: "unsubscribe", at }];
            else r.consents[0].expiresAt = at;
          }
          const [d] = [
            ...decideEach(capPlan, [r], { message: { ...message, delivery: "all" }, now }),
          ];
          const planned = (d?.deliveries ?? []).map((x) => ({
            t: Date.parse(x.sendAt),
            channel: x.channel,
          }));
          const all = [...sends.map((s) => ({ t: T + s.h * H, channel: s.channel })), ...planned];
          for (const p of planned) {
            if (F !== undefined) expect(p.t).toBeLessThan(F);
            // Every window holding p: (u - ms, u] for u in [p, p + ms), peaking at p or a send.
            const fullest = (ms: number, same: (c: string) => boolean) => {
              const xs = all.filter((x) => same(x.channel)).map((x) => x.t);
              let most = 0;
              for (const u of [p.t, ...xs.filter((x) => x >= p.t && x < p.t + ms)])
                most = Math.max(most, xs.filter((x) => x > u - ms && x <= u).length);
              return most;
            };
            expect(fullest(24 * H, () => true)).toBeLessThanOrEqual(2);
            expect(fullest(6 * H, (c) => c === p.channel)).toBeLessThanOrEqual(1);
          }
        },
      ),
      opts,
    );
  });
});
