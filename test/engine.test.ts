import {
  type CustomerInput,
  compilePolicy,
  type Decision,
  DecisionSchema,
  decide,
  decideEach,
  decideMany,
  definePolicy,
  InputError,
  jsonSchemas,
  PolicyError,
  safeCompilePolicy,
  safeDecide,
  summarize,
} from "consentry";
import { describe, expect, it } from "vitest";

const now = "2026-05-04T10:00:00Z";
const customer = (over: Partial<CustomerInput> = {}): CustomerInput => ({
  id: "c1",
  jurisdiction: "NO",
  timeZone: "Europe/Oslo",
  contacts: { email: { address: "a@example.no" }, sms: { address: "+4790000000" } },
  consents: [
    { id: "g", type: "grant", at: "2026-01-01T00:00:00Z", scope: { purposes: ["marketing"] } },
  ],
  ...over,
});
const message = { purpose: "marketing", channels: ["email", "sms"] } as const;

describe("compilePolicy", () => {
  it("lists every problem at once, each with its path", () => {
    const r = safeCompilePolicy({
      id: "p",
      channelPriority: ["email", "fax"],
      rules: [
        { id: "r1", when: { field: "customer.attributes.tier", op: "in", value: "gold" } },
        { id: "r1", when: { field: "customer.attributes.tier", op: "eq", value: "x" } },
      ],
      blackouts: [{ id: "b", rrule: "FREQ=SOMETIMES" }],
      caps: [{ id: "c", max: 1, window: "P0D" }],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(PolicyError);
    expect(r.error.name).toBe("PolicyError");
    const paths = r.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "channelPriority.1",
        "rules.0.when.value",
        "rules.1.id",
        "blackouts.0.rrule",
        "caps.0.window",
      ]),
    );
  });
  it("rejects unknown fields and wrong types with their paths", () => {
    // @ts-expect-error an unknown key is a compile error too
    expect(() => compilePolicy({ id: "p", quietHour: [] })).toThrow(PolicyError);
    try {
      compilePolicy({ id: "p", caps: [{ id: "c", max: -1, window: "day" }] });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyError).issues[0]?.path).toEqual(["caps", 0, "max"]);
    }
  });
  it("rejects an unknown pack rather than silently running without it", () => {
    expect(() => compilePolicy({ id: "p", packs: ["XX"] })).toThrow(/unknown pack 'XX'/);
    expect(() => compilePolicy({ id: "p", packs: "auto" }, { packs: {} })).toThrow(PolicyError);
    expect(compilePolicy({ id: "p", packs: "auto" }).id).toBe("p");
  });
  it("rejects a rule with both when and test, or with neither", () => {
    expect(() => compilePolicy({ id: "p", rules: [{ id: "r" }] })).toThrow(/exactly one/);
  });
  it("bounds condition nesting", () => {
    let cond: unknown = { field: "channel", op: "eq", value: "sms" };
    for (let i = 0; i < 20; i++) cond = { not: cond };
    expect(() => compilePolicy({ id: "p", rules: [{ id: "deep", when: cond }] })).toThrow(
      /nested deeper/,
    );
  });
});

describe("decide", () => {
  const plan = compilePolicy({ id: "p", version: "7" });

  it("sends now with the consent that authorises it", () => {
    const d = decide(plan, { customer: customer(), message, now });
    expect(d).toMatchObject({
      verdict: "send",
      channel: "email",
      sendAt: now.replace("Z", ".000Z"),
      policy: { id: "p", version: "7" },
    });
    expect(d.basis).toMatchObject({ code: "basis.consent", consentId: "g" });
  });

  it("accepts now as a Date or epoch milliseconds with the same result", () => {
    const a = decide(plan, { customer: customer(), message, now });
    expect(decide(plan, { customer: customer(), message, now: new Date(now) })).toEqual(a);
    expect(decide(plan, { customer: customer(), message, now: Date.parse(now) })).toEqual(a);
  });

  it("throws an InputError naming the bad field", () => {
    try {
      decide(plan, { customer: customer({ contacts: { email: { address: "" } } }), message, now });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]?.path).toEqual([
        "customer",
        "contacts",
        "email",
        "address",
      ]);
    }
    expect(() =>
      decide(plan, { customer: customer(), message: { ...message, channels: ["fax"] }, now }),
    ).toThrow(/message.channels.0/);
    expect(() => decide(plan, { customer: customer(), message, now: "yesterday" })).toThrow(
      InputError,
    );
    expect(() =>
      decide(plan, { customer: customer(), message, now: new Date(Number.NaN) }),
    ).toThrow(InputError);
  });

  it("safeDecide returns the error instead of throwing", () => {
    const r = safeDecide(plan, { customer: { id: 1 }, message, now });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.some((i) => i.path.join(".") === "customer.id")).toBe(true);
  });

  it("denies when a typed predicate prohibits, and fails closed when it throws", () => {
    const p = compilePolicy(
      definePolicy({
        id: "typed",
        rules: [
          { id: "no-sms", channels: ["sms"], test: (ctx) => ctx.channel === "sms" },
          {
            id: "broken",
            channels: ["email"],
            test: () => {
              throw new Error("boom");
            },
          },
        ],
      }),
    );
    const d = decide(p, { customer: customer(), message, now });
    expect(d.verdict).toBe("deny");
    expect(d.reasons.map((r) => [r.code, r.rule])).toEqual([
      ["rule.error", "broken"],
      ["rule.deny", "no-sms"],
    ]);
  });

  it("produces a decision that survives JSON and the schema unchanged", () => {
    const d = decide(plan, { customer: customer({ consents: [] }), message, now });
    const back = DecisionSchema.parse(JSON.parse(JSON.stringify(d)));
    expect(back).toEqual(d);
  });

  it("adds the history passed in to the record's own", () => {
    const capped = compilePolicy({ id: "cap", caps: [{ id: "one-a-day", max: 1, window: "P1D" }] });
    const sent = [{ at: "2026-05-04T09:00:00Z", channel: "email", purpose: "marketing" as const }];
    const d = decide(capped, { customer: customer(), message, now, history: sent });
    expect(d.verdict).toBe("defer");
    expect(d.sendAt).toBe("2026-05-05T09:00:00.000Z");
  });
});

describe("decideMany", () => {
  const plan = compilePolicy({ id: "p" });
  const records: unknown[] = [
    customer({ id: "a" }),
    { id: "b", jurisdiction: "Norway" },
    42,
    customer({ id: "d", consents: [] }),
  ];

  it("yields one decision per record in order, invalid ones as input.invalid denials", async () => {
    const out: Decision[] = [];
    for await (const d of decideMany(plan, records, { message, now })) out.push(d);
    expect(out.map((d) => [d.customerId, d.verdict])).toEqual([
      ["a", "send"],
      ["b", "deny"],
      ["#2", "deny"],
      ["d", "deny"],
    ]);
    expect(out[1]?.reasons[0]).toMatchObject({ code: "input.invalid", path: ["jurisdiction"] });
    expect(out[2]?.reasons[0]?.code).toBe("input.invalid");
  });

  it("accepts async iterables and gives the same answers as the synchronous twin", async () => {
    async function* gen() {
      for (const r of records) yield r;
    }
    const a: Decision[] = [];
    for await (const d of decideMany(plan, gen(), { message, now })) a.push(d);
    expect(a).toEqual([...decideEach(plan, records, { message, now })]);
  });

  it("rejects an invalid message before judging anyone", () => {
    expect(() => [
      ...decideEach(plan, records, { message: { purpose: "spam", channels: [] } as never, now }),
    ]).toThrow(InputError);
  });

  it("summarises reach and denials", () => {
    const s = summarize(decideEach(plan, records, { message, now }));
    expect(s).toMatchObject({
      total: 4,
      byVerdict: { send: 1, defer: 0, deny: 3 },
      byChannel: { email: 1 },
      invalid: 2,
    });
    expect(s.denialsByReason["input.invalid"]).toBe(2);
    expect(s.denialsByReason["consent.missing"]).toBe(1);
  });
});

describe("jsonSchemas", () => {
  it("exports a JSON Schema for each input shape", () => {
    const s = jsonSchemas() as Record<
      string,
      { type?: string; properties?: Record<string, unknown> }
    >;
    expect(Object.keys(s).sort()).toEqual([
      "consentEvent",
      "customer",
      "decision",
      "historyEntry",
      "message",
      "policy",
    ]);
    expect(s.customer?.properties).toHaveProperty("jurisdiction");
    expect(s.message?.properties).toHaveProperty("channels");
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe("frequency caps in the decision", () => {
  const plan = compilePolicy({
    id: "caps",
    caps: [
      { id: "weekly", max: 2, window: "P7D" },
      {
        id: "sms-daily",
        channels: ["sms"],
        max: 1,
        window: "day",
        countBy: ["purpose", "channel"],
      },
    ],
  });
  const sms = { purpose: "marketing", channels: ["sms"] } as const;
  it("says which caps a send counts against", () => {
    const d = decide(plan, { customer: customer(), message: { ...sms, channels: ["sms"] }, now });
    expect(d.channels[0]?.countsAgainst).toEqual(["weekly", "sms-daily"]);
  });
  it("an exempt message still counts; an exempt-uncounted one does not", () => {
    const ex = decide(plan, {
      customer: customer(),
      message: { ...sms, channels: ["sms"], caps: "exempt" },
      now,
    });
    expect(ex.channels[0]?.countsAgainst).toEqual(["weekly", "sms-daily"]);
    const un = decide(plan, {
      customer: customer(),
      message: { ...sms, channels: ["sms"], caps: "exempt-uncounted" },
      now,
    });
    expect(un.channels[0]?.countsAgainst).toEqual([]);
  });
});
