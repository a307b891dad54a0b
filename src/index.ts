/**
 * consentry: whether, when and through which channel a message may be sent, and why.
 *
 * @packageDocumentation
 */

export { compilePolicy, safeCompilePolicy } from "./bundled.js";
export type {
  ConsentOptions,
  ConsentRequest,
  ConsentState,
  IndexedLedger,
} from "./consent/ledger.js";
export {
  canonicalEvent,
  indexLedger,
  mergeLedgers,
  resolveConsent,
  scopeCovers,
} from "./consent/ledger.js";
export { retentionEnd } from "./consent/retention.js";
export type { CaptureFact, ConsentDefect } from "./consent/validity.js";
export { consentDefects, hasEvidence, missingCaptureFacts } from "./consent/validity.js";
export type { AuditFinding, AuditResult, SentRecord } from "./engine/audit.js";
export { auditSends, SentRecordSchema } from "./engine/audit.js";
export type {
  CompiledPolicy,
  CompileOptions,
  PackCode,
  PolicyDefinition,
} from "./engine/compile.js";
export { definePolicy } from "./engine/compile.js";
export type {
  BatchOptions,
  DecisionInput,
  PreparedMessage,
  UncheckedDecisionInput,
} from "./engine/decide.js";
export { decide, prepareMessage, safeDecide } from "./engine/decide.js";
export type { DecideManyOptions } from "./engine/decide-many.js";
export { decideEach, decideMany } from "./engine/decide-many.js";
export type { DecisionDiffResult } from "./engine/diff.js";
export { DecisionDiff, diffDecisions } from "./engine/diff.js";
export type { ProofRetentionAnswer, ProofRetentionQuery } from "./engine/retention.js";
export { proofRetention } from "./engine/retention.js";
export { shardOf } from "./engine/shard.js";
export type { Summary } from "./engine/summarize.js";
export { Summarizer, summarize } from "./engine/summarize.js";
export type { BuiltinChannel, Channel, ChannelKind, Purpose } from "./model/channel.js";
export {
  BUILTIN_CHANNELS,
  ChannelKindSchema,
  ChannelSchema,
  isBuiltinChannel,
  PurposeSchema,
} from "./model/channel.js";
export type {
  ConsentCapture,
  ConsentEvent,
  ConsentEventInput,
  ConsentMethod,
  ConsentScope,
} from "./model/consent-event.js";
export {
  ConsentCaptureSchema,
  ConsentEventSchema,
  ConsentMethodSchema,
  ConsentScopeSchema,
} from "./model/consent-event.js";
export type {
  ContactPoint,
  Contract,
  Customer,
  CustomerInput,
  Negotiation,
  Preferences,
  WeeklyWindow,
} from "./model/customer.js";
export {
  ContactPointSchema,
  ContractSchema,
  CustomerSchema,
  NegotiationSchema,
  PreferencesSchema,
  WeeklyWindowSchema,
} from "./model/customer.js";
export type {
  Basis,
  ChannelVerdict,
  Decision,
  DeferDecision,
  DenyDecision,
  Reason,
  ReasonCode,
  SendDecision,
  Verdict,
} from "./model/decision.js";
export {
  BasisSchema,
  DecisionSchema,
  DeferDecisionSchema,
  DenyDecisionSchema,
  REASON_CODES,
  ReasonCodeSchema,
  ReasonSchema,
  SendDecisionSchema,
} from "./model/decision.js";
export type { Issue, IssueCode, SafeResult } from "./model/errors.js";
export { formatIssues, InputError, ISSUE_CODES, PolicyError } from "./model/errors.js";
export type { HistoryEntry, HistoryEntryInput } from "./model/history.js";
export { HistoryEntrySchema } from "./model/history.js";
export { jsonSchemas } from "./model/json-schema.js";
export { isJurisdiction, suggestJurisdiction } from "./model/jurisdictions.js";
export type {
  BooleanMessageFact,
  Message,
  MessageFacts,
  MessageInput,
  ProductSector,
  SenderType,
} from "./model/message.js";
export {
  BOOLEAN_MESSAGE_FACTS,
  DurationSchema,
  MessageFactsSchema,
  MessageSchema,
  ProductSectorSchema,
  SenderTypeSchema,
} from "./model/message.js";
export { parseCustomer } from "./model/parse-customer.js";
export type {
  Citation,
  Condition,
  ConsentValidity,
  FrequencyCap,
  Policy,
  PolicyInput,
  PresumedConsent,
  ProofRetention,
  RequiredFacts,
  Rule,
  RuleContext,
  RulePredicate,
} from "./model/policy.js";
export { CitationSchema, ConditionSchema, PolicySchema, RuleSchema } from "./model/policy.js";
export type { Pack, PackPolicy } from "./packs/index.js";
export { BUNDLED_PACKS, definePack } from "./packs/index.js";
