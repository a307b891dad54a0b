import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConsentEvent } from "../model/consent-event.js";
import { type ConsentRequest, mergeLedgers, resolveConsent, scopeCovers } from "./ledger.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();
const sms: ConsentRequest = {
  channel: "sms",
  kind: "electronic",
  purpose: "marketing",
  topic: "offers",
};

describe("scopeCovers", () => {
  it("treats a missing field as everything and a present one as only its values", () => {
    expect(scopeCovers({}, sms)).toBe(true);
    expect(scopeCovers({ channels: ["email"] }, sms)).toBe(false);
    expect(scopeCovers({ topics: ["offers"] }, sms)).toBe(true);
    expect(scopeCovers({ topics: ["offers"] }, { ...sms, topic: undefined })).toBe(false);
    expect(scopeCovers({ kinds: ["telephone"] }, sms)).toBe(false);
    expect(scopeCovers({ brand: "a" }, { ...sms, brand: "b" })).toBe(false);
  });
});

describe("resolveConsent", () => {
  const grant = (id: string, at: number, extra: Partial<ConsentEvent> = {}): ConsentEvent => ({
    id,
    type: "grant",
    at: iso(at),
    scope: {},
    ...extra,
  });
  const withdraw = (id: string, at: number, extra: Partial<ConsentEvent> = {}): ConsentEvent => ({
    id,
    type: "withdraw",
    at: iso(at),
    scope: {},
    ...extra,
  });

  it("is missing for an empty ledger", () => {
    expect(resolveConsent([], sms, T0).status).toBe("missing");
  });
  it("takes the instant into account: a grant counts from its own instant on", () => {
    const l = [grant("g", T0 + 1000)];
    expect(resolveConsent(l, sms, T0 + 999).status).toBe("missing");
    expect(resolveConsent(l, sms, T0 + 1000).status).toBe("granted");
  });
  it("lets a withdrawal win a tie with a grant", () => {
    expect(resolveConsent([grant("g", T0), withdraw("w", T0)], sms, T0 + 1).status).toBe(
      "withdrawn",
    );
  });
  it("expires a grant exactly at expiresAt", () => {
    const l = [grant("g", T0, { expiresAt: iso(T0 + 5000) })];
    expect(resolveConsent(l, sms, T0 + 4999)).toMatchObject({
      status: "granted",
      expiresAt: T0 + 5000,
    });
    expect(resolveConsent(l, sms, T0 + 5000).status).toBe("expired");
  });
  it("names the latest grant that counts", () => {
    const l = [grant("a", T0), grant("b", T0 + 10)];
    expect(resolveConsent(l, sms, T0 + 20)).toMatchObject({
      status: "granted",
      event: { id: "b" },
    });
  });
  it("requires confirmation only where asked", () => {
    const l = [grant("g", T0, { method: "double-opt-in" })];
    expect(resolveConsent(l, sms, T0 + 1).status).toBe("granted");
    expect(resolveConsent(l, sms, T0 + 1, { requireConfirmation: true }).status).toBe(
      "unconfirmed",
    );
    const c = [grant("g", T0, { confirmedAt: iso(T0 + 60_000) })];
    expect(resolveConsent(c, sms, T0 + 59_999, { requireConfirmation: true }).status).toBe(
      "unconfirmed",
    );
    expect(resolveConsent(c, sms, T0 + 60_000, { requireConfirmation: true }).status).toBe(
      "granted",
    );
  });
  it("ages grants out with maxAgeMs, from the confirmation when there is one", () => {
    const l = [grant("g", T0)];
    expect(resolveConsent(l, sms, T0 + 99, { maxAgeMs: 100 }).status).toBe("granted");
    expect(resolveConsent(l, sms, T0 + 100, { maxAgeMs: 100 }).status).toBe("expired");
  });
});

// ---- property tests -------------------------------------------------------------------------

const channelArb = fc.constantFrom("email", "sms", "voice");
const eventArb: fc.Arbitrary<ConsentEvent> = fc
  .record({
    id: fc.constantFrom("a", "b", "c", "d", "e"),
    type: fc.constantFrom("grant" as const, "withdraw" as const),
    at: fc.integer({ min: 0, max: 100 }),
    channels: fc.option(fc.uniqueArray(channelArb, { minLength: 1 }), { nil: undefined }),
    purposes: fc.option(fc.constant<"marketing"[]>(["marketing"]), { nil: undefined }),
    topics: fc.option(fc.uniqueArray(fc.constantFrom("offers", "news"), { minLength: 1 }), {
      nil: undefined,
    }),
    expires: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  })
  .map(({ id, type, at, channels, purposes, topics, expires }) => {
    const scope: ConsentEvent["scope"] = {};
    if (channels) scope.channels = channels;
    if (purposes) scope.purposes = purposes;
    if (topics) scope.topics = topics;
    const e: ConsentEvent = { id, type, at: iso(T0 + at * 1000), scope };
    if (expires !== undefined && type === "grant") e.expiresAt = iso(T0 + (at + expires) * 1000);
    return e;
  });
const reqArb = fc.record({
  channel: channelArb,
  topic: fc.option(fc.constantFrom("offers", "news"), { nil: undefined }),
  t: fc.integer({ min: 0, max: 220 }),
});
const status = (
  events: ConsentEvent[],
  r: { channel: string; topic: string | undefined; t: number },
) => {
  const s = resolveConsent(
    events,
    { channel: r.channel, kind: "electronic", purpose: "marketing", topic: r.topic },
    T0 + r.t * 1000,
  );
  return s.status === "missing" ? "missing" : `${s.status}:${s.event.id}:${s.event.at}`;
};

describe("ledger properties", () => {
  const runs = { numRuns: 1000, seed: 20261122 };
  it("merging is order-independent and idempotent", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 12 }),
        fc.array(eventArb, { maxLength: 12 }),
        (a, b) => {
          const ab = mergeLedgers(a, b);
          expect(mergeLedgers(b, a)).toEqual(ab);
          expect(mergeLedgers(ab, ab)).toEqual(ab);
          expect(mergeLedgers(ab, a)).toEqual(ab);
        },
      ),
      runs,
    );
  });
  it("the state does not depend on the order of the events or on duplicates", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 12 }),
        reqArb,
        fc.integer(),
        (events, r, seed) => {
          const shuffled = fc.shuffledSubarray(events, { minLength: events.length });
          void seed;
          const order = fc.sample(shuffled, { numRuns: 1, seed })[0] ?? events;
          expect(status([...order, ...events], r)).toBe(status(events, r));
        },
      ),
      runs,
    );
  });
  it("adding a withdrawal never turns a non-grant into a grant", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), eventArb, reqArb, (events, extra, r) => {
        const w: ConsentEvent = { ...extra, type: "withdraw" };
        delete (w as { expiresAt?: string }).expiresAt;
        const before = status(events, r);
        const after = status([...events, w], r);
        if (!before.startsWith("granted")) expect(after.startsWith("granted")).toBe(false);
      }),
      runs,
    );
  });
  it("with no expiry, the latest covering event decides (withdrawal first at a tie)", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), reqArb, (events, r) => {
        const plain = events
          .map((e) => ({ ...e, expiresAt: undefined }) as ConsentEvent)
          .map((e) => {
            const { expiresAt: _x, ...rest } = e;
            return rest as ConsentEvent;
          });
        const req = {
          channel: r.channel,
          kind: "electronic" as const,
          purpose: "marketing" as const,
          topic: r.topic,
        };
        const t = T0 + r.t * 1000;
        const covering = plain.filter((e) => Date.parse(e.at) <= t && scopeCovers(e.scope, req));
        const latest = Math.max(...covering.map((e) => Date.parse(e.at)));
        const atLatest = covering.filter((e) => Date.parse(e.at) === latest);
        const expected =
          covering.length === 0
            ? "missing"
            : atLatest.some((e) => e.type === "withdraw")
              ? "withdrawn"
              : "granted";
        expect(resolveConsent(plain, req, t).status).toBe(expected);
      }),
      runs,
    );
  });
});
