import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy, decide } from "../../index.js";
import { BUNDLED_PACKS, US } from "../index.js";
import { STATE_CHECKED, statePack, stateRules, US_STATE_CODES, US_STATE_DATA } from "./index.js";

const EVERY = [
  ...["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA"],
  ...["KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ"],
  ...["NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT"],
  ...["VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU", "MP", "AS"],
].map((s) => `US-${s}`);

describe("the US state packs", () => {
  it("cover every state, DC and territory, and naming US brings them all in", () => {
    expect([...US_STATE_CODES].sort()).toEqual([...EVERY].sort());
    expect([...(US.includes ?? [])].sort()).toEqual([...EVERY].sort());
    for (const code of EVERY) expect(BUNDLED_PACKS[code]?.code).toBe(code);
  });

  it.each(Object.values(US_STATE_DATA).map((s) => [s.code, s] as const))(
    "%s: every rule cites its dates in force and its evidence; secondary ones are named in the notes",
    (_code, s) => {
      const pack = statePack(s);
      const rules = stateRules(s);
      for (const r of rules) {
        expect(r.id.startsWith(`${s.code}-`)).toBe(true);
        expect(r.url).toMatch(/^https?:\/\//);
        if (r.from !== undefined) expect(r.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (r.until !== undefined) expect(r.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const sections = Object.values(pack.policy).flatMap((l) =>
        (l as unknown as { source: { section: string; checked: string } }[]).map((e) => e.source),
      );
      expect(sections).toHaveLength(rules.length);
      for (const src of sections) {
        expect(src.section).toMatch(
          /\[in force [^;]+; (official text|statute text on an unofficial code site|secondary sources only)\]$/,
        );
        expect(src.checked).toBe(STATE_CHECKED);
      }
      const secondary = rules.filter((r) => r.evidence === "secondary");
      for (const r of secondary) expect(pack.notes.join("\n")).toContain(r.id);
      if (rules.length === 0)
        expect(pack.notes.join("\n")).toContain("No rule stricter than the federal ones");
      expect(pack.jurisdictions[0]).toBe(s.code);
    },
  );
});

const plan = compilePolicy({ id: "p", packs: ["US"] });
const codes = Object.keys(US_STATE_DATA);

describe("a state's rules bind only its own customers", () => {
  it("a decision never cites another state's rule, at any hour, on any channel", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.constantFrom("voice", "sms"),
        fc.boolean(),
        (code, t, channel, automated) => {
          const d = decide(plan, {
            customer: {
              id: "c",
              jurisdiction: code,
              contacts: { [channel]: { address: "+15555550123" } },
              consents: [
                {
                  id: "w",
                  type: "grant",
                  at: "2025-01-01T00:00:00Z",
                  scope: {},
                  method: "written",
                },
              ],
            },
            message: { purpose: "marketing", channels: [channel], automated },
            now: new Date(t).toISOString(),
          });
          const cited = [...d.reasons, ...d.channels.flatMap((c) => c.reasons)].flatMap((r) =>
            r.rule === undefined ? [] : [r.rule],
          );
          const applied = d.channels.flatMap((c) => c.applied ?? []);
          for (const id of [...cited, ...applied])
            if (/^US-[A-Z]{2}-/.test(id))
              expect(id.startsWith(`${code}-`), `${id} for ${code}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a service message is never held to a state's marketing rules", () => {
    for (const code of codes) {
      const d = decide(plan, {
        customer: { id: "c", jurisdiction: code, contacts: { voice: { address: "+15555550123" } } },
        message: { purpose: "service", channels: ["voice"], automated: false },
        now: "2026-05-10T15:00:00Z",
      });
      expect(
        d.channels.flatMap((c) => c.applied ?? []).filter((id) => id.startsWith(`${code}-`)),
      ).toEqual([]);
    }
  });
});
