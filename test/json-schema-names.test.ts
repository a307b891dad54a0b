// jsonSchemas() names each schema through an explicit list (a namespace import would keep every
// schema in a browser bundle of the core): the list must hold every exported schema.
import { describe, expect, it } from "vitest";
import * as channel from "../src/model/channel.js";
import * as consentEvent from "../src/model/consent-event.js";
import * as customer from "../src/model/customer.js";
import * as decision from "../src/model/decision.js";
import * as history from "../src/model/history.js";
import { _schemasByName } from "../src/model/json-schema.js";
import * as message from "../src/model/message.js";
import * as policy from "../src/model/policy.js";
import * as primitives from "../src/model/primitives.js";

describe("jsonSchemas' schema names", () => {
  it("list every schema the model's modules export, under its export name", () => {
    const all = [channel, consentEvent, customer, decision, history, message, policy, primitives];
    const expected = Object.fromEntries(
      all.flatMap((ns) => Object.entries(ns).filter(([k]) => k.endsWith("Schema"))),
    );
    expect(Object.keys(_schemasByName()).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(_schemasByName())) expect(v).toBe(expected[k]);
  });
});
