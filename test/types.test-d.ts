import {
  type CompiledPolicy,
  compilePolicy,
  type Decision,
  decide,
  definePolicy,
  type ReasonCode,
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
