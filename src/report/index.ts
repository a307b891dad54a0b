/**
 * consentry/report: pictures of decisions. A campaign report (verdicts, reach, denials with their
 * laws, the release schedule, jurisdictions, a policy diff, an audit) and a decision timeline
 * (`explainDecision`), as self-contained HTML with SVG charts, and the timeline as text too.
 *
 * The charts are drawn with Observable Plot: install the optional peers `@observablehq/plot` and
 * `linkedom` (in Node) to render pages. Aggregation and `explainDecision` need neither.
 *
 * @packageDocumentation
 */

export type {
  AuditData,
  AuditRow,
  ChangeRow,
  DenialRow,
  JurisdictionSource,
  PolicyDiffData,
  ReportData,
  ReportLimits,
  VerdictCounts,
} from "./aggregate.js";
export { OTHER, ReportAggregator } from "./aggregate.js";
export type { CampaignReportInput, CampaignReportOptions } from "./campaign.js";
export { aggregateReport, campaignReport, renderReport } from "./campaign.js";
export { MISSING_PEERS } from "./charts.js";
export type {
  ClockChange,
  ExplainInput,
  Explanation,
  LaneKind,
  TimelineLane,
  TimeSpan,
} from "./explain.js";
export { explainDecision } from "./explain.js";
export type { FormatExplanationOptions } from "./explain-render.js";
export { formatExplanation, renderExplanation } from "./explain-render.js";
