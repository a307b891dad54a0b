/**
 * A seeded generator of realistic audiences for benchmarks: seven jurisdictions, ledgers of 1–6
 * events, histories of 0–12 sends, some preferences, suppressions and bounced addresses.
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

const iso = (ms: number) => new Date(ms).toISOString();

/** `n` customers as plain JSON records, decided at `now`. */
export function generateAudience(
  n: number,
  now: number,
  seed = 42,
  options: { recentSends?: number } = {},
): CustomerInput[] {
  return [...audienceStream(n, now, seed, options)];
}

/** The same audience one customer at a time, for streams larger than memory. */
export function* audienceStream(
  n: number,
  now: number,
  seed = 42,
  options: { recentSends?: number } = {},
): Generator<CustomerInput> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  for (let i = 0; i < n; i++) {
    const [jurisdiction, timeZone] = pick(PLACES);
    const consents: NonNullable<CustomerInput["consents"]>[number][] = [];
    const events = 1 + Math.floor(rnd() * 6);
    let t = now - 400 * 86_400_000;
    for (let k = 0; k < events; k++) {
      t += Math.floor(rnd() * 60 * 86_400_000);
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
    const sends = Math.floor(rnd() * 13);
    for (let k = 0; k < sends; k++)
      history.push({
        at: iso(now - Math.floor(rnd() * 30 * 86_400_000)),
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
