import { compilePolicy } from "../../bundled.js";
import type { Customer } from "../../model/customer.js";
import { parseCustomer } from "../../model/parse-customer.js";
import type { _Candidate, _Request } from "../plan.js";
import { _candidates } from "./candidates.js";
import { _request } from "./request.js";
import { prepareMessage } from "./resolve.js";

/** A request for a policy, a customer record and a message, as the stages see it. */
export function requestFor(
  policy: unknown,
  customer: unknown,
  message: unknown,
  now = "2026-05-04T10:00:00Z",
): { req: _Request; candidates: _Candidate[] } {
  const plan = compilePolicy(policy as never);
  const r = parseCustomer(customer);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  const req = _request(
    plan,
    r.data as Customer,
    prepareMessage(plan, message),
    Date.parse(now),
    undefined,
  );
  return { req, candidates: _candidates(req) };
}

/** A customer of Oslo with every built-in electronic channel and a grant for all marketing. */
export const kari = {
  id: "kari",
  jurisdiction: "NO",
  timeZone: "Europe/Oslo",
  contacts: {
    email: { address: "kari@example.no" },
    sms: { address: "+4791234567" },
    push: { address: "device-1" },
  },
  consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }],
};
