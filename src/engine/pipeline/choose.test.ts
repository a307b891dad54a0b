import { describe, expect, it } from "vitest";
import type { _Candidate } from "../plan.js";
import { kari, requestFor } from "./_fixtures.test-util.js";
import { _choose } from "./choose.js";

const H = 3_600_000;
/** Candidates in preference order email, sms, push, sending `hours` after now. */
function choose(maxDelay: string | undefined, hours: [number, number, number]): string {
  const message = {
    purpose: "marketing",
    channels: ["email", "sms", "push"],
    ...(maxDelay ? { maxDelay } : {}),
  };
  const { req, candidates } = requestFor({ id: "p" }, kari, message);
  candidates.forEach((c, i) => {
    c.sendAt = req.nowMs + (hours[i] as number) * H;
  });
  return _choose(req, candidates as _Candidate[]).channel;
}

describe("choose", () => {
  it("takes the most preferred channel within maxDelay of the earliest one", () => {
    expect(choose("PT2H", [4, 1.5, 1])).toBe("sms");
  });
  it("measures maxDelay from the earliest channel's instant", () => {
    expect(choose("PT3H", [4, 1.5, 1])).toBe("email");
  });
  it("takes the earliest channel when no preferred one is within maxDelay", () => {
    expect(choose("PT10M", [4, 2, 1])).toBe("push");
  });
  it("breaks a tie of earliest instants by preference", () => {
    expect(choose("PT10M", [4, 1, 1])).toBe("sms");
  });
  it("waits for the most preferred channel without maxDelay", () => {
    expect(choose(undefined, [40, 1, 0])).toBe("email");
  });
});
