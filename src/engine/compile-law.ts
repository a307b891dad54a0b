import type { Purpose } from "../model/channel.js";
import type { Issue } from "../model/errors.js";
import type { Policy } from "../model/policy.js";
import { _unknownChannel } from "../model/suggest.js";
import type {
  _CompiledPresumed,
  _CompiledRequiredFacts,
  _CompiledRetention,
  _CompiledValidity,
} from "./plan.js";
import type { compileTarget, TargetMatcher } from "./target.js";

/** What `compilePolicy`'s shared compiler gives the law-in-depth lists. */
export interface _LawCompiler {
  readonly issues: Issue[];
  /** The elements that came from a pack (the law), not from the sender's own policy. */
  readonly fromPacks: ReadonlySet<object>;
  checkId(id: string, path: (string | number)[]): void;
  /** The policy's channels (built in and declared), by name. */
  readonly kinds: ReadonlyMap<string, unknown>;
  target(
    el: Parameters<typeof compileTarget>[0],
    path: (string | number)[],
    defaultPurposes?: readonly Purpose[],
  ): TargetMatcher;
  ms(value: string | undefined, path: (string | number)[]): number | undefined;
}

/** The compiled law-in-depth lists of a policy: consent validity, presumed consent, required facts, proof retention. */
export interface _CompiledLaw {
  readonly consentValidity: readonly _CompiledValidity[];
  readonly presumedConsent: readonly _CompiledPresumed[];
  readonly requiredFacts: readonly _CompiledRequiredFacts[];
  readonly proofRetention: readonly _CompiledRetention[];
  readonly messageDefaults: Policy["messageDefaults"];
}

const _MARKETING: readonly Purpose[] = ["marketing"];

/**
 * One law-in-depth list compiled: each element's id checked, its target (defaulting to
 * marketing) compiled, its source kept, and what `more` adds of its own.
 */
function _each<
  T extends { readonly id: string; readonly source?: unknown } & Parameters<
    typeof compileTarget
  >[0],
  R,
>(
  c: _LawCompiler,
  list: readonly T[] | undefined,
  name: string,
  more: (v: T, path: (string | number)[]) => R,
): ({ id: string; applies: TargetMatcher; source: T["source"] } & R)[] {
  return (list ?? []).map((v, i) => {
    const path = [name, i];
    c.checkId(v.id, path);
    return { id: v.id, applies: c.target(v, path, _MARKETING), source: v.source, ...more(v, path) };
  });
}

/**
 * Compiles the lists of the law in depth (issue 12, concepts 2 and 5 to 9), each element's
 * target defaulting to marketing, and checks the message defaults' durations.
 */
export function _compileLaw(p: Policy, c: _LawCompiler): _CompiledLaw {
  const consentValidity = _each(c, p.consentValidity, "consentValidity", (v) => ({
    requireCapture: v.requireCapture,
  }));
  const presumedConsent = _each(c, p.presumedConsent, "presumedConsent", (v) => ({
    fromRelationship: v.fromRelationship,
    fromPack: c.fromPacks.has(v),
  }));
  const requiredFacts = _each(c, p.requiredFacts, "requiredFacts", (v, path) => ({
    description: v.description,
    facts: v.facts,
    optOutValidForMs: c.ms(v.optOutValidFor, [...path, "optOutValidFor"]),
  }));
  const proofRetention = _each(c, p.proofRetention, "proofRetention", (v) => ({
    years: v.years,
    fromEachUse: v.fromEachUse,
  }));
  const d = p.messageDefaults;
  c.ms(d?.facts?.optOutValidFor, ["messageDefaults", "facts", "optOutValidFor"]);
  for (const [ch, f] of Object.entries(d?.channels ?? {})) {
    if (!c.kinds.has(ch))
      c.issues.push({
        code: "unknown_channel",
        path: ["messageDefaults", "channels", ch],
        message: _unknownChannel(ch, c.kinds.keys(), "declare it under 'channels'"),
      });
    c.ms(f.optOutValidFor, ["messageDefaults", "channels", ch, "optOutValidFor"]);
  }
  return { consentValidity, presumedConsent, requiredFacts, proofRetention, messageDefaults: d };
}
