/**
 * The hand-written customer fast path may only ever say what `CustomerSchema` says: whatever it
 * accepts, the schema accepts, with an equal result. It may give up (the schema then decides).
 */

import { CustomerSchema } from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateAudience, REALISTIC } from "../bench/audience.js";
import { indexLedger } from "../src/consent/ledger.js";
import type { ConsentEvent } from "../src/model/consent-event.js";
import {
  _fastParseCustomer,
  _historyTimesOf,
  _takeConsentTimes,
} from "../src/model/fast-customer.js";
import { parseInstant } from "../src/time/instant.js";

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000), seed: 20261123 };
const NOW = Date.parse("2026-05-04T12:00:00Z");

function agrees(raw: unknown): boolean {
  const fast = _fastParseCustomer(raw);
  if (fast === undefined) return true;
  const slow = CustomerSchema.safeParse(raw);
  expect(slow.success, `fast path accepted what the schema refuses: ${JSON.stringify(raw)}`).toBe(
    true,
  );
  expect(fast).toStrictEqual(slow.data);
  expect(Object.keys(fast)).toEqual(Object.keys(slow.data as object));
  return true;
}

// Near misses: the right type with a wrong value, for some field or other.
const NEAR_MISSES: unknown[] = [
  "OK",
  "Email",
  "",
  "-x",
  "2026-05-04T12:00Z",
  "2026-02-29T00:00:00Z",
  "NOR",
  "person",
  "revoke",
  "bought",
  "x".repeat(513),
  "x".repeat(65),
  -1,
  ["fax"],
  [""],
  { listed: "yes" },
];
// Each field: usually a right value, sometimes a subtly wrong one, sometimes junk.
const junk = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}),
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(...NEAR_MISSES),
);
const either = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof(
    { weight: 100, arbitrary: good },
    { weight: 1, arbitrary: bad },
    { weight: 1, arbitrary: junk },
  );
const near = {
  str: either(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.constantFrom("", "x".repeat(512), "x".repeat(513)),
  ),
  instant: either(
    fc
      .date({
        min: new Date("1970-01-01T00:00:00Z"),
        max: new Date("2100-01-01T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString()),
    fc.constantFrom(
      "2026-05-04T12:00:00.123+02:00",
      "2024-02-29T00:00:00Z",
      "2026-02-29T00:00:00Z",
      "2026-05-04T12:00Z",
      "2026-05-04T24:00:00Z",
      "2026-05-04 12:00:00Z",
      "2026-05-04T12:00:00+0200",
      "2026-05-04T12:00:00",
      "-094952-02-08T09:02:22.846Z",
    ),
  ),
};
const maybe = <T>(a: fc.Arbitrary<T>) => either(a, junk);
const name = either(
  fc.constantFrom("email", "sms", "voice", "push", "running", "a.b:c-d_e", "x".repeat(64)),
  fc.constantFrom("Email", "e mail", "-x", "_a", "", "x".repeat(65)),
);
// Record keys: names, other strings, and the ones that must never pass.
const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 50, arbitrary: fc.constantFrom("email", "sms", "running", "NO-RESERVASJON", "tier") },
  { weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "__proto__", "constructor", "prototype", "x".repeat(65)),
  },
);
// Keys of channel- and topic-keyed records (contacts, preferences): names, near misses that only
// look like one (case, white space, Cyrillic, full-width, zero-width), and the reserved ones.
const nameKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 50, arbitrary: fc.constantFrom("email", "sms", "push", "running", "offers") },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      "SMS",
      "sms ",
      " email",
      "\u0455ms",
      "\uff53\uff4d\uff53",
      "s\u200bms",
      "e\u00admail",
      "Email",
      "e mail",
      "NO-RESERVASJON",
    ),
  },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "__proto__", "constructor", "prototype", "x".repeat(65)),
  },
);
const names = (max: number) => fc.array(name, { maxLength: max });

const contact = fc.record(
  {
    address: maybe(near.str),
    verified: maybe(fc.boolean()),
    status: either(
      fc.constantFrom("ok", "bounced", "invalid", "complained", "unsubscribed"),
      fc.constant("OK"),
    ),
    mobile: maybe(fc.boolean()),
    addressee: either(fc.constantFrom("natural-person", "role"), fc.constant("company")),
    obtained: maybe(
      fc.record(
        {
          method: either(fc.constantFrom("purchase", "inquiry", "signup"), fc.constant("bought")),
          at: maybe(near.instant),
          source: maybe(near.str),
          optOutOffered: maybe(fc.boolean()),
        },
        { requiredKeys: ["method"] },
      ),
    ),
  },
  { requiredKeys: ["address"] },
);
const scope = fc.record(
  {
    channels: maybe(names(3)),
    kinds: either(
      fc.array(fc.constantFrom("electronic", "telephone", "mail", "online"), { maxLength: 4 }),
      fc.constant(["fax"]),
    ),
    purposes: either(
      fc.array(fc.constantFrom("marketing", "service", "transactional"), { maxLength: 3 }),
      fc.constant(["sales"]),
    ),
    topics: maybe(names(3)),
    brand: maybe(name),
  },
  { requiredKeys: [] },
);
const consent = fc.record(
  {
    id: maybe(near.str),
    type: either(fc.constantFrom("grant", "withdraw"), fc.constant("revoke")),
    at: maybe(near.instant),
    scope: maybe(scope),
    method: either(
      fc.constantFrom("double-opt-in", "written", "implied", "presumed"),
      fc.constant("fax"),
    ),
    confirmedAt: maybe(near.instant),
    expiresAt: maybe(near.instant),
    source: maybe(near.str),
    noticeVersion: maybe(near.str),
    capture: maybe(
      fc.record(
        {
          form: either(fc.constantFrom("checkbox", "button", "oral"), fc.constant("tick")),
          active: maybe(fc.boolean()),
          preTicked: maybe(fc.boolean()),
          separate: maybe(fc.boolean()),
          withdrawalInformed: maybe(fc.boolean()),
        },
        { requiredKeys: [] },
      ),
    ),
    evidence: maybe(
      fc.dictionary(key, either(fc.oneof(near.str, fc.integer(), fc.boolean()), junk), {
        maxKeys: 3,
      }),
    ),
  },
  { requiredKeys: ["id", "type", "at"] },
);
const historyEntry = fc.record(
  {
    at: maybe(near.instant),
    channel: maybe(name),
    purpose: either(fc.constantFrom("marketing", "service"), fc.constant("sales")),
    topic: maybe(name),
    campaign: maybe(near.str),
    counted: maybe(fc.boolean()),
  },
  { requiredKeys: ["at", "channel", "purpose"] },
);
const customer = fc.record(
  {
    id: maybe(near.str),
    jurisdiction: either(
      fc.constantFrom("NO", "US-FL", "GB-ENG", "SE"),
      fc.constantFrom("us", "N", "NOR", "US-", "US-ABCD"),
    ),
    timeZone: either(
      fc.constantFrom("Europe/Oslo", "UTC", "Asia/Kathmandu"),
      fc.constantFrom("Mars/Olympus", "", "x".repeat(65)),
    ),
    type: either(fc.constantFrom("consumer", "business"), fc.constant("person")),
    contacts: maybe(
      fc.dictionary(nameKey, maybe(contact), {
        maxKeys: 3,
      }),
    ),
    preferences: maybe(
      fc.record(
        {
          channelOrder: maybe(names(3)),
          channels: maybe(fc.dictionary(nameKey, maybe(fc.boolean()), { maxKeys: 3 })),
          topics: maybe(fc.dictionary(nameKey, maybe(fc.boolean()), { maxKeys: 3 })),
          pause: maybe(fc.record({ from: near.instant }, { requiredKeys: [] })),
        },
        { requiredKeys: [] },
      ),
    ),
    relationship: maybe(
      fc.record(
        {
          customerSince: maybe(near.instant),
          lastPurchaseAt: maybe(near.instant),
          lastInquiryAt: maybe(near.instant),
          purchasedCategories: maybe(names(3)),
        },
        { requiredKeys: [] },
      ),
    ),
    registers: maybe(
      fc.dictionary(
        key,
        maybe(fc.record({ listed: maybe(fc.boolean()), checkedAt: near.instant })),
        { maxKeys: 2 },
      ),
    ),
    suppressions: maybe(
      fc.array(
        fc.record(
          {
            reason: either(fc.constantFrom("complaint", "unsubscribe"), fc.constant("spam")),
            at: maybe(near.instant),
            channels: maybe(names(2)),
            purposes: either(
              fc.array(fc.constantFrom("marketing", "service"), { maxLength: 3 }),
              fc.constant(["x"]),
            ),
            note: maybe(near.str),
          },
          { requiredKeys: ["reason"] },
        ),
        { maxLength: 2 },
      ),
    ),
    consents: maybe(fc.array(consent, { maxLength: 4 })),
    history: maybe(fc.array(historyEntry, { maxLength: 4 })),
    attributes: maybe(
      fc.dictionary(key, either(fc.oneof(near.str, fc.double(), fc.boolean()), junk), {
        maxKeys: 3,
      }),
    ),
  },
  { requiredKeys: ["id", "jurisdiction"] },
);

/** The audience with `confirmedAt` and `expiresAt` (in several forms) on some of its consents. */
function withConsentDates(audience: readonly unknown[]): unknown[] {
  const forms = [
    "2027-01-01T00:00:00Z",
    "2026-03-01T10:30:00.5+02:00",
    "2025-12-31T23:59:59.999-05:30",
  ];
  let k = 0;
  return audience.map((raw) => {
    const r = raw as { consents?: Record<string, unknown>[] };
    for (const e of r.consents ?? []) {
      k++;
      if (k % 2 === 0) e.confirmedAt = e.at;
      if (k % 3 === 0) e.expiresAt = forms[k % forms.length];
    }
    return r;
  });
}

describe("customer fast path", () => {
  it("takes every record of a realistic audience, and returns what the schema returns", () => {
    const audience = generateAudience(2000, NOW);
    for (const raw of audience) {
      const fast = _fastParseCustomer(raw);
      expect(fast).toBeDefined();
      agrees(raw);
    }
  });

  it("keeps each history instant as parseInstant reads it, for its own lists only", () => {
    const audience = generateAudience(300, NOW, 42, REALISTIC);
    let seen = 0;
    for (const raw of audience) {
      const fast = _fastParseCustomer(raw) as { history?: { at: string }[] } | undefined;
      const h = fast?.history;
      if (h === undefined) continue;
      expect(_historyTimesOf(h)).toStrictEqual(h.map((e) => parseInstant(e.at)));
      expect(_historyTimesOf([...h])).toBeUndefined();
      seen += h.length;
    }
    expect(seen).toBeGreaterThan(1000);
  });
  it("keeps each consent's instants as parseInstant reads them, for its own lists, once", () => {
    const audience = withConsentDates(generateAudience(300, NOW, 42, REALISTIC));
    let seen = 0;
    let expiring = 0;
    let confirmed = 0;
    for (const raw of audience) {
      const fast = _fastParseCustomer(raw) as
        | { consents: { at: string; expiresAt?: string; confirmedAt?: string }[] }
        | undefined;
      const cs = fast?.consents;
      if (cs === undefined || cs.length === 0) continue;
      expect(_takeConsentTimes([...cs])).toBeUndefined();
      const t = _takeConsentTimes(cs);
      expect(t).toBeDefined();
      expect([...(t?.at ?? [])]).toStrictEqual(cs.map((e) => parseInstant(e.at)));
      expect([...(t?.expiresAt ?? [])]).toStrictEqual(
        cs.map((e) =>
          e.expiresAt === undefined ? Number.POSITIVE_INFINITY : parseInstant(e.expiresAt),
        ),
      );
      expect([...(t?.confirmedAt ?? [])]).toStrictEqual(
        cs.map((e) => (e.confirmedAt === undefined ? Number.NaN : parseInstant(e.confirmedAt))),
      );
      // Taken once: a second ledger of the same list parses for itself, sharing no arrays.
      expect(_takeConsentTimes(cs)).toBeUndefined();
      seen += cs.length;
      expiring += cs.filter((e) => e.expiresAt !== undefined).length;
      confirmed += cs.filter((e) => e.confirmedAt !== undefined).length;
    }
    expect(seen).toBeGreaterThan(300);
    expect(expiring).toBeGreaterThan(0);
    expect(confirmed).toBeGreaterThan(0);
  });

  it("indexes a fast-path ledger exactly as it indexes a copy of it", () => {
    for (const raw of withConsentDates(generateAudience(300, NOW, 7, REALISTIC))) {
      const cs = (_fastParseCustomer(raw) as { consents: ConsentEvent[] } | undefined)?.consents;
      if (cs === undefined) continue;
      const copy = indexLedger([...cs]);
      const kept = indexLedger(cs);
      expect(kept.events).toBe(cs);
      expect([...kept.at]).toStrictEqual([...copy.at]);
      expect([...kept.expiresAt]).toStrictEqual([...copy.expiresAt]);
      expect([...kept.confirmedAt]).toStrictEqual([...copy.confirmedAt]);
    }
  });
  it("takes consents with a capture record and contacts with an addressee", () => {
    const raw = {
      id: "c",
      jurisdiction: "NO",
      contacts: { email: { address: "post@firma.no", addressee: "role", status: "ok" } },
      consents: [
        {
          id: "g",
          type: "grant",
          at: "2026-01-01T00:00:00Z",
          method: "presumed",
          evidence: { why: "trade fair" },
          capture: { withdrawalInformed: true, form: "checkbox", active: true, preTicked: false },
        },
      ],
    };
    expect(_fastParseCustomer(raw)).toBeDefined();
    agrees(raw);
  });

  it("never accepts what the schema refuses, and agrees on what it accepts (generated records)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(customer, (raw) => {
        if (_fastParseCustomer(raw) !== undefined) accepted++;
        return agrees(raw);
      }),
      runs,
    );
    // The generator must reach the accepting side too, or the property says nothing.
    expect(accepted).toBeGreaterThan(runs.numRuns / 50);
  });

  it("agrees on realistic records with any one field broken, removed or added (exhaustive)", () => {
    const wrong = [...NEAR_MISSES, null, undefined, 0, 1.5, Number.NaN, true, [], {}];
    const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
      v !== null && typeof v === "object"
        ? [
            at,
            ...Object.entries(v).flatMap(([k, x]) =>
              paths(x, [...at, Array.isArray(v) ? Number(k) : k]),
            ),
          ]
        : [at];
    let tried = 0;
    for (const base of generateAudience(12, NOW)) {
      for (const path of paths(base).filter((p) => p.length > 0)) {
        for (const how of ["replace", "delete", "add"] as const) {
          for (const value of how === "delete" ? [undefined] : wrong) {
            const raw = structuredClone(base) as Record<string, unknown>;
            let parent: Record<string | number, unknown> = raw;
            for (const k of path.slice(0, -1))
              parent = parent[k] as Record<string | number, unknown>;
            const last = path[path.length - 1] as string | number;
            if (how === "replace") parent[last] = value;
            else if (how === "delete") delete parent[last];
            else if (typeof parent[last] === "object" && parent[last] !== null)
              (parent[last] as Record<string, unknown>).unexpected = value;
            agrees(raw);
            tried++;
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(40_000);
  }, 120_000); // 40,000 records: a hang guard sized for a loaded 2-core machine

  it("gives up on what it does not model: class instances, explicit undefined, __proto__ keys", () => {
    class Rec {
      id = "a";
      jurisdiction = "NO";
    }
    expect(_fastParseCustomer(new Rec())).toBeUndefined();
    expect(
      _fastParseCustomer({ id: "a", jurisdiction: "NO", timeZone: undefined }),
    ).toBeUndefined();
    expect(_fastParseCustomer(JSON.parse('{"id":"a","jurisdiction":"NO","__proto__":{}}'))).toBe(
      undefined,
    );
    expect(_fastParseCustomer({ id: "a", jurisdiction: "NO" })).toStrictEqual({
      id: "a",
      jurisdiction: "NO",
      type: "consumer",
      contacts: {},
      consents: [],
    });
  });
});
