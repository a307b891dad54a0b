/**
 * A hand-written fast path for `CustomerSchema`: one pass over a raw record, no issue objects,
 * no closures per field. It accepts only records that `CustomerSchema` accepts and returns what
 * `CustomerSchema` returns for them (defaults applied, fresh objects, keys in schema order).
 * History entries that need no default are returned as they are, not copied.
 * Anything it is not sure of — an unknown key, an explicit `undefined`, an object that is not a
 * plain object, a preference shape it does not model — makes it give up (`undefined`), and the
 * caller falls back to the schema, which stays the one authority on what is valid and on the
 * error messages. `test/fast-customer.test.ts` checks the subset-and-equal property on generated
 * and mutated records.
 *
 * Why: schema validation was half the cost of a decision (see bench/RESULTS.md).
 */
import { ChannelKindSchema, PurposeSchema } from "./channel.js";
import { ConsentMethodSchema } from "./consent-event.js";
import {
  ContactOriginSchema,
  ContactStatusSchema,
  type Customer,
  SuppressionSchema,
} from "./customer.js";
import { _INSTANT_MS, _strictInstant } from "./instant-ms.js";
import { isJurisdiction } from "./jurisdictions.js";
import { MAX_CONSENTS, MAX_HISTORY } from "./limits.js";
import { INSTANT_PATTERN, isKnownTimeZone, MAX_STRING } from "./primitives.js";

type Obj = Record<string, unknown>;
const FAIL = undefined;

// The very pattern the schema uses, so both agree on every string.
const _INSTANT: RegExp = INSTANT_PATTERN;

function _plain(v: unknown): v is Obj {
  if (v === null || typeof v !== "object") return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}
const _str = (v: unknown, min: number, max: number): v is string =>
  typeof v === "string" && v.length >= min && v.length <= max;
// One pass validates and parses (`_strictInstant` accepts exactly what the pattern accepts, a
// property test); the pattern is asked only about the strings it refuses, so it stays the authority.
// The number goes to `_INSTANT_MS[0]` (a typed array slot: no heap number per instant).
function _instant(v: unknown): v is string {
  if (typeof v !== "string") return false;
  if (_strictInstant(v)) return true;
  if (!_INSTANT.test(v)) return false;
  _INSTANT_MS[0] = Date.parse(v); // what parseInstant gives for it
  return true;
}

// The instants of each history list this path returned, parsed while validating, so the engine
// does not parse them again. Keyed by the fresh array returned; a copy is simply not found.
const _historyMs = new WeakMap<readonly unknown[], readonly number[]>();

/**
 * The `at` of each entry of a history list returned by the fast path, as `parseInstant` reads
 * them, or undefined for any other list (then parse them yourself).
 */
export function _historyTimesOf(list: readonly unknown[]): readonly number[] | undefined {
  const t = _historyMs.get(list);
  return t !== undefined && t.length === list.length ? t : undefined;
}

/** The instants of a consent list, one slot per event (absent `expiresAt`: +∞, `confirmedAt`: NaN). */
export interface _ConsentTimes {
  readonly at: Float64Array;
  readonly expiresAt: Float64Array;
  readonly confirmedAt: Float64Array;
}
// The same for consent lists: `indexLedger` takes them instead of parsing each instant again.
const _consentMs = new WeakMap<readonly unknown[], _ConsentTimes>();
// The instants (`at`, `expiresAt`, `confirmedAt`) of the consent `_consent` last accepted.
const _consentLast = new Float64Array(3);

/**
 * The instants of a consent list returned by the fast path, as `parseInstant` reads them (an
 * absent `expiresAt` is +∞, an absent `confirmedAt` NaN, as `indexLedger` stores them), or
 * undefined for any other list. The caller takes them: a second call for the same list gives
 * undefined, so no two ledgers share (and could alter) the same arrays.
 */
export function _takeConsentTimes(list: readonly unknown[]): _ConsentTimes | undefined {
  const t = _consentMs.get(list);
  if (t === undefined) return undefined;
  _consentMs.delete(list);
  return t.at.length === list.length ? t : undefined;
}

// Names (channels, purposes' topics, categories) repeat across records: remember good ones.
const _goodNames = new Set<string>();
function _name(v: unknown): v is string {
  if (typeof v !== "string") return false;
  if (_goodNames.has(v)) return true;
  const n = v.length;
  if (n < 1 || n > 64) return false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (lower || digit) continue;
    if (i > 0 && (c === 95 || c === 46 || c === 58 || c === 45)) continue; // _ . : -
    return false;
  }
  if (_goodNames.size < 4096) _goodNames.add(v);
  return true;
}
// Exactly the schema's test: a string that is an ISO 3166 code.
const _jurisdiction = (v: unknown): v is string => typeof v === "string" && isJurisdiction(v);
const _safeKey = (k: string) =>
  k.length >= 1 && k.length <= 64 && k !== "__proto__" && k !== "constructor" && k !== "prototype";

function _nameArray(v: unknown, min: number, max: number): string[] | undefined {
  if (!Array.isArray(v) || v.length < min || v.length > max) return FAIL;
  const out = new Array<string>(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!_name(x)) return FAIL;
    out[i] = x;
  }
  return out;
}
function _enumArray(v: unknown, allowed: readonly string[], min: number, max: number) {
  if (!Array.isArray(v) || v.length < min || v.length > max) return FAIL;
  const out = new Array<string>(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== "string" || !allowed.includes(x)) return FAIL;
    out[i] = x;
  }
  return out;
}

// The allowed values come from the schemas themselves (their public `options`), read on first use.
let _enums:
  | {
      status: readonly string[];
      method: readonly string[];
      purposes: readonly string[];
      kinds: readonly string[];
      consentMethods: readonly string[];
      suppression: readonly string[];
    }
  | undefined;
function E() {
  _enums ??= {
    status: ContactStatusSchema.options,
    method: ContactOriginSchema.shape.method.options,
    purposes: PurposeSchema.options,
    kinds: ChannelKindSchema.options,
    consentMethods: ConsentMethodSchema.options,
    suppression: SuppressionSchema.shape.reason.options,
  };
  return _enums;
}

function _origin(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let method: unknown;
  let at: unknown;
  let source: unknown;
  let optOutOffered: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    if (k === "method") method = x;
    else if (k === "at") at = x;
    else if (k === "source") source = x;
    else if (k === "optOutOffered") optOutOffered = x;
    else return FAIL;
  }
  if (typeof method !== "string" || !E().method.includes(method)) return FAIL;
  const o: Obj = { method };
  if (at !== undefined) {
    if (!_instant(at)) return FAIL;
    o.at = at;
  }
  if (source !== undefined) {
    if (!_str(source, 0, MAX_STRING)) return FAIL;
    o.source = source;
  }
  if (optOutOffered !== undefined) {
    if (typeof optOutOffered !== "boolean") return FAIL;
    o.optOutOffered = optOutOffered;
  }
  return o;
}

function _contact(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let address: unknown;
  let verified: unknown;
  let status: unknown;
  let mobile: unknown;
  let addressee: unknown;
  let obtained: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    if (k === "address") address = x;
    else if (k === "verified") verified = x;
    else if (k === "status") status = x;
    else if (k === "mobile") mobile = x;
    else if (k === "addressee") addressee = x;
    else if (k === "obtained") obtained = x;
    else return FAIL;
  }
  if (!_str(address, 1, MAX_STRING)) return FAIL;
  const o: Obj = { address };
  if (verified !== undefined) {
    if (typeof verified !== "boolean") return FAIL;
    o.verified = verified;
  }
  if (status === undefined) o.status = "ok";
  else if (typeof status === "string" && E().status.includes(status)) o.status = status;
  else return FAIL;
  if (mobile !== undefined) {
    if (typeof mobile !== "boolean") return FAIL;
    o.mobile = mobile;
  }
  if (addressee !== undefined) {
    if (addressee !== "natural-person" && addressee !== "role") return FAIL;
    o.addressee = addressee;
  }
  if (obtained !== undefined) {
    const ob = _origin(obtained);
    if (ob === undefined) return FAIL;
    o.obtained = ob;
  }
  return o;
}

// Keys of channel- and topic-keyed records: names, exactly as the schema's `nameRecord`.
const _nameKey = (k: string) => k !== "constructor" && k !== "prototype" && _name(k);

function _record<T>(
  v: unknown,
  value: (x: unknown) => T | undefined,
  keyOk: (k: string) => boolean = _safeKey,
): Obj | undefined {
  if (!_plain(v)) return FAIL;
  const o: Obj = {};
  for (const k in v) {
    if (!keyOk(k)) return FAIL;
    const x = value(v[k]);
    if (x === undefined) return FAIL;
    o[k] = x;
  }
  return o;
}
const _bool = (x: unknown) => (typeof x === "boolean" ? x : FAIL);

/** Preferences: channel order, channel and topic switches. Anything else goes to the schema. */
function _preferences(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let channelOrder: unknown;
  let channels: unknown;
  let topics: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    if (k === "channelOrder") channelOrder = x;
    else if (k === "channels") channels = x;
    else if (k === "topics") topics = x;
    else return FAIL;
  }
  const o: Obj = {};
  if (channelOrder !== undefined) {
    const a = _nameArray(channelOrder, 0, 32);
    if (a === undefined) return FAIL;
    o.channelOrder = a;
  }
  if (channels !== undefined) {
    const r = _record(channels, _bool, _nameKey);
    if (r === undefined) return FAIL;
    o.channels = r;
  }
  if (topics !== undefined) {
    const r = _record(topics, _bool, _nameKey);
    if (r === undefined) return FAIL;
    o.topics = r;
  }
  return o;
}

function _relationship(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let customerSince: unknown;
  let lastPurchaseAt: unknown;
  let lastInquiryAt: unknown;
  let purchasedCategories: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    if (k === "customerSince") customerSince = x;
    else if (k === "lastPurchaseAt") lastPurchaseAt = x;
    else if (k === "lastInquiryAt") lastInquiryAt = x;
    else if (k === "purchasedCategories") purchasedCategories = x;
    else return FAIL;
  }
  const o: Obj = {};
  if (customerSince !== undefined) {
    if (!_instant(customerSince)) return FAIL;
    o.customerSince = customerSince;
  }
  if (lastPurchaseAt !== undefined) {
    if (!_instant(lastPurchaseAt)) return FAIL;
    o.lastPurchaseAt = lastPurchaseAt;
  }
  if (lastInquiryAt !== undefined) {
    if (!_instant(lastInquiryAt)) return FAIL;
    o.lastInquiryAt = lastInquiryAt;
  }
  if (purchasedCategories !== undefined) {
    const a = _nameArray(purchasedCategories, 0, 1000);
    if (a === undefined) return FAIL;
    o.purchasedCategories = a;
  }
  return o;
}

function _register(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let listed: unknown;
  let checkedAt: unknown;
  let listedAt: unknown;
  let consentsRevoked: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    if (k === "listed") listed = x;
    else if (k === "checkedAt") checkedAt = x;
    else if (k === "listedAt") listedAt = x;
    else if (k === "consentsRevoked") consentsRevoked = x;
    else return FAIL;
  }
  if (typeof listed !== "boolean" || !_instant(checkedAt)) return FAIL;
  const o: Obj = { listed, checkedAt };
  if (listedAt !== undefined) {
    if (!_instant(listedAt)) return FAIL;
    o.listedAt = listedAt;
  }
  if (consentsRevoked !== undefined) {
    if (typeof consentsRevoked !== "boolean") return FAIL;
    o.consentsRevoked = consentsRevoked;
  }
  return o;
}

function _suppression(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let reason: unknown;
  let at: unknown;
  let channels: unknown;
  let purposes: unknown;
  let note: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    if (k === "reason") reason = x;
    else if (k === "at") at = x;
    else if (k === "channels") channels = x;
    else if (k === "purposes") purposes = x;
    else if (k === "note") note = x;
    else return FAIL;
  }
  if (typeof reason !== "string" || !E().suppression.includes(reason)) return FAIL;
  const o: Obj = { reason };
  if (at !== undefined) {
    if (!_instant(at)) return FAIL;
    o.at = at;
  }
  if (channels !== undefined) {
    const a = _nameArray(channels, 1, 32);
    if (a === undefined) return FAIL;
    o.channels = a;
  }
  if (purposes !== undefined) {
    const a = _enumArray(purposes, E().purposes, 1, 3);
    if (a === undefined) return FAIL;
    o.purposes = a;
  }
  if (note !== undefined) {
    if (!_str(note, 0, MAX_STRING)) return FAIL;
    o.note = note;
  }
  return o;
}

function _scope(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let channels: unknown;
  let kinds: unknown;
  let purposes: unknown;
  let topics: unknown;
  let brand: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    if (k === "channels") channels = x;
    else if (k === "kinds") kinds = x;
    else if (k === "purposes") purposes = x;
    else if (k === "topics") topics = x;
    else if (k === "brand") brand = x;
    else return FAIL;
  }
  let o: Obj;
  if (channels !== undefined) {
    const a = _nameArray(channels, 1, 32);
    if (a === undefined) return FAIL;
    // The common scopes as one literal each (keys in schema order).
    if (kinds === undefined && purposes !== undefined && topics === undefined) {
      const p = _enumArray(purposes, E().purposes, 1, 3);
      if (p === undefined) return FAIL;
      o = { channels: a, purposes: p };
      if (brand !== undefined) {
        if (!_name(brand)) return FAIL;
        o.brand = brand;
      }
      return o;
    }
    o = { channels: a };
  } else if (kinds === undefined && purposes !== undefined && topics === undefined) {
    const p = _enumArray(purposes, E().purposes, 1, 3);
    if (p === undefined) return FAIL;
    o = { purposes: p };
    if (brand !== undefined) {
      if (!_name(brand)) return FAIL;
      o.brand = brand;
    }
    return o;
  } else o = {};
  if (kinds !== undefined) {
    const a = _enumArray(kinds, E().kinds, 1, 4);
    if (a === undefined) return FAIL;
    o.kinds = a;
  }
  if (purposes !== undefined) {
    const a = _enumArray(purposes, E().purposes, 1, 3);
    if (a === undefined) return FAIL;
    o.purposes = a;
  }
  if (topics !== undefined) {
    const a = _nameArray(topics, 1, 256);
    if (a === undefined) return FAIL;
    o.topics = a;
  }
  if (brand !== undefined) {
    if (!_name(brand)) return FAIL;
    o.brand = brand;
  }
  return o;
}

const _evidenceValue = (x: unknown) =>
  typeof x === "string"
    ? x.length <= 4096
      ? x
      : FAIL
    : typeof x === "boolean" || (typeof x === "number" && Number.isFinite(x))
      ? x
      : FAIL;

const _CAPTURE_FORMS: readonly unknown[] = [
  "checkbox",
  "button",
  "signature",
  "oral",
  "statement",
  "other",
];
const _CAPTURE_FLAGS = ["active", "preTicked", "separate", "withdrawalInformed"] as const;

/** A consent's capture record, keys in schema order (`form`, then the flags). */
function _capture(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  for (const k in v) {
    if (v[k] === undefined) return FAIL;
    if (k !== "form" && !(_CAPTURE_FLAGS as readonly string[]).includes(k)) return FAIL;
  }
  const o: Obj = {};
  if (v.form !== undefined) {
    if (!_CAPTURE_FORMS.includes(v.form)) return FAIL;
    o.form = v.form;
  }
  for (const k of _CAPTURE_FLAGS) {
    const x = v[k];
    if (x === undefined) continue;
    if (typeof x !== "boolean") return FAIL;
    o[k] = x;
  }
  return o;
}

function _consent(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let id: unknown;
  let type: unknown;
  let at: unknown;
  let scope: unknown;
  let method: unknown;
  let confirmedAt: unknown;
  let expiresAt: unknown;
  let source: unknown;
  let noticeVersion: unknown;
  let capture: unknown;
  let evidence: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    switch (k) {
      case "id":
        id = x;
        break;
      case "type":
        type = x;
        break;
      case "at":
        at = x;
        break;
      case "scope":
        scope = x;
        break;
      case "method":
        method = x;
        break;
      case "confirmedAt":
        confirmedAt = x;
        break;
      case "expiresAt":
        expiresAt = x;
        break;
      case "source":
        source = x;
        break;
      case "noticeVersion":
        noticeVersion = x;
        break;
      case "capture":
        capture = x;
        break;
      case "evidence":
        evidence = x;
        break;
      default:
        return FAIL;
    }
  }
  if (!_str(id, 1, MAX_STRING) || (type !== "grant" && type !== "withdraw") || !_instant(at))
    return FAIL;
  const atMs = _INSTANT_MS[0] as number;
  let confMs = Number.NaN;
  let expMs = Number.POSITIVE_INFINITY;
  const s = scope === undefined ? {} : _scope(scope);
  if (s === undefined) return FAIL;
  if (method !== undefined && (typeof method !== "string" || !E().consentMethods.includes(method)))
    return FAIL;
  if (confirmedAt !== undefined) {
    if (!_instant(confirmedAt)) return FAIL;
    confMs = _INSTANT_MS[0] as number;
  }
  // The common grant and withdrawal as one object literal each (keys in schema order): no
  // property store grown key by key.
  let o: Obj;
  if (method !== undefined && confirmedAt !== undefined)
    o = { id, type, at, scope: s, method, confirmedAt };
  else if (method !== undefined) o = { id, type, at, scope: s, method };
  else {
    o = { id, type, at, scope: s };
    if (confirmedAt !== undefined) o.confirmedAt = confirmedAt;
  }
  if (expiresAt !== undefined) {
    if (!_instant(expiresAt)) return FAIL;
    expMs = _INSTANT_MS[0] as number;
    o.expiresAt = expiresAt;
  }
  if (source !== undefined) {
    if (!_str(source, 0, MAX_STRING)) return FAIL;
    o.source = source;
  }
  if (noticeVersion !== undefined) {
    if (!_str(noticeVersion, 0, MAX_STRING)) return FAIL;
    o.noticeVersion = noticeVersion;
  }
  if (capture !== undefined) {
    const c = _capture(capture);
    if (c === undefined) return FAIL;
    o.capture = c;
  }
  if (evidence !== undefined) {
    const r = _record(evidence, _evidenceValue);
    if (r === undefined) return FAIL;
    o.evidence = r;
  }
  _consentLast[0] = atMs;
  _consentLast[1] = expMs;
  _consentLast[2] = confMs;
  return o;
}

function _history(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  let at: unknown;
  let channel: unknown;
  let purpose: unknown;
  let topic: unknown;
  let campaign: unknown;
  let counted: unknown;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) return FAIL;
    if (k === "at") at = x;
    else if (k === "channel") channel = x;
    else if (k === "purpose") purpose = x;
    else if (k === "topic") topic = x;
    else if (k === "campaign") campaign = x;
    else if (k === "counted") counted = x;
    else return FAIL;
  }
  if (!_instant(at) || !_name(channel) || typeof purpose !== "string") return FAIL;
  if (!E().purposes.includes(purpose)) return FAIL;
  if (topic !== undefined && !_name(topic)) return FAIL;
  if (campaign !== undefined && !_str(campaign, 1, MAX_STRING)) return FAIL;
  if (counted !== undefined && typeof counted !== "boolean") return FAIL;
  // Nothing to default: the entry itself is the result (histories are the longest lists, and
  // copying them was a third of the validation's allocation). Its values were read once above;
  // a plain JSON object cannot change them behind our back.
  if (Object.getPrototypeOf(v) === Object.prototype) return v;
  const o: Obj = { at, channel, purpose };
  if (topic !== undefined) o.topic = topic;
  if (campaign !== undefined) o.campaign = campaign;
  if (counted !== undefined) o.counted = counted;
  return o;
}

function _list(v: unknown, max: number, item: (x: unknown) => Obj | undefined): Obj[] | undefined {
  if (!Array.isArray(v) || v.length > max) return FAIL;
  const out = new Array<Obj>(v.length);
  for (let i = 0; i < v.length; i++) {
    const o = item(v[i]);
    if (o === undefined) return FAIL;
    out[i] = o;
  }
  return out;
}

/** `_list` of history entries that also keeps each entry's instant (see `_historyTimesOf`). */
function _historyList(v: unknown): Obj[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_HISTORY) return FAIL;
  const out = new Array<Obj>(v.length);
  const times = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) {
    const o = _history(v[i]);
    if (o === undefined) return FAIL;
    out[i] = o;
    times[i] = _INSTANT_MS[0] as number; // `_history` validates exactly one instant, its `at`
  }
  _historyMs.set(out, times);
  return out;
}

/** `_list` of consents that also keeps each one's instants (see `_takeConsentTimes`). */
function _consentList(v: unknown): Obj[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_CONSENTS) return FAIL;
  const n = v.length;
  const out = new Array<Obj>(n);
  const at = new Float64Array(n);
  const expiresAt = new Float64Array(n);
  const confirmedAt = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = _consent(v[i]);
    if (o === undefined) return FAIL;
    out[i] = o;
    at[i] = _consentLast[0] as number;
    expiresAt[i] = _consentLast[1] as number;
    confirmedAt[i] = _consentLast[2] as number;
  }
  if (n > 0) _consentMs.set(out, { at, expiresAt, confirmedAt });
  return out;
}

const _attribute = (x: unknown): boolean =>
  x === null ||
  typeof x === "boolean" ||
  (typeof x === "number" && Number.isFinite(x)) ||
  (typeof x === "string" && x.length <= MAX_STRING);
function _attributes(v: unknown): Obj | undefined {
  if (!_plain(v)) return FAIL;
  const o: Obj = {};
  for (const k in v) {
    if (!_safeKey(k)) return FAIL;
    const x = v[k];
    if (!_attribute(x)) return FAIL;
    o[k] = x;
  }
  return o;
}

/**
 * `CustomerSchema.parse(raw)` for the common, valid record; `undefined` when unsure.
 * @internal
 */
export function _fastParseCustomer(raw: unknown): Customer | undefined {
  if (!_plain(raw)) return FAIL;
  let id: unknown;
  let jurisdiction: unknown;
  let timeZone: unknown;
  let type: unknown;
  let contacts: unknown;
  let preferences: unknown;
  let relationship: unknown;
  let registers: unknown;
  let suppressions: unknown;
  let consents: unknown;
  let history: unknown;
  let attributes: unknown;
  for (const k in raw) {
    const x = raw[k];
    if (x === undefined) return FAIL;
    switch (k) {
      case "id":
        id = x;
        break;
      case "jurisdiction":
        jurisdiction = x;
        break;
      case "timeZone":
        timeZone = x;
        break;
      case "type":
        type = x;
        break;
      case "contacts":
        contacts = x;
        break;
      case "preferences":
        preferences = x;
        break;
      case "relationship":
        relationship = x;
        break;
      case "registers":
        registers = x;
        break;
      case "suppressions":
        suppressions = x;
        break;
      case "consents":
        consents = x;
        break;
      case "history":
        history = x;
        break;
      case "attributes":
        attributes = x;
        break;
      default:
        return FAIL;
    }
  }
  if (!_str(id, 1, MAX_STRING) || !_jurisdiction(jurisdiction)) return FAIL;
  const c: Obj = { id, jurisdiction };
  if (timeZone !== undefined) {
    if (!_str(timeZone, 0, 64) || !isKnownTimeZone(timeZone)) return FAIL;
    c.timeZone = timeZone;
  }
  if (type === undefined) c.type = "consumer";
  else if (type === "consumer" || type === "business") c.type = type;
  else return FAIL;
  if (contacts === undefined) c.contacts = {};
  else {
    const r = _record(contacts, _contact, _nameKey);
    if (r === undefined) return FAIL;
    c.contacts = r;
  }
  if (preferences !== undefined) {
    const p = _preferences(preferences);
    if (p === undefined) return FAIL;
    c.preferences = p;
  }
  if (relationship !== undefined) {
    const r = _relationship(relationship);
    if (r === undefined) return FAIL;
    c.relationship = r;
  }
  if (registers !== undefined) {
    const r = _record(registers, _register);
    if (r === undefined) return FAIL;
    c.registers = r;
  }
  if (suppressions !== undefined) {
    const l = _list(suppressions, 1000, _suppression);
    if (l === undefined) return FAIL;
    c.suppressions = l;
  }
  if (consents === undefined) c.consents = [];
  else {
    const l = _consentList(consents);
    if (l === undefined) return FAIL;
    c.consents = l;
  }
  if (history !== undefined) {
    const l = _historyList(history);
    if (l === undefined) return FAIL;
    c.history = l;
  }
  if (attributes !== undefined) {
    const a = _attributes(attributes);
    if (a === undefined) return FAIL;
    c.attributes = a;
  }
  return c as Customer;
}
