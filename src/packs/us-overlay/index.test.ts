import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy, decide } from "../../index.js";
import { PolicyError } from "../../model/errors.js";
import { BUNDLED_PACKS } from "../index.js";
import { overlayPack, parseOverlay, safeParseOverlay } from "./index.js";

const example = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "../../../examples/packs/us-overlay/data/overlay.json"),
    "utf8",
  ),
) as Record<string, unknown>;

const pack = overlayPack(example);
const plan = compilePolicy(
  { id: "p", packs: ["US", pack.code] },
  { packs: { ...BUNDLED_PACKS, [pack.code]: pack } },
);

/** A live marketing call to a customer of `jurisdiction` in `timeZone` at `now`. */
function call(jurisdiction: string, timeZone: string, now: string) {
  const st = jurisdiction.slice(3);
  return decide(plan, {
    customer: {
      id: "c",
      jurisdiction,
      timeZone,
      contacts: { voice: { address: "+15555550123" } },
      registers: {
        "US-DNC": { listed: false, checkedAt: now },
        [`US-${st}-DNC`]: { listed: false, checkedAt: now },
      },
    },
    message: { purpose: "marketing", channels: ["voice"], automated: false },
    now,
  });
}

describe("the example overlay", () => {
  it("validates, and becomes a pack of blackouts citing each declaration with its dates", () => {
    expect(pack.code).toBe("US-EMERG-2026");
    const bs = pack.policy.blackouts ?? [];
    expect(bs.map((b) => b.id)).toEqual([
      "US-EMERG-2026-NY-STORM",
      "US-EMERG-2026-LA-HURRICANE",
      "US-EMERG-2026-LA-OCT16",
    ]);
    expect(bs[0]?.source?.section).toContain("in force from 2026-09-14 until 2026-09-28");
    expect(bs[0]?.description).toContain("Suffolk, Nassau");
    expect(bs[1]?.source?.section).toContain("until lifted");
  });

  it("defers a New York call during the emergency to the day it ends, citing the overlay", () => {
    const d = call("US-NY", "America/New_York", "2026-09-20T16:00:00Z");
    expect(d.verdict).toBe("defer");
    expect(d.sendAt).toBe("2026-09-28T12:00:00.000Z"); // 08:00 EDT on the first free day
    expect(d.reasons.map((r) => [r.code, r.rule])).toContainEqual([
      "blackout",
      "US-EMERG-2026-NY-STORM",
    ]);
  });

  it("leaves the day before and the day it ends alone, and other states too", () => {
    expect(call("US-NY", "America/New_York", "2026-09-13T16:00:00Z").verdict).toBe("send");
    expect(call("US-NY", "America/New_York", "2026-09-28T16:00:00Z").verdict).toBe("send");
    expect(call("US-NJ", "America/New_York", "2026-09-20T16:00:00Z").verdict).toBe("send");
  });

  it("denies a Louisiana call while an open-ended emergency lasts beyond the horizon", () => {
    const d = call("US-LA", "America/Chicago", "2026-09-15T17:00:00Z");
    expect(d.verdict).toBe("deny");
    expect(d.reasons.map((r) => r.rule)).toContain("US-EMERG-2026-LA-HURRICANE");
  });

  it("a proclaimed holiday blocks its one day", () => {
    // 2026-10-16 is a Friday; Saturday 8:00 CDT is the next time Louisiana allows.
    const d = decide(
      compilePolicy(
        { id: "q", packs: ["US", "ONE-DAY"] },
        {
          packs: {
            ...BUNDLED_PACKS,
            "ONE-DAY": overlayPack({
              ...example,
              id: "ONE-DAY",
              entries: [(example.entries as unknown[])[2]],
            }),
          },
        },
      ),
      {
        customer: {
          id: "c",
          jurisdiction: "US-LA",
          timeZone: "America/Chicago",
          contacts: { voice: { address: "+15045550123" } },
          registers: {
            "US-DNC": { listed: false, checkedAt: "2026-10-10T00:00:00Z" },
            "US-LA-DNC": { listed: false, checkedAt: "2026-10-10T00:00:00Z" },
          },
        },
        message: { purpose: "marketing", channels: ["voice"], automated: false },
        now: "2026-10-16T17:00:00Z",
      },
    );
    expect(d.verdict).toBe("defer");
    expect(d.sendAt).toBe("2026-10-17T13:00:00.000Z");
    expect(d.reasons.map((r) => r.rule)).toContain("ONE-DAY-LA-OCT16");
  });
});

/** The example with its first entry changed. */
const withEntry = (patch: Record<string, unknown>) => ({
  ...example,
  entries: [{ ...(example.entries as Record<string, unknown>[])[0], ...patch }],
});

describe("overlay validation", () => {
  it.each([
    ["until before from", withEntry({ until: "2026-09-01" }), ["overlay", "entries", 0, "until"]],
    ["until equal to from", withEntry({ until: "2026-09-14" }), ["overlay", "entries", 0, "until"]],
    [
      "a date that is not one",
      withEntry({ from: "2026-02-30" }),
      ["overlay", "entries", 0, "from"],
    ],
    ["a year out of range", withEntry({ from: "1999-12-31" }), ["overlay", "entries", 0, "from"]],
    [
      "no source url",
      withEntry({ source: { law: "x", checked: "2026-01-01" } }),
      ["overlay", "entries", 0, "source", "url"],
    ],
    [
      "no checked date",
      withEntry({ source: { law: "x", url: "https://x.org" } }),
      ["overlay", "entries", 0, "source", "checked"],
    ],
    ["an unknown kind", withEntry({ kind: "curfew" }), ["overlay", "entries", 0, "kind"]],
    [
      "a bad jurisdiction",
      withEntry({ jurisdiction: "US-XX" }),
      ["overlay", "entries", 0, "jurisdiction"],
    ],
    ["an unknown key", withEntry({ county: "Kings" }), ["overlay", "entries", 0]],
    ["a lower-case id", { ...example, id: "ny" }, ["overlay", "id"]],
    ["an id too long for a pack code", { ...example, id: "A".repeat(17) }, ["overlay", "id"]],
    ["no entries", { ...example, entries: [] }, ["overlay", "entries"]],
    [
      "two entries with one id",
      {
        ...example,
        entries: [(example.entries as unknown[])[0], (example.entries as unknown[])[0]],
      },
      ["overlay", "entries"],
    ],
  ])("refuses %s with a typed error naming the field", (_name, input, path) => {
    const r = safeParseOverlay(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(PolicyError);
    expect(r.error.issues.map((i) => i.path)).toContainEqual(path);
    expect(() => parseOverlay(input)).toThrow(PolicyError);
    expect(() => overlayPack(input)).toThrow(PolicyError);
  });
});

/** The local calendar date of `t` in `tz`, by Intl. */
const localDate = (t: number, tz: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(t);

describe("an overlay blocks exactly its local days", () => {
  const day = 86_400_000;
  const base = Date.UTC(2026, 0, 1);
  it("for any from/until and instant, in zones far apart (DST both ways)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -3 * day, max: 25 * day }),
        fc.constantFrom(
          "America/New_York",
          "Pacific/Honolulu",
          "America/Puerto_Rico",
          "America/Adak",
        ),
        (startDay, length, offset, tz) => {
          const from = new Date(base + startDay * day).toISOString().slice(0, 10);
          const until = new Date(base + (startDay + length) * day).toISOString().slice(0, 10);
          const o = overlayPack({
            ...example,
            id: "P",
            entries: [
              {
                ...(example.entries as Record<string, unknown>[])[0],
                from,
                until,
                counties: undefined,
                jurisdiction: "US-NJ",
              },
            ],
          });
          const p = compilePolicy(
            { id: "p", packs: ["P"], consent: { required: { voice: false } } },
            { packs: { P: o } },
          );
          const t = base + startDay * day + offset;
          const d = decide(p, {
            customer: {
              id: "c",
              jurisdiction: "US-NJ",
              timeZone: tz,
              contacts: { voice: { address: "+12015550123" } },
            },
            message: { purpose: "marketing", channels: ["voice"], automated: false },
            now: new Date(t).toISOString(),
          });
          const inside = localDate(t, tz) >= from && localDate(t, tz) < until;
          expect(d.verdict === "send").toBe(!inside);
          if (inside && d.sendAt !== undefined)
            expect(localDate(Date.parse(d.sendAt), tz)).toBe(until);
        },
      ),
      { numRuns: 300 },
    );
  });
});
