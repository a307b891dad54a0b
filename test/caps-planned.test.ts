/**
 * Issue 11, class 14: caps across planned sends. With `delivery: "all"` the planned sends count
 * together against every cap, and a rolling cap counts sends already scheduled after the planned
 * instant (as calendar caps do). Property: for random histories (past and scheduled) and caps,
 * no window of any cap that holds a planned send holds more than the cap's `max` sends, the
 * planned ones included, checked by a reference written here (calendar periods from `Intl`).
 */

import { compilePolicy, type Decision, decide, type PolicyInput } from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TZ = "Europe/Oslo";
const now = "2026-05-06T10:00:00Z";
const NOW = Date.parse(now);
const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const CHANNELS = ["email", "sms", "push"] as const;
type Ch = (typeof CHANNELS)[number];
interface Cap {
  id: string;
  max: number;
  window: string;
  countBy: ("purpose" | "channel")[];
  channels?: Ch[];
}
interface Sent {
  at: number;
  channel: Ch;
  purpose: "marketing" | "service";
}

const ROLLING: Record<string, number> = { PT1H: H, PT6H: 6 * H, P1D: D, P3D: 3 * D, P7D: 7 * D };
const cap = fc.record({
  max: fc.integer({ min: 1, max: 3 }),
  window: fc.constantFrom("PT1H", "PT6H", "P1D", "P3D", "P7D", "day", "week", "month"),
  countBy: fc.constantFrom<Cap["countBy"]>(["purpose"], ["purpose", "channel"], ["channel"], []),
  channels: fc.option(fc.subarray([...CHANNELS], { minLength: 1 }), { nil: undefined }),
});
const sent = fc.record({
  // From ten days ago to ten days ahead (scheduled), on the minute.
  at: fc.integer({ min: -10 * 24 * 60, max: 10 * 24 * 60 }).map((m) => NOW + m * M),
  channel: fc.constantFrom(...CHANNELS),
  purpose: fc.constantFrom("marketing" as const, "marketing" as const, "service" as const),
});

const _day = new Intl.DateTimeFormat("en-CA", {
  timeZone: TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
/** The local calendar period of `t` in Oslo, as a key (from Intl, not the engine). */
function period(unit: string, t: number): string {
  const [y, m, d] = _day.format(t).split("-").map(Number) as [number, number, number];
  if (unit === "month") return `${y}-${m}`;
  const days = Math.round(Date.UTC(y, m - 1, d) / D);
  if (unit === "day") return String(days);
  return String(Math.floor((days + 3) / 7)); // 1970-01-01 was a Thursday; weeks start Monday
}

/** The sends cap `k` counts for a message on `ch`. */
const counts = (k: Cap, ch: Ch) => (s: Sent) =>
  (!k.countBy.includes("purpose") || s.purpose === "marketing") &&
  (!k.countBy.includes("channel") || s.channel === ch);

/** The most sends any window of `k` holding `t` holds (the planned ones included). */
function fullest(k: Cap, ch: Ch, t: number, all: readonly Sent[]): number {
  const xs = all.filter(counts(k, ch)).map((s) => s.at);
  const ms = ROLLING[k.window];
  if (ms === undefined) return xs.filter((x) => period(k.window, x) === period(k.window, t)).length;
  // Windows (u - ms, u] holding t end in [t, t + ms); the count peaks at u = t or at a send.
  let most = 0;
  for (const u of [t, ...xs.filter((x) => x >= t && x < t + ms)])
    most = Math.max(most, xs.filter((x) => x > u - ms && x <= u).length);
  return most;
}

function planned(d: Decision): { channel: Ch; at: number }[] {
  if (d.deliveries !== undefined)
    return d.deliveries.map((x) => ({ channel: x.channel as Ch, at: Date.parse(x.sendAt) }));
  return d.channel === undefined || d.sendAt === undefined
    ? []
    : [{ channel: d.channel as Ch, at: Date.parse(d.sendAt) }];
}

describe("caps hold across planned sends and scheduled history", () => {
  it("no window of any cap holding a planned send holds more than max (property)", () => {
    let sends = 0;
    let several = 0;
    fc.assert(
      fc.property(
        fc.array(cap, { minLength: 1, maxLength: 3 }),
        fc.array(sent, { maxLength: 12 }),
        fc.constantFrom("all" as const, "all" as const, "first" as const),
        (rawCaps, history, delivery) => {
          const caps: Cap[] = rawCaps.map((c, i) => ({
            id: `cap-${i}`,
            max: c.max,
            window: c.window,
            countBy: c.countBy,
            ...(c.channels === undefined ? {} : { channels: c.channels }),
          }));
          const policy: PolicyInput = { id: "caps", caps, horizon: "P30D" };
          const plan = compilePolicy(policy);
          const customer = {
            id: "c1",
            jurisdiction: "NO",
            timeZone: TZ,
            contacts: {
              email: { address: "a@example.no" },
              sms: { address: "+4791234567" },
              push: { address: "device-1" },
            },
            consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }],
            history: history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
          };
          const d = decide(plan, {
            customer: customer as never,
            message: { purpose: "marketing", channels: [...CHANNELS], delivery },
            now,
          });
          const plan2 = planned(d);
          const all: Sent[] = [
            ...history,
            ...plan2.map((p) => ({ ...p, purpose: "marketing" as const })),
          ];
          for (const p of plan2) {
            expect(p.at).toBeGreaterThanOrEqual(NOW);
            for (const k of caps) {
              if (k.channels !== undefined && !k.channels.includes(p.channel)) continue;
              expect(
                fullest(k, p.channel, p.at, all),
                `${k.id} ${JSON.stringify(k)} at ${new Date(p.at).toISOString()} on ${p.channel}`,
              ).toBeLessThanOrEqual(k.max);
            }
            // Caps that bind another planned channel, counting this send too.
            for (const q of plan2)
              for (const k of caps) {
                if (q === p || (k.channels !== undefined && !k.channels.includes(q.channel)))
                  continue;
                expect(fullest(k, q.channel, q.at, all)).toBeLessThanOrEqual(k.max);
              }
          }
          sends += plan2.length;
          if (plan2.length > 1) several++;
        },
      ),
      { numRuns: RUNS, seed: 1414 },
    );
    // The property met both single and several planned sends.
    expect(sends).toBeGreaterThan(RUNS / 2);
    expect(several).toBeGreaterThan(RUNS / 20);
  });

  it("delivery all: a one-a-day cap lets one channel go now and the next the day after", () => {
    const plan = compilePolicy({ id: "p", caps: [{ id: "one-a-day", max: 1, window: "P1D" }] });
    const d = decide(plan, {
      customer: {
        id: "c",
        jurisdiction: "NO",
        timeZone: TZ,
        contacts: { email: { address: "a@example.no" }, sms: { address: "+4791234567" } },
        consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }],
      },
      message: { purpose: "marketing", channels: ["email", "sms"], delivery: "all" },
      now,
    });
    expect(d.deliveries).toEqual([
      { channel: "email", sendAt: new Date(NOW).toISOString() },
      { channel: "sms", sendAt: new Date(NOW + D).toISOString() },
    ]);
  });

  it("a rolling cap counts a send already scheduled after the planned instant", () => {
    const plan = compilePolicy({ id: "p", caps: [{ id: "one-a-day", max: 1, window: "P1D" }] });
    const scheduled = NOW + 6 * H;
    const d = decide(plan, {
      customer: {
        id: "c",
        jurisdiction: "NO",
        timeZone: TZ,
        contacts: { email: { address: "a@example.no" } },
        consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }],
        history: [
          { at: new Date(scheduled).toISOString(), channel: "email", purpose: "marketing" },
        ],
      },
      message: { purpose: "marketing", channels: ["email"] },
      now,
    });
    // Not now (it would share a day with the scheduled send): a day after it.
    expect(d.verdict).toBe("defer");
    expect(d.sendAt).toBe(new Date(scheduled + D).toISOString());
  });
});
