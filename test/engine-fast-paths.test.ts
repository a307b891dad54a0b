/**
 * The decision engine's fast paths (issue 18) held to the slow paths they stand in for: each
 * shortcut must give what the full computation gives, on generated records.
 */

import {
  type CustomerInput,
  compilePolicy,
  decide,
  InputError,
  parseCustomer,
  prepareMessage,
} from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateAudience, REALISTIC } from "../bench/audience.js";
import { kari, requestFor } from "../src/engine/pipeline/_fixtures.test-util.js";
import { _sortByRank } from "../src/engine/pipeline/candidates.js";
import { _allKnown, _channelIssuesOf } from "../src/engine/pipeline/channels.js";
import { _parseNow, _parseNowSlow, _preparedMessage } from "../src/engine/pipeline/resolve.js";
import { _constraints, _sendsWithin } from "../src/engine/pipeline/timing.js";
import type { Customer } from "../src/model/customer.js";
import { capAllowed } from "../src/time/caps.js";

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: 20261204 };
const NOW = Date.parse("2026-05-04T12:00:00Z");
const plan = compilePolicy({
  id: "fast",
  channels: { whatsapp: { kind: "electronic" } },
  channelPriority: ["email", "sms"],
});

describe("_allKnown (the channel-name check's fast path)", () => {
  // Known channels, look-alikes of them, and names like no channel of the policy.
  const name = fc.constantFrom(
    "email",
    "sms",
    "whatsapp",
    "push",
    "e-mail",
    "emial",
    "smss",
    "fax",
  );
  const customer = fc.record({
    contacts: fc.dictionary(name, fc.constant({ address: "x@example.com" }), { maxKeys: 3 }),
    order: fc.array(name, { maxLength: 3 }),
    prefChannels: fc.dictionary(name, fc.boolean(), { maxKeys: 2 }),
    freq: fc.array(fc.option(name, { nil: undefined }), { maxLength: 2 }),
    sups: fc.array(fc.array(name, { minLength: 1, maxLength: 2 }), { maxLength: 2 }),
    scopes: fc.array(
      fc.option(fc.array(name, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      {
        maxLength: 3,
      },
    ),
    history: fc.array(name, { maxLength: 4 }),
    extra: fc.option(fc.array(name, { maxLength: 3 }), { nil: undefined }),
  });
  it("says every name is known exactly when the full check finds no issue", () => {
    let judged = 0;
    let unknown = 0;
    fc.assert(
      fc.property(customer, (g) => {
        const raw: CustomerInput = {
          id: "c",
          jurisdiction: "NO",
          contacts: g.contacts,
          preferences: {
            channelOrder: g.order,
            channels: g.prefChannels,
            frequency: g.freq.map((channel) =>
              channel === undefined ? { max: 1, per: "week" } : { max: 1, per: "week", channel },
            ),
          },
          suppressions: g.sups.map((channels) => ({ reason: "complaint", channels })),
          consents: g.scopes.map((channels, i) => ({
            id: `g${i}`,
            type: "grant",
            at: "2026-01-01T00:00:00Z",
            scope: channels === undefined ? {} : { channels },
          })),
          history: g.history.map((channel) => ({
            at: "2026-01-01T00:00:00Z",
            channel,
            purpose: "marketing",
          })),
        } as CustomerInput;
        const parsed = parseCustomer(raw);
        if (!parsed.success) return true;
        judged++;
        const c = parsed.data as Customer;
        const extra = g.extra?.map((channel) => ({
          at: "2026-01-01T00:00:00Z",
          channel,
          purpose: "marketing" as const,
        }));
        const known = _allKnown(plan, c, extra);
        const issues = _channelIssuesOf(plan, c, extra);
        // Known names never make an issue; a look-alike always does (so false is not for nothing).
        if (known) expect(issues).toEqual([]);
        else unknown++;
        const names = [
          ...Object.keys(g.contacts),
          ...g.order,
          ...Object.keys(g.prefChannels),
          ...g.freq.filter((x) => x !== undefined),
          ...g.sups.flat(),
          ...g.scopes.flatMap((x) => x ?? []),
          ...g.history,
          ...(g.extra ?? []),
        ];
        expect(known).toBe(names.every((n) => plan._.kinds.has(n)));
        return true;
      }),
      runs,
    );
    expect(judged).toBeGreaterThan(runs.numRuns / 4);
    expect(unknown).toBeGreaterThan(runs.numRuns / 10);
  });
  it("knows every name of the realistic audience", () => {
    for (const raw of generateAudience(200, NOW, 3, REALISTIC)) {
      const c = parseCustomer(raw);
      expect(c.success).toBe(true);
      if (c.success) expect(_allKnown(plan, c.data, undefined)).toBe(true);
    }
  });
});

describe("_parseNow (decide's instant fast paths)", () => {
  const value = fc.oneof(
    fc.integer({ min: -9e15, max: 9e15 }),
    fc.double(),
    fc.constantFrom(8.64e15, -8.64e15, 253402300799999, 253402300800000, -62167219200000, 0, -0),
    fc.date({ noInvalidDate: false }),
    fc.date().map((d) => d.toISOString()),
    fc.constantFrom("2026-05-04T12:00:00Z", "2026-05-04T12:00:00+02:00", "2026-05-04", "x", ""),
    fc.anything({ maxDepth: 1 }),
  );
  const outcome = (f: (v: unknown) => number, v: unknown) => {
    try {
      return { ms: f(v) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  it("gives what the schema gives, for every value, asked once or twice", () => {
    fc.assert(
      fc.property(value, (v) => {
        const slow = outcome(_parseNowSlow, v);
        expect(outcome(_parseNow, v)).toStrictEqual(slow);
        expect(outcome(_parseNow, v)).toStrictEqual(slow); // the remembered string
        return true;
      }),
      { ...runs, numRuns: runs.numRuns * 5 },
    );
  });
});

describe("_preparedMessage (decide's message kept by identity)", () => {
  const customer = generateAudience(1, NOW, 5, REALISTIC)[0] as CustomerInput;
  const bench = compilePolicy({ id: "m", channelPriority: ["email", "sms"] });
  it("validates a message changed in place afresh, and never keeps what is not plain data", () => {
    const message = { purpose: "marketing", channels: ["email", "sms"] } as {
      purpose: string;
      channels: string[];
      topic?: string;
    };
    const first = _preparedMessage(bench, message, {});
    expect(_preparedMessage(bench, message, {})).toBe(first);
    message.channels.push("fax");
    expect(() => _preparedMessage(bench, message, {})).toThrow(InputError);
    message.channels.pop();
    message.topic = "running";
    const second = _preparedMessage(bench, message, {});
    expect(second).not.toBe(first);
    expect(second).toStrictEqual(prepareMessage(bench, message));
    // Another spread is another preparation.
    expect(_preparedMessage(bench, message, { spread: "PT1H" })._spreadMs).toBe(3_600_000);
    // A class instance is prepared every time (never kept).
    class Msg {
      purpose = "marketing";
      channels = ["email"];
    }
    const m = new Msg();
    const a = (() => {
      try {
        return _preparedMessage(bench, m, {});
      } catch (e) {
        return e;
      }
    })();
    const b = (() => {
      try {
        return _preparedMessage(bench, m, {});
      } catch (e) {
        return e;
      }
    })();
    expect(a).not.toBe(b);
  });
  it("decides as a fresh preparation does, for messages changed between calls", () => {
    const topics = fc.option(fc.constantFrom("running", "ski"), { nil: undefined });
    const channels = fc.subarray(["email", "sms", "push"], { minLength: 1 });
    const message: Record<string, unknown> = { purpose: "marketing", channels: ["email"] };
    fc.assert(
      fc.property(topics, channels, fc.constantFrom("first", "all"), (topic, chs, delivery) => {
        if (topic === undefined) delete message.topic;
        else message.topic = topic;
        message.channels = chs;
        message.delivery = delivery;
        const viaKept = decide(bench, { customer, message: message as never, now: NOW });
        const fresh = decide(bench, {
          customer,
          message: structuredClone(message) as never,
          now: NOW,
        });
        expect(JSON.stringify(viaKept)).toBe(JSON.stringify(fresh));
        return true;
      }),
      runs,
    );
  });
});

describe("_sortByRank (the candidates' insertion sort)", () => {
  it("orders every list as the built-in stable sort does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ rank: fc.integer({ min: 0, max: 3 }), id: fc.nat() }), {
          maxLength: 12,
        }),
        (xs) => {
          const cmp = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;
          expect(_sortByRank([...xs], cmp)).toStrictEqual([...xs].sort(cmp));
          return true;
        },
      ),
      runs,
    );
  });
});

describe("a cap's counted sends (collected and sorted as doubles)", () => {
  const entry = fc.record({
    at: fc.integer({ min: -40, max: 5 }).map((d) => NOW + d * 86_400_000),
    jitter: fc.constantFrom(0, 0, 1, 3_600_000),
    channel: fc.constantFrom("email", "sms"),
    purpose: fc.constantFrom("marketing", "service"),
    counted: fc.constantFrom(undefined, undefined, false),
  });
  it("allow the instants a cap over the sorted matching sends allows", () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.constantFrom("P7D", "week"),
        (es, window) => {
          const history = es.map((e) => ({
            at: new Date(e.at + e.jitter).toISOString(),
            channel: e.channel,
            purpose: e.purpose,
            ...(e.counted === undefined ? {} : { counted: e.counted }),
          }));
          const { req, candidates } = requestFor(
            {
              id: "caps",
              channelPriority: ["email", "sms"],
              caps: [{ id: "two", max: 2, window, countBy: ["purpose", "channel"] }],
            },
            { ...kari, history },
            { purpose: "marketing", channels: ["email", "sms"] },
            new Date(NOW).toISOString(),
          );
          for (const c of candidates) {
            const k = _constraints(req, c.channel, c.facts).find((x) => x.rule === "two");
            expect(k).toBeDefined();
            const sends = history
              .filter(
                (h) => h.counted !== false && h.purpose === "marketing" && h.channel === c.channel,
              )
              .map((h) => Date.parse(h.at))
              .sort((a, b) => a - b);
            const range: [number, number] = [NOW, NOW + 30 * 86_400_000];
            const cw =
              window === "week"
                ? ({ kind: "calendar", unit: "week" } as const)
                : ({ kind: "rolling", ms: 7 * 86_400_000 } as const);
            for (const z of ["Europe/Oslo", "UTC"])
              expect(k?.allowed(z, range)).toStrictEqual(capAllowed(sends, 2, cw, z, range));
            expect(k?.holds("UTC", NOW)).toBe(
              capAllowed(sends, 2, cw, "UTC", [NOW, NOW + 1]).length > 0,
            );
          }
          return true;
        },
      ),
      runs,
    );
  });
});

describe("a cap's check at one instant (counted in place, exact check over the nearby sends)", () => {
  const entry = fc.record({
    day: fc.integer({ min: -20, max: 20 }),
    ms: fc.oneof(fc.constantFrom(0, 1, -1), fc.integer({ min: -7_200_000, max: 7_200_000 })),
    channel: fc.constantFrom("email", "sms"),
    counted: fc.constantFrom(undefined, undefined, undefined, false),
  });
  it("holds exactly where the cap over every sorted send allows", () => {
    let blocked = 0;
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.integer({ min: -10, max: 10 }),
        fc.constantFrom(0, 1, -1, 43_200_000),
        fc.integer({ min: 1, max: 4 }),
        (es, day, off, max) => {
          const t = NOW + day * 86_400_000 + off;
          const history = es.map((e) => ({
            at: new Date(NOW + e.day * 86_400_000 + e.ms).toISOString(),
            channel: e.channel,
            purpose: "marketing",
            ...(e.counted === undefined ? {} : { counted: e.counted }),
          }));
          const { req, candidates } = requestFor(
            { id: "caps", channelPriority: ["email"], caps: [{ id: "c", max, window: "P7D" }] },
            { ...kari, history },
            { purpose: "marketing", channels: ["email"] },
            new Date(NOW).toISOString(),
          );
          const c = candidates[0];
          if (c === undefined) return true;
          const k = _constraints(req, c.channel, c.facts).find((x) => x.rule === "c");
          const sends = history
            .filter((h) => h.counted !== false)
            .map((h) => Date.parse(h.at))
            .sort((a, b) => a - b);
          const want =
            capAllowed(sends, max, { kind: "rolling", ms: 7 * 86_400_000 }, "UTC", [t, t + 1])
              .length > 0;
          if (!want) blocked++;
          expect(k?.holds("UTC", t)).toBe(want); // the first check: counted in place
          expect(k?.holds("UTC", t)).toBe(want); // then in the sorted sends
          return true;
        },
      ),
      { ...runs, numRuns: runs.numRuns * 3 },
    );
    expect(blocked).toBeGreaterThan(runs.numRuns / 10);
  });
  it("collects the nearby counted sends in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean()), { maxLength: 40 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (xs, lo, hi) => {
          const hs = xs.map(([, counted]) => ({
            at: "",
            channel: "email",
            purpose: "marketing" as const,
            ...(counted ? {} : { counted: false }),
          }));
          const times = xs.map(([t]) => t);
          const want = xs
            .filter(([t, counted]) => counted && t > lo && t < hi)
            .map(([t]) => t)
            .sort((a, b) => a - b);
          expect(_sendsWithin(hs, times, () => true, lo, hi)).toStrictEqual(want);
          return true;
        },
      ),
      runs,
    );
  });
});
