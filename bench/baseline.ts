/**
 * The hand-written baseline: the realistic benchmark policy and a plain function that makes the
 * same call on every customer, as a sender would write it by hand (no validation, no reasons).
 */
import type { CustomerInput, MessageInput } from "consentry";

/** The realistic policy: double opt-in, an existing-customer exception, two rules, quiet hours, a cap. */
export const policy = {
  id: "bench",
  channelPriority: ["email", "sms"],
  consent: { doubleOptIn: ["email", "sms"] },
  existingCustomer: [{ id: "soft", channels: ["email"], purchaseWithin: "P365D" }],
  rules: [
    {
      id: "no-minors",
      purposes: ["marketing"],
      when: { field: "customer.attributes.age", op: "lt", value: 18 },
    },
    {
      id: "sms-gold",
      channels: ["sms"],
      unless: { field: "customer.attributes.tier", op: "eq", value: "gold" },
    },
  ],
  quietHours: [{ id: "nights", windows: [{ from: "21:00", until: "08:00" }] }],
  caps: [{ id: "three-a-week", max: 3, window: "P7D" }],
} as const;
/** A marketing message about running, by e-mail or SMS. */
export const message: MessageInput = {
  purpose: "marketing",
  topic: "running",
  category: "running",
  channels: ["email", "sms"],
};

// ---- the hand-written baseline: the same checks, no explanations, no validation ---------------

const fmt = new Map<string, Intl.DateTimeFormat>();
function localHour(tz: string, t: number): number {
  let f = fmt.get(tz);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "numeric", hourCycle: "h23" });
    fmt.set(tz, f);
  }
  return Number(f.format(t));
}
const clock = new Map<string, Intl.DateTimeFormat>();
/** Milliseconds since local midnight at `t` in `tz`. */
function localMsOfDay(tz: string, t: number): number {
  let f = clock.get(tz);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: tz,
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    clock.set(tz, f);
  }
  const [h, m, sec] = f.format(t).split(":").map(Number) as [number, number, number];
  return ((h * 60 + m) * 60 + sec) * 1000 + (((t % 1000) + 1000) % 1000);
}
const DAY = 86_400_000;
/**
 * The first instant at or after `now` outside quiet hours (21–08 local) with fewer than 3
 * marketing sends in the last 7 days. Assumes no daylight-saving change within the wait, as a
 * hand-written check would.
 */
function earliestAllowed(c: CustomerInput, now: number): number {
  const sends = (c.history ?? [])
    .filter((s) => s.purpose === "marketing")
    .map((s) => Date.parse(s.at))
    .sort((a, b) => a - b);
  let t = now;
  for (let guard = 0; guard < 100; guard++) {
    const ms = localMsOfDay(c.timeZone as string, t);
    if (ms >= 21 * 3_600_000) t += DAY - ms + 8 * 3_600_000;
    else if (ms < 8 * 3_600_000) t += 8 * 3_600_000 - ms;
    const inWindow = sends.filter((x) => x > t - 7 * DAY && x <= t);
    if (inWindow.length < 3) return t;
    t = (inWindow[inWindow.length - 3] as number) + 7 * DAY;
  }
  return Number.POSITIVE_INFINITY;
}
type Ev = NonNullable<CustomerInput["consents"]>[number];
function consentOk(
  evs: readonly Ev[],
  channel: string,
  now: number,
): "granted" | "withdrawn" | "none" {
  let wAt = -Infinity;
  for (const e of evs) {
    const s = e.scope ?? {};
    if (e.type !== "withdraw" || (s.channels && !s.channels.includes(channel))) continue;
    const t = Date.parse(e.at);
    if (t <= now && t > wAt) wAt = t;
  }
  let granted = false;
  for (const e of evs) {
    const s = e.scope ?? {};
    if (e.type !== "grant" || (s.channels && !s.channels.includes(channel))) continue;
    const t = Date.parse(e.at);
    if (t <= now && t > wAt && e.confirmedAt !== undefined && Date.parse(e.confirmedAt) <= now)
      granted = true;
  }
  return granted ? "granted" : wAt > -Infinity ? "withdrawn" : "none";
}
/**
 * The same checks as `policy` for `message`, written by hand: no validation, no explanations.
 * The practical limit: what a sender's own code would cost.
 */
export function handWritten(c: CustomerInput, now: number): { verdict: string; channel?: string } {
  const order = c.preferences?.channelOrder;
  const chans = ["email", "sms"].sort((a, b) => {
    const ia = order?.indexOf(a) ?? -1;
    const ib = order?.indexOf(b) ?? -1;
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a === "email" ? -1 : 1);
  });
  let sawTimeBlock = false;
  let best: { channel: string; at: number } | undefined;
  for (const ch of chans) {
    const contact = c.contacts?.[ch];
    if (!contact || (contact.status ?? "ok") !== "ok") continue;
    if (c.suppressions?.length) continue;
    if (c.preferences?.topics?.running === false) continue;
    const st = consentOk(c.consents ?? [], ch, now);
    if (st === "withdrawn") continue;
    // The existing-customer basis lapses a year after the last purchase: no send after it.
    let lapses = Number.POSITIVE_INFINITY;
    if (st === "none") {
      const lp = c.relationship?.lastPurchaseAt;
      const ok =
        ch === "email" &&
        contact.obtained?.method === "purchase" &&
        contact.obtained.optOutOffered === true &&
        (c.relationship?.purchasedCategories ?? []).includes("running") &&
        lp !== undefined &&
        now - Date.parse(lp) < 365 * 86_400_000 &&
        Date.parse(lp) <= now;
      if (!ok) continue;
      lapses = Date.parse(lp) + 365 * 86_400_000;
    }
    const age = c.attributes?.age;
    if (typeof age === "number" && age < 18) continue;
    if (ch === "sms" && c.attributes?.tier !== "gold") continue;
    // time: quiet hours 21–08 local and 3 sends per rolling 7 days
    const h = localHour(c.timeZone as string, now);
    let count = 0;
    for (const s of c.history ?? []) {
      const t = Date.parse(s.at);
      if (s.purpose === "marketing" && t > now - 7 * 86_400_000 && t <= now) count++;
    }
    if (h >= 21 || h < 8 || count >= 3) {
      if (lapses !== Number.POSITIVE_INFINITY && earliestAllowed(c, now) >= lapses) continue;
      sawTimeBlock = true;
      best ??= { channel: ch, at: Number.POSITIVE_INFINITY };
      continue;
    }
    if (best === undefined) return { verdict: "send", channel: ch };
  }
  if (best !== undefined || sawTimeBlock)
    return { verdict: "defer", channel: best?.channel as string };
  return { verdict: "deny" };
}
