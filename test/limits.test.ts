/**
 * Every documented limit holds at its boundary: a list at the limit is accepted, one more is
 * refused with the path of the list.
 */

import { describe, expect, it } from "vitest";
import { safeCompilePolicy } from "../src/engine/compile.js";
import * as L from "../src/model/limits.js";
import { MessageSchema } from "../src/model/message.js";
import { parseCustomer } from "../src/model/parse-customer.js";
import { bundledHolidays } from "../src/time/holiday-tables.js";

const win = (i: number) => ({
  from: `${String(i % 24).padStart(2, "0")}:00`,
  until: `${String(i % 24).padStart(2, "0")}:30`,
});
const n = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));

/** The paths of the problems a policy has, or [] when it compiles. */
function policyPaths(policy: object): string[] {
  const r = safeCompilePolicy({ id: "p", ...policy }, { holidays: bundledHolidays });
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
}
function customerPaths(extra: object): string[] {
  const r = parseCustomer({ id: "c", jurisdiction: "NO", ...extra });
  return r.success ? [] : r.issues.map((i) => i.path.join("."));
}
/** The messages of the problems a record has at `path`. */
function customerMessages(extra: object, path: string): string[] {
  const r = parseCustomer({ id: "c", jurisdiction: "NO", ...extra });
  return r.success ? [] : r.issues.filter((i) => i.path.join(".") === path).map((i) => i.message);
}
function policyMessages(policy: object, path: string): string[] {
  const r = safeCompilePolicy({ id: "p", ...policy }, { holidays: bundledHolidays });
  return r.success
    ? []
    : r.error.issues.filter((i) => i.path.join(".") === path).map((i) => i.message);
}

describe("policy limits", () => {
  const cases: [string, number, (k: number) => object, string][] = [
    [
      "windows per quiet-hours rule",
      L.MAX_WINDOWS_PER_RULE,
      (k) => ({ quietHours: [{ id: "q", windows: n(k, win) }] }),
      "quietHours.0.windows",
    ],
    [
      "windows per send-window rule",
      L.MAX_WINDOWS_PER_RULE,
      (k) => ({ windows: [{ id: "w", windows: n(k, win) }] }),
      "windows.0.windows",
    ],
    [
      "quiet-hours rules",
      L.MAX_TIME_RULES,
      (k) => ({ quietHours: n(k, (i) => ({ id: `q${i}`, windows: [win(i)] })) }),
      "quietHours",
    ],
    [
      "send-window rules",
      L.MAX_TIME_RULES,
      (k) => ({ windows: n(k, (i) => ({ id: `w${i}`, windows: [win(i)] })) }),
      "windows",
    ],
    [
      "blackouts",
      L.MAX_BLACKOUTS,
      (k) => ({ blackouts: n(k, (i) => ({ id: `b${i}`, rrule: `FREQ=DAILY;BYHOUR=${i % 24}` })) }),
      "blackouts",
    ],
    [
      "blackout occurrences a day",
      L.MAX_BLACKOUT_OCCURRENCES_PER_DAY,
      (k) => ({ blackouts: [{ id: "b", rrule: `FREQ=DAILY;BYHOUR=${n(k, (i) => i).join(",")}` }] }),
      "blackouts.0.rrule",
    ],
    [
      "holiday rules",
      L.MAX_HOLIDAY_RULES,
      (k) => ({ holidays: n(k, (i) => ({ id: `h${i}` })) }),
      "holidays",
    ],
    [
      "caps",
      L.MAX_CAPS,
      (k) => ({ caps: n(k, (i) => ({ id: `c${i}`, max: 1, window: "day" })) }),
      "caps",
    ],
    [
      "rules",
      L.MAX_RULES,
      (k) => ({
        rules: n(k, (i) => ({ id: `r${i}`, when: { field: "channel", op: "eq", value: "fax" } })),
      }),
      "rules",
    ],
  ];
  it.each(cases)("%s: %i accepted, one more refused", (_what, limit, make, path) => {
    expect(policyPaths(make(limit))).toEqual([]);
    expect(policyPaths(make(limit + 1))).toContain(path);
    if (path === "caps" || path === "blackouts" || path === "rules")
      expect(policyMessages(make(limit + 1), path).join(" ")).toContain(String(limit));
  });
  it("a horizon of 366 days is accepted, 367 refused", () => {
    expect(policyPaths({ horizon: `P${L.MAX_HORIZON_DAYS}D` })).toEqual([]);
    expect(policyPaths({ horizon: `P${L.MAX_HORIZON_DAYS + 1}D` })).toContain("horizon");
  });
});

describe("customer and message limits", () => {
  const at = "2026-01-01T00:00:00Z";
  const cases: [string, number, (k: number) => object, string][] = [
    [
      "customer quiet hours",
      L.MAX_CUSTOMER_WINDOWS,
      (k) => ({ preferences: { quietHours: n(k, win) } }),
      "preferences.quietHours",
    ],
    [
      "customer contact hours",
      L.MAX_CUSTOMER_WINDOWS,
      (k) => ({ preferences: { contactHours: n(k, win) } }),
      "preferences.contactHours",
    ],
    [
      "customer frequency caps",
      L.MAX_CUSTOMER_CAPS,
      (k) => ({ preferences: { frequency: n(k, () => ({ max: 1, per: "day" })) } }),
      "preferences.frequency",
    ],
    [
      "history",
      L.MAX_HISTORY,
      (k) => ({ history: n(k, () => ({ at, channel: "email", purpose: "marketing" })) }),
      "history",
    ],
    [
      "consents",
      L.MAX_CONSENTS,
      (k) => ({ consents: n(k, (i) => ({ id: `e${i}`, type: "grant", at })) }),
      "consents",
    ],
    [
      "suppressions",
      L.MAX_SUPPRESSIONS,
      (k) => ({ suppressions: n(k, () => ({ reason: "other" })) }),
      "suppressions",
    ],
  ];
  it.each(cases)(
    "%s: %i accepted, one more refused, the limit named",
    (_what, limit, make, path) => {
      expect(customerPaths(make(limit))).toEqual([]);
      expect(customerPaths(make(limit + 1))).toContain(path);
      expect(customerMessages(make(limit + 1), path).join(" ")).toContain(String(limit));
    },
  );
  it("the lowered limits: 1,000 consent events and history entries, 4 customer caps", () => {
    // The fast customer parser checks the same numbers as the schema (it once read 10,000).
    expect([L.MAX_CONSENTS, L.MAX_HISTORY, L.MAX_CUSTOMER_CAPS, L.MAX_CAPS]).toEqual([
      1000, 1000, 4, 8,
    ]);
    const grant = (i: number) => ({ id: `e${i}`, type: "grant", at });
    expect(customerPaths({ consents: n(5000, grant) })).toContain("consents");
  });
  it(`a message names at most ${L.MAX_MESSAGE_CHANNELS} channels`, () => {
    const channels = (k: number) => n(k, (i) => `c${i}`);
    expect(
      MessageSchema.safeParse({ purpose: "service", channels: channels(L.MAX_MESSAGE_CHANNELS) })
        .success,
    ).toBe(true);
    const r = MessageSchema.safeParse({
      purpose: "service",
      channels: channels(L.MAX_MESSAGE_CHANNELS + 1),
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["channels"]);
  });
});
