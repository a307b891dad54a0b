import { describe, expect, it } from "vitest";
import { kari, requestFor } from "./_fixtures.test-util.js";
import { _compileChecks, _eligible, CHECKS } from "./eligibility.js";

describe("eligibility", () => {
  it("runs its checks in the documented order", () => {
    expect(CHECKS.map((c) => c.name)).toEqual([
      "contact",
      "suppression",
      "preference",
      "basis",
      "register",
      "rule",
      "refusal",
      "facts",
    ]);
  });

  it("leaves out the register, rule, refusal and facts checks a policy has nothing for", () => {
    const names = _compileChecks({
      registers: [],
      rules: [],
      afterOptOut: [],
      existingCustomer: [],
      requiredFacts: [],
    }).map((c) => c.name);
    expect(names).not.toContain("rule");
    expect(names).not.toContain("register");
    expect(names).not.toContain("refusal");
    expect(names).not.toContain("facts");
  });

  it("runs every check, so a denial lists every reason", () => {
    const customer = {
      ...kari,
      consents: [],
      contacts: { sms: { address: "+4791234567", status: "bounced" } },
      preferences: { channels: { sms: false } },
    };
    const { req, candidates } = requestFor({ id: "p" }, customer, {
      purpose: "marketing",
      channels: ["sms"],
    });
    const c = candidates[0];
    if (c === undefined) throw new Error("no candidate");
    expect(_eligible(req, c)).toBe(false);
    expect(c.reasons.map((r) => r.code)).toEqual([
      "contact.undeliverable",
      "preference.channel-off",
      "consent.missing",
    ]);
  });

  it("sets the basis the register check reads: a consent that overrides a listing", () => {
    const policy = {
      id: "p",
      registers: [{ id: "reg", channels: ["sms"], maxAge: "P30D", consentOverrides: true }],
    };
    const customer = {
      ...kari,
      registers: { reg: { listed: true, checkedAt: "2026-05-01T00:00:00Z" } },
    };
    const { req, candidates } = requestFor(policy, customer, {
      purpose: "marketing",
      channels: ["sms"],
    });
    const c = candidates[0];
    if (c === undefined) throw new Error("no candidate");
    expect(_eligible(req, c)).toBe(true);
    expect(c.basis?.code).toBe("basis.consent");
  });
});
