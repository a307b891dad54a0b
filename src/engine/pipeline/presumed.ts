import { presumedJurisdiction } from "../../model/area-codes.js";
import type { ChannelKind } from "../../model/channel.js";
import type { Customer } from "../../model/customer.js";
import { jurisdictionWithin } from "../target.js";

/** The codes a US customer may carry: `US`, `US-NY`, or a territory's own ISO 3166-1 code. */
const _US_TERRITORIES = new Set(["PR", "VI", "GU", "MP", "AS"]);

/** Whether a channel reaches a telephone number: `voice`, `sms`, or a telephone-kind channel. */
export function _isTelephone(channel: string, kind: ChannelKind): boolean {
  return kind === "telephone" || channel === "sms";
}

/**
 * The jurisdictions a US customer's telephone contact point presumes besides the customer's own:
 * the state of its area code (Fla. Stat. § 501.059(8)(d); Oklahoma's Telephone Solicitation Act
 * of 2022 is reported to say the same, see the US-FL pack's notes), when that is not the
 * customer's jurisdiction. Empty for other channels, for customers outside the US and its
 * territories, and for numbers whose area code names no state. `address` is the contact point's
 * (`_contactOf`), read once per decision by `_request`.
 */
export function _presumedOf(
  customer: Customer,
  address: string | undefined,
  channel: string,
  kind: ChannelKind,
): readonly string[] {
  const j = customer.jurisdiction;
  if (address === undefined || !_isTelephone(channel, kind)) return _NONE;
  if (!jurisdictionWithin(j, "US") && !_US_TERRITORIES.has(j)) return _NONE;
  const state = presumedJurisdiction(address);
  if (state === undefined || state === j || j === "US" || state.slice(3) === j) return _NONE;
  return [state];
}

const _NONE: readonly string[] = [];
