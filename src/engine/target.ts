import type { ChannelKind, Purpose } from "../model/channel.js";
import type {
  BooleanMessageFact,
  MessageFacts,
  ProductSector,
  SenderType,
} from "../model/message.js";

/** The facts a target is matched against, for one channel of one decision. */
export interface TargetFacts {
  readonly jurisdiction: string;
  readonly customerType: "consumer" | "business";
  readonly channel: string;
  readonly kind: ChannelKind;
  readonly purpose: Purpose;
  readonly automated: boolean;
  /**
   * The instant the law is judged at (epoch ms): the decision's `now`, or the start of the stretch
   * of time a deferred send is searched in. Elements out of force at it do not apply.
   */
  readonly at: number;
  /** The message's product sector, if it has one. */
  readonly sector: ProductSector | undefined;
  /** Who sends; unknown reads as `commercial`. */
  readonly senderType: SenderType;
  /** The nature of the contact point; unknown reads as `natural-person`. */
  readonly addressee: "natural-person" | "role";
  /** The message's facts on this channel, the policy's defaults applied. */
  readonly messageFacts: MessageFacts;
  /**
   * Jurisdictions the contact point presumes besides the customer's own: the state of a US
   * number's area code (`presumedOf`). Restrictive elements of these bind too (fail closed);
   * permissive ones do not. Left out: none.
   */
  readonly presumed?: readonly string[] | undefined;
}

/** The target fields a policy element may carry. */
export interface TargetSpec {
  readonly channels?: readonly string[] | undefined;
  readonly kinds?: readonly ChannelKind[] | undefined;
  readonly purposes?: readonly Purpose[] | undefined;
  readonly jurisdictions?: readonly string[] | undefined;
  readonly customerTypes?: readonly ("consumer" | "business")[] | undefined;
  readonly automated?: boolean | undefined;
  /** In force from this instant (inclusive). */
  readonly from?: string | undefined;
  /** In force until this instant (exclusive). */
  readonly until?: string | undefined;
  readonly sectors?: readonly ProductSector[] | undefined;
  readonly exceptSectors?: readonly ProductSector[] | undefined;
  readonly senderTypes?: readonly SenderType[] | undefined;
  readonly addressees?: readonly ("natural-person" | "role")[] | undefined;
  readonly messageFacts?: readonly BooleanMessageFact[] | undefined;
}

/** A compiled target: `true` when the element applies. */
export type TargetMatcher = (f: TargetFacts) => boolean;

/** The instants at which an element enters or leaves force (epoch ms), for splitting a search. */
export function changeInstants(spec: TargetSpec): number[] {
  const out: number[] = [];
  if (spec.from !== undefined) out.push(Date.parse(spec.from));
  if (spec.until !== undefined) out.push(Date.parse(spec.until));
  return out;
}

/** Whether jurisdiction `code` is `pattern` or inside it (`US` contains `US-FL`). */
export function jurisdictionWithin(code: string, pattern: string): boolean {
  return (
    code === pattern ||
    (pattern.length === 2 && code.length > 3 && code.startsWith(pattern) && code[2] === "-")
  );
}

/**
 * Whether a restrictive element scoped to `pattern` binds a customer in `code`: as
 * `jurisdictionWithin`, and also when the customer is known only by country (`US`) and the
 * element is scoped to one of its subdivisions (`US-TX`). A customer whose state is unknown may be
 * in any of them, so every subdivision's restriction holds for them (fail closed).
 *
 * @example
 * jurisdictionBinds("US", "US-TX"); // => true
 * jurisdictionBinds("US-FL", "US-TX"); // => false
 */
export function jurisdictionBinds(code: string, pattern: string): boolean {
  return (
    jurisdictionWithin(code, pattern) ||
    (code.length === 2 && pattern.length > 3 && pattern.startsWith(code) && pattern[2] === "-")
  );
}

/** How a target is compiled. */
export interface TargetOptions {
  /**
   * The element restricts (a prohibition, a window, a register, a cap, a consent requirement):
   * a customer known only by country is held to it where it is scoped to one of the country's
   * subdivisions (`jurisdictionBinds`). Left `false` for elements that permit (an opt-out regime,
   * an existing-customer exception), which bind only customers inside their jurisdictions.
   */
  readonly restrictive?: boolean;
}

/**
 * Compiles a target into a matcher. Fields left out match everything.
 * `defaultPurposes` applies when the spec names no purposes (registers default to marketing).
 */
export function compileTarget(
  spec: TargetSpec,
  defaultPurposes?: readonly Purpose[],
  options?: TargetOptions,
): TargetMatcher {
  const within = options?.restrictive === true ? jurisdictionBinds : jurisdictionWithin;
  const channels = spec.channels === undefined ? undefined : new Set(spec.channels);
  const kinds = spec.kinds === undefined ? undefined : new Set<string>(spec.kinds);
  const purposes = spec.purposes ?? defaultPurposes;
  const purposeSet = purposes === undefined ? undefined : new Set<string>(purposes);
  const juris = spec.jurisdictions;
  const types = spec.customerTypes === undefined ? undefined : new Set<string>(spec.customerTypes);
  const automated = spec.automated;
  const from = spec.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(spec.from);
  const until = spec.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(spec.until);
  const dated = spec.from !== undefined || spec.until !== undefined;
  const more = _factsMatcher(spec);
  if (!channels && !kinds && !purposeSet && !juris && !types && automated === undefined && !dated)
    return more ?? _always;
  const restrictive = options?.restrictive === true;
  const inScope = (j: string, presumed: readonly string[] | undefined): boolean =>
    juris === undefined ||
    juris.some(
      (p) =>
        within(j, p) || (restrictive && presumed?.some((c) => jurisdictionBinds(c, p)) === true),
    );
  const base: TargetMatcher = (f) =>
    (!dated || (f.at >= from && f.at < until)) &&
    (channels === undefined || channels.has(f.channel)) &&
    (kinds === undefined || kinds.has(f.kind)) &&
    (purposeSet === undefined || purposeSet.has(f.purpose)) &&
    (types === undefined || types.has(f.customerType)) &&
    (automated === undefined || automated === f.automated) &&
    (juris === undefined || inScope(f.jurisdiction, f.presumed));
  const matcher: TargetMatcher = more === undefined ? base : (f) => base(f) && more(f);
  if (juris !== undefined) _scopes.set(matcher, inScope);
  return matcher;
}

/** For each matcher compiled with jurisdictions: whether it can apply to a customer in `j`. */
const _scopes = new WeakMap<
  TargetMatcher,
  (jurisdiction: string, presumed: readonly string[] | undefined) => boolean
>();

/**
 * Whether a compiled target can apply to a customer in `jurisdiction` whose contact points
 * presume `presumed` (area-code states), whatever the other facts: `false` only when its
 * jurisdictions exclude the customer's and, for a restrictive element, every presumed one. Lets a
 * plan keep, per jurisdiction, only the elements a decision there may apply.
 */
export function canApplyIn(
  matcher: TargetMatcher,
  jurisdiction: string,
  presumed?: readonly string[],
): boolean {
  const scope = _scopes.get(matcher);
  return scope === undefined || scope(jurisdiction, presumed);
}

/** The target's sector, sender and contact-point fields as a matcher, or `undefined` without any. */
function _factsMatcher(spec: TargetSpec): TargetMatcher | undefined {
  const sectors = spec.sectors === undefined ? undefined : new Set<string>(spec.sectors);
  const except = spec.exceptSectors === undefined ? undefined : new Set<string>(spec.exceptSectors);
  const senders = spec.senderTypes === undefined ? undefined : new Set<string>(spec.senderTypes);
  const addressees = spec.addressees === undefined ? undefined : new Set<string>(spec.addressees);
  const known = spec.messageFacts;
  if (!sectors && !except && !senders && !addressees && known === undefined) return undefined;
  return (f) =>
    (known === undefined || known.every((k) => f.messageFacts[k] === true)) &&
    (sectors === undefined || (f.sector !== undefined && sectors.has(f.sector))) &&
    (except === undefined || f.sector === undefined || !except.has(f.sector)) &&
    (senders === undefined || senders.has(f.senderType)) &&
    (addressees === undefined || addressees.has(f.addressee));
}

const _always: TargetMatcher = () => true;
