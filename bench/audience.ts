/**
 * A seeded generator of audiences for benchmarks. The default (`compact`) mix: seven
 * jurisdictions, ledgers of 1–6 events, histories of 0–12 sends over 30 days, some preferences,
 * suppressions and bounced addresses. `REALISTIC` is the performance issue's mix: ledgers of
 * 1–50 events, histories of 0–200 sends over 400 days, and a quarter of customers in zones where
 * it is night at the benchmark's instant (Vancouver and Sydney at 12:00 UTC).
 */
import type { CustomerInput } from "consentry";

/** A small deterministic PRNG (mulberry32), so every run screens the same audience. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  ["NO", "Europe/Oslo"],
  ["SE", "Europe/Stockholm"],
  ["DK", "Europe/Copenhagen"],
  ["DE", "Europe/Berlin"],
  ["GB", "Europe/London"],
  ["US-FL", "America/New_York"],
  ["CA", "America/Vancouver"],
] as const;

const REALISTIC_PLACES = [...PLACES, ["AU", "Australia/Sydney"]] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/** How big the generated records are. */
export interface AudienceOptions {
  /** Extra sends in the last hours before `now`, to put customers at a weekly cap. */
  readonly recentSends?: number;
  /** Most consent events per customer (at least 1). Default 6. */
  readonly maxEvents?: number;
  /** Most past sends per customer. Default 12. */
  readonly maxSends?: number;
  /** Over how many days before `now` the past sends are spread. Default 30. */
  readonly historyDays?: number;
  /** Add Sydney to the places, so a quarter of customers are in the night at 12:00 UTC. */
  readonly nightQuarter?: boolean;
}

/** The performance issue's mix: ledgers of 1–50 events, histories of 0–200 sends. */
export const REALISTIC: AudienceOptions = {
  maxEvents: 50,
  maxSends: 200,
  historyDays: 400,
  nightQuarter: true,
};

/** `n` customers as plain JSON records, decided at `now`. */
export function generateAudience(
  n: number,
  now: number,
  seed = 42,
  options: AudienceOptions = {},
): CustomerInput[] {
  return [...audienceStream(n, now, seed, options)];
}

/** The same audience one customer at a time, for streams larger than memory. */
export function* audienceStream(
  n: number,
  now: number,
  seed = 42,
  options: AudienceOptions = {},
): Generator<CustomerInput> {
  const rnd = prng(seed);
  const places = options.nightQuarter ? REALISTIC_PLACES : PLACES;
  const maxEvents = options.maxEvents ?? 6;
  const maxSends = options.maxSends ?? 12;
  const historyDays = options.historyDays ?? 30;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  for (let i = 0; i < n; i++) {
    const [jurisdiction, timeZone] = pick(places);
    const consents: NonNullable<CustomerInput["consents"]>[number][] = [];
    const events = 1 + Math.floor(rnd() * maxEvents);
    const gap = (360 / Math.max(events, 6)) * 86_400_000;
    let t = now - 400 * 86_400_000;
    for (let k = 0; k < events; k++) {
      t += Math.floor(rnd() * gap);
      if (t >= now) break;
      const withdraw = rnd() < 0.15;
      const channels = rnd() < 0.5 ? undefined : [pick(["email", "sms"] as const)];
      consents.push({
        id: `c${i}-${k}`,
        type: withdraw ? "withdraw" : "grant",
        at: iso(t),
        scope:
          channels === undefined
            ? { purposes: ["marketing"] }
            : { channels, purposes: ["marketing"] },
        ...(withdraw ? {} : { method: "double-opt-in" as const, confirmedAt: iso(t + 600_000) }),
      });
    }
    const history: NonNullable<CustomerInput["history"]>[number][] = [];
    const sends = Math.floor(rnd() * (maxSends + 1));
    for (let k = 0; k < sends; k++)
      history.push({
        at: iso(now - Math.floor(rnd() * historyDays * 86_400_000)),
        channel: pick(["email", "sms"]),
        purpose: "marketing",
      });
    for (let k = 0; k < (options.recentSends ?? 0); k++)
      history.push({ at: iso(now - (k + 1) * 3_600_000), channel: "email", purpose: "marketing" });
    const bounced = rnd() < 0.05;
    const c: CustomerInput = {
      id: `cust-${i}`,
      jurisdiction,
      timeZone,
      contacts: {
        email: {
          address: `c${i}@example.com`,
          status: bounced ? "bounced" : "ok",
          obtained: { method: "purchase", optOutOffered: true },
        },
        ...(rnd() < 0.7 ? { sms: { address: `+4790${String(i).padStart(6, "0")}` } } : {}),
      },
      relationship: {
        lastPurchaseAt: iso(now - Math.floor(rnd() * 500 * 86_400_000)),
        purchasedCategories: [pick(["running", "ski", "bike"])],
      },
      consents,
      history,
      attributes: { tier: pick(["gold", "silver", "bronze"]), age: 16 + Math.floor(rnd() * 60) },
      ...(rnd() < 0.2
        ? {
            preferences: {
              channelOrder: ["sms", "email"],
              ...(rnd() < 0.3 ? { topics: { running: false } } : {}),
            },
          }
        : {}),
      ...(rnd() < 0.02 ? { suppressions: [{ reason: "complaint" as const }] } : {}),
    };
    yield c;
  }
}
