import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../bundled.js";
import { _batch } from "../decide-many.js";
import { kari } from "./_fixtures.test-util.js";
import { _decideRecord, _recordId } from "./record.js";

const plan = compilePolicy({ id: "p" });
const batch = _batch(plan, {
  message: { purpose: "marketing", channels: ["email"] },
  now: "2026-05-04T10:00:00Z",
});

describe("the per-record path", () => {
  it("decides a valid record", () => {
    expect(_decideRecord(batch, kari, 0).verdict).toBe("send");
  });

  it("names a record without an id by its position", () => {
    const d = _decideRecord(batch, { jurisdiction: "NO" }, 7);
    expect([d.verdict, d.customerId]).toEqual(["deny", "#7"]);
    expect(d.reasons.every((r) => r.code === "input.invalid")).toBe(true);
  });

  it("never throws: a record whose reading throws is input.invalid", () => {
    const getter = Object.defineProperty({ ...kari }, "contacts", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    for (const record of [getter, proxy]) {
      const d = _decideRecord(batch, record, 3);
      expect(d.verdict).toBe("deny");
      expect(d.reasons.map((r) => r.code)).toEqual(["input.invalid"]);
    }
    expect(_recordId(proxy, 3)).toBe("#3");
  });

  it("validates a looked-up history like the record's own", () => {
    const withLookup = { ...batch, history: () => [null] };
    const d = _decideRecord(withLookup, kari, 0);
    expect([d.verdict, d.reasons[0]?.code, d.reasons[0]?.path]).toEqual([
      "deny",
      "input.invalid",
      ["history", 0],
    ]);
  });
});
