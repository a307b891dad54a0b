import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CustomerSchema,
  compilePolicy,
  decide,
  decideEach,
  InputError,
  MessageSchema,
  PolicyError,
  PolicySchema,
  prepareMessage,
  safeCompilePolicy,
  safeDecide,
} from "../src/index.js";
import { _knownKeys } from "../src/model/schema-keys.js";

/** Errors a user meets say what to do: the field, the nearest known name, the fix. */

const plan = compilePolicy({ id: "p" });
const customer = { id: "c", jurisdiction: "NO", contacts: { email: { address: "a@b.no" } } };
const message = { purpose: "service", channels: ["email"] } as const;
const now = "2026-05-04T10:00:00Z";

function issuesOf(f: () => unknown): { path: string; code: string; message: string }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError || e instanceof PolicyError)
      return e.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message }));
    throw e;
  }
  throw new Error("did not throw");
}

/** A one-edit typo of `key` that keeps it recognisable: a swap, a dropped or doubled letter, a case change. */
const typo = (key: string) =>
  fc
    .integer({ min: 0, max: key.length - 2 })
    .chain((i) =>
      fc.constantFrom(
        key.slice(0, i) + (key[i + 1] ?? "") + (key[i] ?? "") + key.slice(i + 2),
        key.slice(0, i) + key.slice(i + 1),
        key.slice(0, i + 1) + (key[i] ?? "") + key.slice(i + 1),
        key.toLowerCase() === key ? key.toUpperCase() : key.toLowerCase(),
      ),
    );

describe("unknown keys get the nearest known key", () => {
  const shapes = [
    {
      name: "customer",
      schema: CustomerSchema,
      call: (k: string) => () =>
        decide(plan, { customer: { ...customer, [k]: 1 } as never, message, now }),
    },
    {
      name: "message",
      schema: MessageSchema,
      call: (k: string) => () =>
        decide(plan, { customer, message: { ...message, [k]: 1 } as never, now }),
    },
    {
      name: "policy",
      schema: PolicySchema,
      call: (k: string) => () => compilePolicy({ id: "p", [k]: 1 } as never),
    },
  ];
  for (const { name, schema, call } of shapes) {
    const keys = _knownKeys(schema, []).filter((k) => k.length >= 5);
    it(`${name}: every key of the shape, mistyped by one edit, is suggested back (${keys.length} keys)`, () => {
      expect(keys.length).toBeGreaterThan(2);
      fc.assert(
        fc.property(
          fc.constantFrom(...keys).chain((k) => typo(k).map((t) => [k, t] as const)),
          ([key, t]) => {
            fc.pre(!keys.includes(t));
            const found = issuesOf(call(t)).find((i) => i.code === "unrecognized_keys");
            expect(found?.path).toBe(name === "policy" ? t : `${name}.${t}`);
            // The nearest key is the one meant.
            expect(found?.message).toBe(`unknown key: did you mean '${key}'?`);
          },
        ),
        { numRuns: 200 },
      );
    });
  }
  it("names the nearest key at any depth, at the key's own path", () => {
    expect(
      issuesOf(() =>
        decide(plan, { customer: { ...customer, timezone: "Europe/Oslo" } as never, message, now }),
      ),
    ).toEqual([
      {
        path: "customer.timezone",
        code: "unrecognized_keys",
        message: "unknown key: did you mean 'timeZone'?",
      },
    ]);
    expect(
      issuesOf(() =>
        compilePolicy({
          id: "p",
          quietHours: [{ id: "q", windows: [{ form: "21:00", until: "08:00" }] }],
        } as never),
      ).find((i) => i.code === "unrecognized_keys"),
    ).toEqual({
      path: "quietHours.0.windows.0.form",
      code: "unrecognized_keys",
      message: "unknown key: did you mean 'from'?",
    });
  });
  it("says which keys are known when none is near", () => {
    const [i] = issuesOf(() => compilePolicy({ id: "p", zzzzzzzz: 1 } as never));
    expect(i?.message).toMatch(/^unknown key \(known here: id, version/);
  });
  it("a mistyped channel gets the built-in one meant", () => {
    expect(
      issuesOf(() => compilePolicy({ id: "p", channelPriority: ["emial" as "email"] }))[0]?.message,
    ).toBe("unknown channel 'emial': did you mean 'email'?");
    expect(
      issuesOf(() =>
        decide(plan, { customer, message: { ...message, channels: ["smss"] }, now }),
      )[0],
    ).toMatchObject({
      path: "message.channels.0",
      message: "unknown channel 'smss': did you mean 'sms'?",
    });
  });
});

describe("instants without an offset say what is missing", () => {
  it("for now, a consent's time and a message's deadline", () => {
    for (const local of ["2026-05-04T10:00:00", "2026-05-04T10:00", "2026-05-04T10:00:00.123"]) {
      const m = `needs an offset such as Z or +02:00 (a time without one is ambiguous): '${local}'`;
      expect(issuesOf(() => decide(plan, { customer, message, now: local }))).toEqual([
        { path: "now", code: "invalid_format", message: m },
      ]);
      const consents = [{ id: "g", type: "grant", at: local }] as const;
      expect(
        issuesOf(() => decide(plan, { customer: { ...customer, consents }, message, now })),
      ).toEqual([{ path: "customer.consents.0.at", code: "invalid_format", message: m }]);
      expect(
        issuesOf(() => decide(plan, { customer, message: { ...message, deadline: local }, now })),
      ).toEqual([{ path: "message.deadline", code: "invalid_format", message: m }]);
    }
  });
  it("anything else that is not an instant is shown the form asked for", () => {
    expect(
      issuesOf(() => decide(plan, { customer, message, now: "next tuesday" }))[0]?.message,
    ).toBe(
      "must be an ISO 8601 date-time with an offset, such as 2026-05-04T10:00:00Z or 2026-05-04T12:00:00+02:00",
    );
  });
});

describe("a missing or mistyped argument field says what is wanted", () => {
  const instant =
    'a Date, epoch milliseconds or an ISO 8601 string with an offset such as "2026-05-04T10:00:00Z"';
  it("now: missing, null or of another type", () => {
    const without = { customer, message } as unknown as Parameters<typeof decide>[1];
    expect(issuesOf(() => decide(plan, without))).toEqual([
      { path: "now", code: "invalid_union", message: `is required: ${instant}` },
    ]);
    for (const [v, t] of [
      [null, "null"],
      [true, "boolean"],
      [{}, "object"],
    ] as const) {
      expect(issuesOf(() => decide(plan, { customer, message, now: v as never }))).toEqual([
        { path: "now", code: "invalid_union", message: `must be an instant, not ${t}: ${instant}` },
      ]);
      // The safe twin returns the same, never throws.
      const r = safeDecide(plan, { customer, message, now: v as never });
      expect(r.success ? undefined : r.error.issues[0]?.message).toBe(
        `must be an instant, not ${t}: ${instant}`,
      );
    }
  });
  it("a missing customer, message or required field is 'required', naming the type", () => {
    for (const key of ["customer", "message"] as const) {
      const input = { customer, message, now, [key]: undefined } as never;
      expect(issuesOf(() => decide(plan, input))).toEqual([
        { path: key, code: "invalid_type", message: "is required (an object)" },
      ]);
    }
    const { id: _id, ...noId } = customer;
    expect(issuesOf(() => decide(plan, { customer: noId as never, message, now }))).toEqual([
      { path: "customer.id", code: "invalid_type", message: "is required (a string)" },
    ]);
  });
});

describe("a plan that was not compiled, or arguments out of place", () => {
  const raw = { id: "p", packs: ["NO"] };
  const cases: [string, () => unknown, RegExp][] = [
    [
      "decide(policy, input)",
      () => decide(raw as never, { customer, message, now }),
      /was given a policy, not a plan: pass the result of compilePolicy\(policy\)/,
    ],
    [
      "decide(input)",
      () => (decide as (...a: unknown[]) => unknown)({ customer, message, now }),
      /was given its input first/,
    ],
    [
      "decide(plan)",
      () => (decide as (...a: unknown[]) => unknown)(plan),
      /decide needs \{ customer, message, now \}/,
    ],
    ["decide()", () => (decide as (...a: unknown[]) => unknown)(), /first argument must be a plan/],
    [
      "decideEach(policy, …)",
      () => [...decideEach(raw as never, [customer], { message, now })],
      /decideMany was given a policy/,
    ],
    [
      "decideEach(plan, customers)",
      () => [...(decideEach as (...a: unknown[]) => Iterable<unknown>)(plan, [customer])],
      /decideMany needs \{ message, now \}/,
    ],
    [
      "prepareMessage(policy, message)",
      () => prepareMessage(raw as never, message),
      /prepareMessage was given a policy/,
    ],
  ];
  for (const [name, f, m] of cases)
    it(`${name} is an InputError that says what to pass`, () => {
      expect(f).toThrow(InputError);
      expect(f).toThrow(m);
    });
  it("safeDecide never throws for them: it returns the error", () => {
    for (const p of [raw, undefined, null, 42, {}, { _: null }])
      for (const input of [{ customer, message, now }, undefined, null, "x", []]) {
        const r = safeDecide(p as never, input as never);
        expect(r.success).toBe(false);
        if (!r.success) expect(r.error).toBeInstanceOf(InputError);
      }
  });
  it("safeCompilePolicy never throws for any value", () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = safeCompilePolicy(v);
        expect(r.success || r.error instanceof PolicyError).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("an input that throws when read (issue 11, class 19, for decide)", () => {
  /** A copy of `value` whose property at `path` throws when read. */
  function trap(value: unknown, path: readonly (string | number)[]): unknown {
    if (path.length === 0) return value;
    const [head, ...rest] = path as [string | number, ...(string | number)[]];
    const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
      string | number,
      unknown
    >;
    if (rest.length === 0)
      Object.defineProperty(copy, head, {
        enumerable: true,
        get() {
          throw new Error(`trap at ${String(head)}`);
        },
      });
    else copy[head] = trap((value as Record<string | number, unknown>)[head], rest);
    return copy;
  }
  const full = {
    customer: {
      ...customer,
      consents: [{ id: "e", type: "grant", at: "2026-01-01T00:00:00Z", scope: {} }],
      preferences: { channels: { email: true } },
    },
    message,
    now,
    history: [{ at: "2026-05-01T10:00:00Z", channel: "email", purpose: "service" }],
  };
  const paths: (string | number)[][] = [
    ["customer"],
    ["message"],
    ["now"],
    ["history"],
    ["history", 0],
    ["customer", "id"],
    ["customer", "jurisdiction"],
    ["customer", "contacts"],
    ["customer", "contacts", "email"],
    ["customer", "consents", 0],
    ["customer", "consents", 0, "at"],
    ["customer", "preferences", "channels"],
    ["message", "channels"],
    ["message", "purpose"],
  ];
  it("is an InputError from decide and a failure from safeDecide, never the error it threw", () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), (path) => {
        const input = trap(full, path) as Parameters<typeof decide>[1];
        let thrown: unknown;
        try {
          decide(plan, input);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, path.join(".")).toBeInstanceOf(InputError);
        const r = safeDecide(plan, input);
        expect(r.success).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe("a policy or message that throws when read", () => {
  const policy = {
    id: "p",
    packs: ["NO"],
    channelPriority: ["email", "sms"],
    quietHours: [{ from: "21:00", until: "08:00" }],
  };
  const trapped = (o: Record<string, unknown>, key: string) => {
    const c = { ...o };
    Object.defineProperty(c, key, {
      enumerable: true,
      get() {
        throw new Error(`trap at ${key}`);
      },
    });
    return c;
  };
  it("compilePolicy throws a PolicyError and safeCompilePolicy fails, for every key", () => {
    for (const key of Object.keys(policy)) {
      const p = trapped(policy, key);
      expect(() => compilePolicy(p as never), key).toThrow(PolicyError);
      expect(safeCompilePolicy(p).success, key).toBe(false);
    }
  });
  it("prepareMessage throws an InputError, for every key", () => {
    for (const key of Object.keys(message)) {
      const m = trapped(message, key);
      expect(() => prepareMessage(plan, m), key).toThrow(InputError);
    }
  });
});
