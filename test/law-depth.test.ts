import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConsentEventInput, CustomerInput } from "../src/index.js";
import {
  compilePolicy,
  consentDefects,
  decide,
  jsonSchemas,
  proofRetention,
  safeDecide,
} from "../src/index.js";

/** The law in depth (issue 12): each mechanism held over its whole class, not one example. */

const now = "2026-05-04T10:00:00Z";
const tri = fc.constantFrom(true, false, undefined);
const captures = fc
  .record({ active: tri, preTicked: tri, separate: tri, withdrawalInformed: tri })
  .map(
    (k) =>
      Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined)) as Record<
        string,
        boolean
      >,
  );
const li = (
  consents: readonly ConsentEventInput[],
  extra: Partial<CustomerInput> = {},
): CustomerInput => ({
  id: "lucia",
  jurisdiction: "LI",
  timeZone: "Europe/Vaduz",
  contacts: { email: { address: "lucia@example.es" } },
  consents,
  ...extra,
});
const grant = (
  capture: Record<string, boolean>,
  more: Partial<ConsentEventInput> = {},
): ConsentEventInput => ({
  id: "g",
  type: "grant",
  at: "2026-03-01T00:00:00Z",
  scope: { channels: ["email"] },
  ...(Object.keys(capture).length > 0 ? { capture } : {}),
  ...more,
});
const email = { purpose: "marketing", channels: ["email"] } as const;

describe("consent validity (GDPR standard)", () => {
  const eu = compilePolicy({ id: "eu", packs: ["EU"] });

  it("a grant whose record shows any defect never authorises a send; one that shows none does", () => {
    fc.assert(
      fc.property(captures, (capture) => {
        const g = grant(capture);
        const d = decide(eu, { customer: li([g]), message: email, now });
        const defective = consentDefects(g as never).length > 0;
        expect(d.verdict === "send").toBe(!defective);
        expect(d.reasons.some((r) => r.code === "consent.invalid")).toBe(defective);
      }),
    );
  });

  it("a policy that requires the capture record names each missing fact", () => {
    const strict = compilePolicy({
      id: "strict",
      packs: ["EU"],
      consentValidity: [{ id: "own-capture", requireCapture: true }],
    });
    fc.assert(
      fc.property(captures, (capture) => {
        const g = grant(capture);
        const d = decide(strict, { customer: li([g]), message: email, now });
        if (consentDefects(g as never).length > 0) {
          expect(d.verdict).toBe("deny");
          return;
        }
        const missing = ["active", "separate", "withdrawalInformed"].filter((f) => !(f in capture));
        const named = d.reasons.filter((r) => r.code === "fact.missing").map((r) => r.facts?.field);
        expect(named.sort()).toEqual(missing.map((f) => `consents.0.capture.${f}`).sort());
        expect(d.verdict === "send").toBe(missing.length === 0);
      }),
    );
  });

  it("a consent event without a time is never a consent: the record is invalid input", () => {
    const { at: _at, ...noTime } = grant({
      active: true,
      separate: true,
      withdrawalInformed: true,
    });
    const r = safeDecide(eu, { customer: li([noTime as ConsentEventInput]), message: email, now });
    expect(r.success).toBe(false);
  });

  it("the JSON Schema of a consent event carries the capture record", () => {
    const s = JSON.stringify(jsonSchemas().consentEvent);
    for (const f of ["capture", "preTicked", "separate", "withdrawalInformed", "presumed"])
      expect(s).toContain(f);
  });
});

describe("message facts and messageDefaults", () => {
  const de = (messageDefaults?: unknown) =>
    compilePolicy({ id: "de", packs: ["DE"], ...(messageDefaults ? { messageDefaults } : {}) });
  const anna: CustomerInput = {
    id: "anna",
    jurisdiction: "DE",
    timeZone: "Europe/Berlin",
    contacts: { email: { address: "anna@example.de" } },
    consents: [grant({})],
  };
  const facts = fc.record({ senderIdentified: tri, optOut: tri });
  const clean = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

  it("false anywhere wins; a fact stated nowhere is missing; only true from some source and false from none sends", () => {
    fc.assert(
      fc.property(facts, facts, facts, (all, byChannel, own) => {
        const plan = de({ facts: clean(all), channels: { email: clean(byChannel) } });
        const d = decide(plan, {
          customer: anna,
          message: { ...email, facts: clean(own) },
          now,
        });
        for (const f of ["senderIdentified", "optOut"] as const) {
          const vals = [all[f], byChannel[f], own[f]];
          const reason = d.reasons.find(
            (r) =>
              r.rule === "DE-UWG-7-2-3" &&
              (r.facts?.field === `message.facts.${f}` || r.facts?.[f] === false),
          );
          if (vals.includes(false)) expect(reason?.code).toBe("rule.deny");
          else if (vals.includes(true)) expect(reason).toBeUndefined();
          else expect(reason?.code).toBe("fact.missing");
        }
        const ok = (f: "senderIdentified" | "optOut") =>
          [all[f], byChannel[f], own[f]].includes(true) &&
          ![all[f], byChannel[f], own[f]].includes(false);
        expect(d.verdict === "send").toBe(ok("senderIdentified") && ok("optOut"));
      }),
      { numRuns: 200 },
    );
  });

  it("a fact.missing reason carries the path of the field", () => {
    const d = decide(de(), { customer: anna, message: email, now });
    const r = d.reasons.find((x) => x.code === "fact.missing");
    expect(r?.path).toEqual(["message", "facts", "senderIdentified"]);
  });

  it("a malformed optOutValidFor is a typed error naming the field", () => {
    const r = safeDecide(de(), {
      customer: anna,
      message: { ...email, facts: { optOutValidFor: "P1Y" } },
      now,
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual(["message", "facts", "optOutValidFor"]);
  });

  it("an opt-out that stops working too soon is denied; long enough sends", () => {
    const plan = compilePolicy({
      id: "casl-like",
      consent: { required: { email: false } },
      requiredFacts: [
        { id: "unsub-60d", channels: ["email"], facts: ["optOut"], optOutValidFor: "P60D" },
      ],
      messageDefaults: { channels: { email: { optOut: true, optOutValidFor: "P90D" } } },
    });
    const c = { id: "x", jurisdiction: "CA", contacts: { email: { address: "x@example.ca" } } };
    expect(decide(plan, { customer: c, message: email, now }).verdict).toBe("send");
    const short = decide(plan, {
      customer: c,
      message: { ...email, facts: { optOutValidFor: "P30D" } },
      now,
    });
    expect(short.verdict).toBe("deny");
    expect(short.reasons.map((r) => r.code)).toContain("rule.deny");
  });
});

describe("presumed consent (UWG § 7(2) no. 1)", () => {
  const presumed: ConsentEventInput = {
    id: "p",
    type: "grant",
    at: "2026-03-01T00:00:00Z",
    scope: { channels: ["voice"] },
    method: "presumed",
    evidence: { reason: "asked for a call-back about tea at the trade fair" },
  };
  const voice = {
    purpose: "marketing",
    channels: ["voice"],
    automated: false,
    category: "tea",
  } as const;
  const who = (
    type: "consumer" | "business",
    jurisdiction: string,
    consents: readonly ConsentEventInput[],
  ): CustomerInput => ({
    id: "k",
    jurisdiction,
    type,
    timeZone: "Europe/Paris",
    contacts: { voice: { address: "+33142000000" } },
    consents,
  });

  it("never stands in for a consent a requirement asks for, even where the sender's own policy presumes it", () => {
    // A sender's presumedConsent for French consumers cannot loosen L223-1.
    const plan = compilePolicy({
      id: "loosen",
      packs: ["FR"],
      presumedConsent: [{ id: "own-presumption", channels: ["voice"] }],
    });
    const d = decide(plan, {
      customer: who("consumer", "FR", [presumed]),
      message: voice,
      now: "2026-09-07T09:00:00Z",
    });
    expect(d.verdict).toBe("deny");
    expect(d.basis).toBeUndefined();
  });

  it("counts for a German business call, and not for a consumer", () => {
    const plan = compilePolicy({ id: "de", packs: ["DE"] });
    const biz = decide(plan, {
      customer: { ...who("business", "DE", [presumed]), timeZone: "Europe/Berlin" },
      message: voice,
      now,
    });
    expect(biz.basis?.code).toBe("basis.presumed-consent");
    expect(biz.basis?.rule).toBe("DE-UWG-7-2-1-B2B");
    const consumer = decide(plan, {
      customer: { ...who("consumer", "DE", [presumed]), timeZone: "Europe/Berlin" },
      message: voice,
      now,
    });
    expect(consumer.verdict).toBe("deny");
    expect(consumer.reasons.map((r) => r.code)).toContain("consent.insufficient");
  });

  it("a presumed grant outside any presumedConsent rule counts nowhere", () => {
    const plan = compilePolicy({ id: "none" });
    const d = decide(plan, {
      customer: li([{ ...presumed, scope: { channels: ["email"] } }]),
      message: email,
      now,
    });
    expect(d.verdict).toBe("deny");
  });
});

describe("proof retention (UWG § 7a)", () => {
  const plan = compilePolicy({ id: "de", packs: ["DE"] });

  it("answers five years from the consent and from the latest use, for consumer calls only", () => {
    const a = proofRetention(plan, {
      jurisdiction: "DE",
      channel: "voice",
      grantedAt: "2022-03-01T00:00:00Z",
      uses: ["2024-06-10T09:00:00Z", "2023-01-01T00:00:00Z"],
    });
    expect(a?.until).toBe("2029-06-10T09:00:00.000Z");
    expect(a?.rule).toBe("DE-UWG-7A-2");
    expect(a?.source?.section).toBe("§ 7a Abs. 2");
    expect(
      proofRetention(plan, {
        jurisdiction: "DE",
        customerType: "business",
        channel: "voice",
        grantedAt: "2022-03-01T00:00:00Z",
      }),
    ).toBeUndefined();
    expect(
      proofRetention(plan, {
        jurisdiction: "FR",
        channel: "voice",
        grantedAt: "2022-03-01T00:00:00Z",
      }),
    ).toBeUndefined();
    expect(() =>
      proofRetention(plan, {
        jurisdiction: "DE",
        channel: "fax",
        grantedAt: "2022-03-01T00:00:00Z",
      }),
    ).toThrow(/fax/);
  });

  it("a send relying on a documented telephone consent names how long to keep its proof", () => {
    const d = decide(plan, {
      customer: {
        id: "anna",
        jurisdiction: "DE",
        timeZone: "Europe/Berlin",
        contacts: { voice: { address: "+49301234567" } },
        consents: [
          {
            id: "tel",
            type: "grant",
            at: "2022-03-01T00:00:00Z",
            scope: { channels: ["voice"] },
            method: "written",
            evidence: { form: "v2" },
          },
        ],
      },
      message: { purpose: "marketing", channels: ["voice"], automated: false },
      now,
    });
    expect(d.verdict).toBe("send");
    expect(d.basis?.facts?.keepProofUntil).toBe("2031-05-04T10:00:00.000Z");
  });
});
