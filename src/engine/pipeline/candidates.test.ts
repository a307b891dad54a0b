import { describe, expect, it } from "vitest";
import { kari, requestFor } from "./_fixtures.test-util.js";

const message = { purpose: "marketing", channels: ["push", "sms", "email"] };
const order = (policy: object, customer: object) =>
  requestFor({ id: "p", ...policy }, { ...kari, ...customer }, message).candidates.map(
    (c) => c.channel,
  );

describe("candidates", () => {
  it("keep the message's order when nobody ranks them", () => {
    expect(order({}, {})).toEqual(["push", "sms", "email"]);
  });
  it("follow the policy's priority before the message's order", () => {
    expect(order({ channelPriority: ["email", "sms"] }, {})).toEqual(["email", "sms", "push"]);
  });
  it("follow the customer's preference before the policy's priority", () => {
    expect(
      order({ channelPriority: ["email", "sms"] }, { preferences: { channelOrder: ["sms"] } }),
    ).toEqual(["sms", "email", "push"]);
  });
});
