import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConsentEvent } from "../model/consent-event.js";
import { consentDefects, hasEvidence, missingCaptureFacts } from "./validity.js";

const tri = fc.constantFrom(true, false, undefined);
const method = fc.constantFrom(
  "single-opt-in",
  "double-opt-in",
  "written",
  "verbal",
  "checkbox",
  "implied",
  "presumed",
  "other",
  undefined,
);

/** A grant with any combination of capture facts (each true, false or unknown) and any method. */
const events = fc
  .record({ active: tri, preTicked: tri, separate: tri, withdrawalInformed: tri, method })
  .map(({ method: m, ...k }): ConsentEvent => {
    const capture = Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined));
    const e: ConsentEvent = { id: "g", type: "grant", at: "2026-01-01T00:00:00Z", scope: {} };
    return {
      ...e,
      ...(m === undefined ? {} : { method: m }),
      ...(Object.keys(capture).length === 0 ? {} : { capture }),
    } as ConsentEvent;
  });

describe("consentDefects", () => {
  it("reports exactly the defects the record states, and nothing for an unknown fact", () => {
    fc.assert(
      fc.property(events, (e) => {
        const d = new Set(consentDefects(e));
        const k = e.capture ?? {};
        expect(d.has("pre-ticked")).toBe(k.preTicked === true);
        expect(d.has("inactive")).toBe(k.active === false);
        expect(d.has("bundled")).toBe(k.separate === false);
        expect(d.has("uninformed")).toBe(k.withdrawalInformed === false);
        expect(d.has("implied")).toBe(e.method === "implied");
      }),
    );
  });

  it("finds no defect in a record without capture facts (legacy consents still count)", () => {
    expect(
      consentDefects({ id: "g", type: "grant", at: "2026-01-01T00:00:00Z", scope: {} }),
    ).toEqual([]);
  });
});

describe("missingCaptureFacts", () => {
  it("lists the facts left out, of active, separate and withdrawalInformed", () => {
    fc.assert(
      fc.property(events, (e) => {
        const missing = new Set(missingCaptureFacts(e));
        for (const f of ["active", "separate", "withdrawalInformed"] as const)
          expect(missing.has(f)).toBe(e.capture?.[f] === undefined);
      }),
    );
  });
});

describe("hasEvidence", () => {
  it("needs a non-empty evidence record", () => {
    const e: ConsentEvent = { id: "g", type: "grant", at: "2026-01-01T00:00:00Z", scope: {} };
    expect(hasEvidence(e)).toBe(false);
    expect(hasEvidence({ ...e, evidence: {} })).toBe(false);
    expect(hasEvidence({ ...e, evidence: { ip: "198.51.100.4" } })).toBe(true);
  });
});
