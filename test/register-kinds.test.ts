import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CustomerInput,
  compilePolicy,
  decide,
  decideEach,
  InputError,
  PolicyError,
} from "../src/index.js";

/**
 * The three kinds of register (opt-out list, a listing that revokes earlier consents, a register
 * that must hold a consent), each held by a property over grant, listing and check instants
 * against a plain oracle written from the law's wording.
 */

const NOW = Date.parse("2026-05-06T10:00:00Z");
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const message = { purpose: "marketing", channels: ["voice"], automated: false } as const;

function customer(
  registers: Record<string, unknown> | undefined,
  grantAt: number | undefined,
): CustomerInput {
  return {
    id: "c1",
    jurisdiction: "IT",
    timeZone: "Europe/Rome",
    contacts: { voice: { address: "+390612345678" } },
    consents: grantAt === undefined ? [] : [{ id: "g", type: "grant", at: iso(grantAt) }],
    ...(registers === undefined ? {} : { registers: registers as CustomerInput["registers"] }),
  };
}

const policyOf = (reg: Record<string, unknown>) =>
  compilePolicy({
    id: "p",
    // Live calls need no consent here (an opt-out regime): only the register decides.
    optOut: [{ id: "calls-opt-out", channels: ["voice"] }],
    registers: [{ id: "REG", channels: ["voice"], maxAge: "P15D", ...reg }],
  });

/** Instants within a year before now (and a few after, which must never help a send). */
const instant = fc.integer({ min: -365, max: 3 }).map((d) => NOW + d * DAY);

describe("register kinds", () => {
  it("revokes-consents: a listing blocks unless a consent was given strictly after it, or the listing kept earlier consents", () => {
    const plan = policyOf({ kind: "revokes-consents" });
    fc.assert(
      fc.property(
        fc.option(instant, { nil: undefined }),
        fc.option(instant, { nil: undefined }),
        fc.boolean(),
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.boolean(), { nil: undefined }),
        (grantAt, listedAt, listed, checkAge, consentsRevoked) => {
          const checkedAt = NOW - checkAge * DAY;
          const st = {
            listed,
            checkedAt: iso(checkedAt),
            ...(listedAt === undefined ? {} : { listedAt: iso(listedAt) }),
            ...(consentsRevoked === undefined ? {} : { consentsRevoked }),
          };
          const d = decide(plan, {
            customer: customer({ REG: st }, grantAt),
            message,
            now: iso(NOW),
          });
          const grantCounts = grantAt !== undefined && grantAt <= NOW;
          const fresh = checkAge <= 15;
          // A consent survives if given after the listing, or if the listing kept earlier ones.
          const overridden =
            grantCounts &&
            (consentsRevoked === false ||
              (listedAt !== undefined && (grantAt as number) > listedAt));
          const sends = fresh && (!listed || overridden);
          expect(d.verdict === "send", JSON.stringify({ st, grantAt })).toBe(sends);
          const codes = d.reasons.map((r) => r.code);
          if (!fresh) expect(codes).toContain("register.stale");
          else if (!sends) expect(codes).toContain("register.listed");
        },
      ),
    );
  });

  it("opt-out: a consent overrides a listing only where the register says so, whatever its date", () => {
    for (const consentOverrides of [false, true]) {
      const plan = policyOf({ consentOverrides });
      fc.assert(
        fc.property(fc.option(instant, { nil: undefined }), instant, (grantAt, listedAt) => {
          const st = { listed: true, checkedAt: iso(NOW - DAY), listedAt: iso(listedAt) };
          const d = decide(plan, {
            customer: customer({ REG: st }, grantAt),
            message,
            now: iso(NOW),
          });
          const sends = consentOverrides && grantAt !== undefined && grantAt <= NOW;
          expect(d.verdict === "send").toBe(sends);
        }),
      );
    }
  });

  it("holds-consent: a consent counts only if recorded at or after its grant, by the check, within the limit", () => {
    const plan = compilePolicy({
      id: "p",
      registers: [
        {
          id: "REG",
          channels: ["voice"],
          kind: "holds-consent",
          registerWithin: "P3D",
          maxAge: "PT1H",
        },
      ],
    });
    const hour = 3_600_000;
    fc.assert(
      fc.property(
        fc.integer({ min: -20 * 24, max: 0 }).map((h) => NOW + h * hour),
        fc.option(
          fc.integer({ min: -21 * 24, max: 2 }).map((h) => NOW + h * hour),
          { nil: undefined },
        ),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        (grantAt, listedAt, listed, checkAgeH) => {
          const checkedAt = NOW - checkAgeH * hour;
          const st = {
            listed,
            checkedAt: iso(checkedAt),
            ...(listedAt === undefined ? {} : { listedAt: iso(listedAt) }),
          };
          const d = decide(plan, {
            customer: customer({ REG: st }, grantAt),
            message,
            now: iso(NOW),
          });
          const fresh = checkAgeH <= 1;
          const held =
            listed &&
            listedAt !== undefined &&
            listedAt >= grantAt &&
            listedAt <= checkedAt &&
            listedAt - grantAt <= 3 * DAY;
          expect(d.verdict === "send", JSON.stringify({ st, grantAt: iso(grantAt) })).toBe(
            fresh && held,
          );
          const codes = d.reasons.map((r) => r.code);
          if (!fresh) expect(codes).toContain("register.stale");
          else if (!held) expect(codes).toContain("register.unregistered");
        },
      ),
    );
  });

  it("the edges: a consent at the very instant of the listing is revoked; one recorded exactly at the limit holds", () => {
    const revokes = policyOf({ kind: "revokes-consents" });
    const at = NOW - 5 * DAY;
    const listing = (listedAt: number) => ({
      REG: { listed: true, checkedAt: iso(NOW - DAY), listedAt: iso(listedAt) },
    });
    const verdict = (plan: ReturnType<typeof compilePolicy>, regs: object, grantAt: number) =>
      decide(plan, { customer: customer(regs as never, grantAt), message, now: iso(NOW) }).verdict;
    expect(verdict(revokes, listing(at), at)).toBe("deny");
    expect(verdict(revokes, listing(at), at + 1)).toBe("send");
    const holds = compilePolicy({
      id: "p",
      registers: [
        {
          id: "REG",
          channels: ["voice"],
          kind: "holds-consent",
          registerWithin: "P3D",
          maxAge: "P1D",
        },
      ],
    });
    expect(verdict(holds, listing(at + 3 * DAY), at)).toBe("send");
    expect(verdict(holds, listing(at + 3 * DAY + 1), at)).toBe("deny");
    expect(verdict(holds, listing(at), at)).toBe("send");
    expect(verdict(holds, listing(at - 1), at)).toBe("deny");
  });

  it("holds-consent: never checked counts as not holding, even with uncheckedIsListed false", () => {
    const plan = compilePolicy({
      id: "p",
      registers: [
        {
          id: "REG",
          channels: ["voice"],
          kind: "holds-consent",
          maxAge: "P1D",
          uncheckedIsListed: false,
        },
      ],
    });
    const d = decide(plan, { customer: customer(undefined, NOW - DAY), message, now: iso(NOW) });
    expect(d.verdict).toBe("deny");
    expect(d.reasons.map((r) => r.code)).toContain("register.stale");
  });

  it("holds-consent gates consents only: an opt-out basis is not its business", () => {
    const plan = compilePolicy({
      id: "p",
      optOut: [{ id: "b2b", channels: ["voice"] }],
      registers: [{ id: "REG", channels: ["voice"], kind: "holds-consent", maxAge: "P1D" }],
    });
    const d = decide(plan, { customer: customer(undefined, undefined), message, now: iso(NOW) });
    expect(d.verdict).toBe("send");
    expect(d.channels[0]?.applied ?? []).not.toContain("REG");
  });

  it("revokes-consents: the existing-customer override still applies within its period", () => {
    const plan = policyOf({ kind: "revokes-consents", existingCustomerOverrides: "P30D" });
    const st = { listed: true, checkedAt: iso(NOW - DAY), listedAt: iso(NOW - 10 * DAY) };
    for (const [daysAgo, verdict] of [
      [29, "send"],
      [31, "deny"],
    ] as const) {
      const c = {
        ...customer({ REG: st }, NOW - 100 * DAY),
        relationship: { lastPurchaseAt: iso(NOW - daysAgo * DAY) },
      };
      expect(decide(plan, { customer: c, message, now: iso(NOW) }).verdict).toBe(verdict);
    }
  });

  it("exemptBases: a register that a consent exempts is not consulted for it, and gates every other basis", () => {
    const plan = compilePolicy({
      id: "p",
      existingCustomer: [{ id: "ec", channels: ["email"], similarProducts: false }],
      registers: [{ id: "REG", channels: ["email"], maxAge: "P30D", exemptBases: ["consent"] }],
    });
    const email = { purpose: "marketing", channels: ["email"] } as const;
    const base = {
      id: "c1",
      jurisdiction: "AT",
      timeZone: "Europe/Vienna",
      contacts: {
        email: { address: "a@example.at", obtained: { method: "purchase", optOutOffered: true } },
      },
      relationship: { lastPurchaseAt: iso(NOW - 10 * DAY) },
    };
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.option(fc.boolean(), { nil: undefined }),
        (consented, listed) => {
          const c = {
            ...base,
            consents: consented ? [{ id: "g", type: "grant", at: iso(NOW - DAY) }] : [],
            ...(listed === undefined
              ? {}
              : { registers: { REG: { listed, checkedAt: iso(NOW - DAY) } } }),
          };
          const d = decide(plan, { customer: c as CustomerInput, message: email, now: iso(NOW) });
          // With a consent the register is not consulted; without, the exception needs a clean check.
          expect(d.verdict === "send").toBe(consented || listed === false);
          expect((d.channels[0]?.applied ?? []).includes("REG")).toBe(!consented);
        },
      ),
    );
  });

  it("rejects options a register's kind does not read, naming the field", () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ registerWithin: "P3D" }, "registerWithin"],
      [{ kind: "holds-consent", consentOverrides: true }, "consentOverrides"],
      [{ kind: "holds-consent", existingCustomerOverrides: "P30D" }, "existingCustomerOverrides"],
      [{ kind: "revokes-consents", consentOverrides: true }, "consentOverrides"],
      [{ kind: "holds-consent", exemptBases: ["consent"] }, "exemptBases"],
    ];
    for (const [reg, field] of bad) {
      try {
        policyOf(reg);
        expect.unreachable(`accepted ${JSON.stringify(reg)}`);
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyError);
        const issues = (e as PolicyError).issues;
        expect(issues.map((i) => [i.code, i.path.at(-1)])).toContainEqual([
          "invalid_register",
          field,
        ]);
      }
    }
  });

  it("rejects a malformed listedAt with a typed error naming the field, never a send", () => {
    const plan = policyOf({ kind: "revokes-consents" });
    const input = {
      customer: customer(
        { REG: { listed: true, checkedAt: iso(NOW), listedAt: "yesterday" } },
        NOW - DAY,
      ),
      message,
      now: iso(NOW),
    };
    expect(() => decide(plan, input)).toThrow(InputError);
    const [d] = [...decideEach(plan, [input.customer], { message, now: iso(NOW) })];
    expect(d?.verdict).toBe("deny");
    expect(d?.reasons.map((r) => r.code)).toContain("input.invalid");
    expect(JSON.stringify(d?.reasons)).toContain("listedAt");
  });
});
