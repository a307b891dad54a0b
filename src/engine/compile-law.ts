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
 * Compiles the lists of the law in depth (issue 12, concepts 2 and 5 to 9), each element's
 * target defaulting to marketing, and checks the message defaults' durations.
 */
export function _compileLaw(p: Policy, c: _LawCompiler): _CompiledLaw {
  const consentValidity = (p.consentValidity ?? []).map((v, i) => {
    const path = ["consentValidity", i];
    c.checkId(v.id, path);
    return {
      id: v.id,
      applies: c.target(v, path, _MARKETING),
      requireCapture: v.requireCapture,
      source: v.source,
    };
  });
  const presumedConsent = (p.presumedConsent ?? []).map((v, i) => {
    const path = ["presumedConsent", i];
    c.checkId(v.id, path);
    return {
      id: v.id,
      applies: c.target(v, path, _MARKETING),
      fromRelationship: v.fromRelationship,
      source: v.source,
      fromPack: c.fromPacks.has(v),
    };
  });
  const requiredFacts = (p.requiredFacts ?? []).map((v, i) => {
    const path = ["requiredFacts", i];
    c.checkId(v.id, path);
    return {
      id: v.id,
      description: v.description,
      applies: c.target(v, path, _MARKETING),
      facts: v.facts,
      optOutValidForMs: c.ms(v.optOutValidFor, [...path, "optOutValidFor"]),
      source: v.source,
    };
  });
  const proofRetention = (p.proofRetention ?? []).map((v, i) => {
    const path = ["proofRetention", i];
    c.checkId(v.id, path);
    return {
      id: v.id,
      applies: c.target(v, path, _MARKETING),
      years: v.years,
      fromEachUse: v.fromEachUse,
      source: v.source,
    };
  });
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
