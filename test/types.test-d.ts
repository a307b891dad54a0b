import {
  type CompiledPolicy,
  type Customer,
  type CustomerInput,
  compilePolicy,
  type Decision,
  type DeferDecision,
  type DenyDecision,
  decide,
  definePolicy,
  type PolicyInput,
  type ReasonCode,
  type SendDecision,
  safeCompilePolicy,
  safeDecide,
  type Verdict,
} from "consentry";
import { describe, expectTypeOf, it } from "vitest";

describe("public types", () => {
  it("decide returns a Decision with a verdict union", () => {
    expectTypeOf(decide).returns.toEqualTypeOf<Decision>();
    expectTypeOf<Decision["verdict"]>().toEqualTypeOf<Verdict>();
    expectTypeOf<Verdict>().toEqualTypeOf<"send" | "defer" | "deny">();
  });
  it("compilePolicy returns a plan", () => {
    expectTypeOf(compilePolicy).returns.toEqualTypeOf<CompiledPolicy>();
  });
  it("reason codes are a closed union", () => {
    expectTypeOf<"consent.missing">().toExtend<ReasonCode>();
    // @ts-expect-error not a reason code
    expectTypeOf<"consent.maybe">().toExtend<ReasonCode>();
  });
  it("definePolicy checks the policy shape and typed predicates", () => {
    definePolicy({
      id: "p",
      rules: [{ id: "r", test: (ctx) => ctx.customer.jurisdiction === "NO" }],
    });
    // @ts-expect-error purpose must be one of the known purposes
    definePolicy({ id: "p", rules: [{ id: "r", purposes: ["spam"], test: () => true }] });
    // @ts-expect-error a predicate returns a boolean
    definePolicy({ id: "p", rules: [{ id: "r", test: () => "yes" }] });
  });
});

describe("typed inputs", () => {
  const plan = compilePolicy({ id: "p" });
  const customer = { id: "c", jurisdiction: "NO", contacts: { email: { address: "a@b.no" } } };

  it("Decision is a union on verdict", () => {
    const d = decide(plan, {
      customer,
      message: { purpose: "service", channels: ["email"] },
      now: 0,
    });
    if (d.verdict === "defer") {
      expectTypeOf(d.sendAt).toEqualTypeOf<string>();
      expectTypeOf(d.redecideAt).toEqualTypeOf<string>();
      expectTypeOf(d.channel).toEqualTypeOf<string>();
    }
    if (d.verdict === "send") expectTypeOf(d.sendAt).toEqualTypeOf<string>();
    if (d.verdict === "deny") {
      expectTypeOf(d.channel).toEqualTypeOf<undefined>();
      expectTypeOf(d.sendAt).toEqualTypeOf<undefined>();
    }
    expectTypeOf<DeferDecision>().toExtend<Decision>();
    expectTypeOf<SendDecision | DeferDecision | DenyDecision>().toEqualTypeOf<Decision>();
  });

  it("compilePolicy and decide take typed shapes; safe twins take data from outside", () => {
    // @ts-expect-error an unknown key of the policy
    compilePolicy({ id: "p", quietHour: [] });
    decide(plan, {
      // @ts-expect-error an unknown key of the customer
      customer: { ...customer, timezone: "Europe/Oslo" },
      message: { purpose: "service", channels: ["email"] },
      now: 0,
    });
    // @ts-expect-error a purpose that does not exist
    decide(plan, { customer, message: { purpose: "spam", channels: ["email"] }, now: 0 });
    const fromOutside: unknown = JSON.parse("{}");
    decide(plan, {
      // @ts-expect-error data from outside goes through safeDecide (or parseCustomer)
      customer: fromOutside,
      message: { purpose: "service", channels: ["email"] },
      now: 0,
    });
    expectTypeOf(safeDecide).toBeCallableWith(plan, {
      customer: fromOutside,
      message: fromOutside,
      now: fromOutside,
    });
    expectTypeOf(safeCompilePolicy).toBeCallableWith(fromOutside);
    expectTypeOf<Parameters<typeof compilePolicy>[0]>().toEqualTypeOf<PolicyInput>();
    expectTypeOf<Parameters<typeof decide>[1]["customer"]>().toExtend<CustomerInput | Customer>();
  });

  it("definePolicy rejects unknown channels, unknown keys and pack codes that are not ISO", () => {
    definePolicy({
      id: "p",
      packs: ["NO", "US-FL"],
      channels: { whatsapp: { kind: "electronic" } },
      channelPriority: ["whatsapp", "email"],
      consent: { doubleOptIn: ["email"] },
    });
    // @ts-expect-error a typo in a built-in channel
    definePolicy({ id: "p", channelPriority: ["emial"] });
    definePolicy({
      id: "p",
      channels: { whatsapp: { kind: "electronic" } },
      // @ts-expect-error a channel that is not declared
      channelPriority: ["signal"],
    });
    // @ts-expect-error an alpha-3 code is not a pack code
    definePolicy({ id: "p", packs: ["NOR"] });
    // @ts-expect-error an unknown key
    definePolicy({ id: "p", quietHour: [] });
    definePolicy({
      id: "p",
      // @ts-expect-error an unknown key, nested
      quietHours: [{ id: "q", windows: [{ form: "21:00", until: "08:00" }] }],
    });
    expectTypeOf(compilePolicy).toBeCallableWith(definePolicy({ id: "p" }));
  });
});
