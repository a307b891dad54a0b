import type { AuditResult } from "../engine/audit.js";
import { type Decision, REASON_CODES, type ReasonCode } from "../model/decision.js";
import { OTHER, ReportAggregator, type ReportData, type ReportLimits } from "./aggregate.js";
import { _barChart, _columnChart, _heatmap, _hourlyTimeChart, VERDICT_COLORS } from "./charts.js";
import { _esc, _figure, _link, _page, _table, _utc } from "./html.js";

/** What a campaign report is made from. */
export interface CampaignReportInput {
  /** The decisions (`consentry decide` output, `decideMany`), streamed. */
  readonly decisions: Iterable<Decision> | AsyncIterable<Decision>;
  /**
   * The customer records the decisions were made from, in the same order (as `consentry decide`
   * keeps it), for the report's jurisdictions. Only `id` and `jurisdiction` are read; without
   * them, the most specific jurisdiction pack whose rules applied stands for the jurisdiction.
   */
  readonly customers?: Iterable<unknown> | AsyncIterable<unknown> | undefined;
  /** The same customers' decisions under a second policy, in the same order: a policy diff. */
  readonly compare?: Iterable<Decision> | AsyncIterable<Decision> | undefined;
  /** An audit of past sends (`auditSends`, `consentry audit --json`). */
  readonly audit?: AuditResult | undefined;
}

/** Options of a campaign report. */
export interface CampaignReportOptions extends ReportLimits {
  /** The page's title (default: `Campaign report: <policy>`). */
  readonly title?: string | undefined;
}

type _AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

function _iterator<T>(xs: _AnyIterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in xs
    ? (xs as AsyncIterable<T>)[Symbol.asyncIterator]()
    : (xs as Iterable<T>)[Symbol.iterator]();
}

const _JURISDICTION = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

/** The jurisdiction of the customer record paired with decision `d` (the `i`-th, from 0). */
function _jurisdictionOf(record: unknown, d: Decision, i: number): string {
  const r = (record ?? {}) as { id?: unknown; jurisdiction?: unknown };
  if (r.id !== d.customerId && !d.customerId.startsWith("#"))
    throw new RangeError(
      `customer record ${i + 1} is '${String(r.id)}' but decision ${i + 1} is for '${d.customerId}': give the customers the decisions were made from, in the same order`,
    );
  return typeof r.jurisdiction === "string" && _JURISDICTION.test(r.jurisdiction)
    ? r.jurisdiction
    : "unknown";
}

/**
 * Gathers a campaign report's numbers from streams, in one pass with flat memory: the decisions,
 * and in step with them the customers and the compared decisions when given.
 *
 * @param input - the decisions, and optionally the customers, a second policy's decisions and an
 *   audit
 * @param limits - bounds on examples and distinct keys
 * @returns the numbers the page shows
 * @throws {RangeError} when the customers or compared decisions are not in the decisions' order
 * @example
 * const data = await aggregateReport({ decisions });
 * data.byVerdict; // => { send: 1, defer: 4, deny: 5 }
 */
export async function aggregateReport(
  input: CampaignReportInput,
  limits: ReportLimits = {},
): Promise<ReportData> {
  const agg = new ReportAggregator(limits);
  const customers = input.customers === undefined ? undefined : _iterator(input.customers);
  const compare = input.compare === undefined ? undefined : _iterator(input.compare);
  let i = 0;
  for await (const d of input.decisions) {
    if (customers === undefined) agg.add(d);
    else {
      const c = await customers.next();
      if (c.done === true)
        throw new RangeError(`the customers end before decision ${i + 1} ('${d.customerId}')`);
      agg.add(d, _jurisdictionOf(c.value, d, i));
    }
    if (compare !== undefined) {
      const b = await compare.next();
      if (b.done === true)
        throw new RangeError(
          `the compared decisions end before decision ${i + 1} ('${d.customerId}')`,
        );
      agg.addPair(d, b.value);
    }
    i++;
  }
  if (compare !== undefined && (await compare.next()).done !== true)
    throw new RangeError(`the compared decisions go on past the ${i} decisions`);
  if (input.audit !== undefined) agg.addAudit(input.audit);
  return agg.result();
}

/**
 * Makes the campaign report page: one self-contained HTML file (inline SVG and CSS, no script,
 * nothing fetched) with verdicts, reach by channel, denials by reason with their rules and laws,
 * the release schedule of the deferrals, verdicts by jurisdiction, and, when given, a policy diff
 * and an audit. Every chart has a title and its numbers in a table.
 *
 * @param input - the decisions, and optionally customers, compared decisions and an audit
 * @param options - the title, and limits on examples and keys
 * @returns the HTML page
 * @throws {Error} when the optional peers `@observablehq/plot` and `linkedom` are not installed
 * @example
 * const html = await campaignReport({ decisions: readDecisions("decisions.ndjson") });
 * writeFileSync("report.html", html);
 */
export async function campaignReport(
  input: CampaignReportInput,
  options: CampaignReportOptions = {},
): Promise<string> {
  return renderReport(await aggregateReport(input, options), options);
}

const _n = (x: number) => x.toLocaleString("en-US");
const _pct = (x: number, of: number) => (of === 0 ? "–" : `${((100 * x) / of).toFixed(1)} %`);
const _codeHtml = (c: string) => ({ html: `<code>${_esc(c)}</code>` });
const _what = (c: string) => (Object.hasOwn(REASON_CODES, c) ? REASON_CODES[c as ReasonCode] : "");

/**
 * Renders a report's numbers (from `aggregateReport` or `ReportAggregator`) as the HTML page.
 *
 * @param data - the numbers
 * @param options - the page's title
 * @returns the HTML page
 * @example
 * const html = await renderReport(agg.result(), { title: "Spring sale" });
 */
export async function renderReport(
  data: ReportData,
  options: { readonly title?: string | undefined } = {},
): Promise<string> {
  const policy = data.policies.join(", ") || "no decisions";
  const title = options.title ?? `Campaign report: ${policy}`;
  const parts: string[] = [];
  const v = data.byVerdict;
  parts.push(`<ul class="tiles" aria-label="Totals">
<li><b>${_n(data.total)}</b><span>decisions</span></li>
<li class="send"><b>${_n(v.send)}</b><span>send now</span></li>
<li class="defer"><b>${_n(v.defer)}</b><span>deferred</span></li>
<li class="deny"><b>${_n(v.deny)}</b><span>denied${data.invalid > 0 ? `, ${_n(data.invalid)} invalid records` : ""}</span></li>
</ul>`);

  parts.push("<h2>Who gets the message</h2>");
  parts.push(
    _figure({
      id: "verdicts",
      heading: "Verdicts",
      chart: await _barChart(
        {
          id: "verdicts",
          title: "Decisions by verdict",
          description: `${_n(v.send)} send now, ${_n(v.defer)} deferred, ${_n(v.deny)} denied, of ${_n(data.total)} decisions.`,
        },
        (["send", "defer", "deny"] as const).map((k) => ({ key: k, value: v[k], series: k })),
        { label: "decisions", colors: VERDICT_COLORS, marginLeft: 70, legend: false },
      ),
      table: _table(
        "verdicts",
        "Decisions by verdict",
        ["verdict", "decisions", "share"],
        (["send", "defer", "deny"] as const).map((k) => [k, v[k], _pct(v[k], data.total)]),
      ),
      note:
        data.invalid > 0
          ? `${_n(data.invalid)} denied records could not be judged (<code>input.invalid</code>): fix the data and decide them again.`
          : undefined,
    }),
  );

  const channels = Object.entries(data.byChannel);
  parts.push(
    _figure({
      id: "reach",
      heading: "Reach by channel",
      chart: await _barChart(
        {
          id: "reach",
          title: "Reach by channel: sends now and deferred sends",
          description:
            channels
              .map(([c, x]) => `${c}: ${_n(x.send)} now, ${_n(x.defer)} deferred`)
              .join("; ") || "No sends.",
        },
        channels.flatMap(([c, x]) => [
          { key: c, value: x.send, series: "send" },
          { key: c, value: x.defer, series: "defer" },
        ]),
        {
          label: "messages",
          colors: { send: VERDICT_COLORS.send, defer: VERDICT_COLORS.defer },
          marginLeft: 90,
        },
      ),
      table: _table(
        "reach",
        "Sends by channel",
        ["channel", "send", "defer", "total"],
        channels.map(([c, x]) => [c, x.send, x.defer, x.send + x.defer]),
      ),
    }),
  );

  parts.push("<h2>Why the others do not</h2>");
  const reasons = Object.entries(data.denialsByReason) as [string, number][];
  parts.push(
    _figure({
      id: "denials",
      heading: "Denials by reason",
      chart: await _barChart(
        {
          id: "denials",
          title: "Denied decisions by reason code",
          description:
            reasons.map(([c, n]) => `${c}: ${_n(n)}`).join("; ") || "No decision was denied.",
        },
        reasons.map(([c, n]) => ({ key: c, value: n })),
        { label: "denied decisions (one per reason)", fill: VERDICT_COLORS.deny, marginLeft: 170 },
      ),
      table: _table(
        "denials",
        "Denied decisions by reason (a decision counts once per reason)",
        ["reason", "what it means", "decisions"],
        reasons.map(([c, n]) => [_codeHtml(c), _what(c), n]),
      ),
    }),
  );
  parts.push(`<section class="figure" id="rules"><h3>The rules and laws behind the denials</h3>
${_table(
  "rules",
  "Denials by reason and rule, with the law the rule cites",
  ["reason", "rule", "law", "decisions", "for example"],
  data.denials.map((r) => [
    _codeHtml(r.code),
    r.rule === undefined ? "built-in check" : _codeHtml(r.rule),
    {
      html:
        r.source === undefined
          ? '<span class="note">no citation</span>'
          : _link(
              `${r.source.law}${r.source.section === undefined ? "" : `, ${r.source.section}`}`,
              r.source.url,
            ),
    },
    r.count,
    r.examples.join(", "),
  ]),
)}</section>`);

  parts.push("<h2>When the deferred sends go out</h2>");
  // Keys such as "10" are array indices to JavaScript, which orders them first: sort explicitly.
  const hours = Object.entries(data.deferrals.byLocalHour).sort(([a], [b]) => (a < b ? -1 : 1));
  const unknownNote =
    data.deferrals.zoneUnknown > 0
      ? ` ${_n(data.deferrals.zoneUnknown)} deferred sends are to recipients whose zone is unknown and are not in this chart.`
      : "";
  parts.push(
    _figure({
      id: "local-hours",
      heading: "Deferrals by the recipient's local hour",
      chart: await _columnChart(
        {
          id: "local-hours",
          title: "Deferred sends by local hour of the planned send",
          description:
            hours
              .filter(([, n]) => n > 0)
              .map(([h, n]) => `${h}:00: ${_n(n)}`)
              .join("; ") || "No deferred sends.",
        },
        hours.map(([h, n]) => ({ key: h, value: n })),
        { xLabel: "local hour", yLabel: "deferred sends", fill: VERDICT_COLORS.defer },
      ),
      table: _table(
        "local-hours",
        "Deferred sends by local hour (hours with none left out)",
        ["local hour", "deferred sends"],
        hours.filter(([, n]) => n > 0).map(([h, n]) => [`${h}:00`, n]),
      ),
      note: `Quiet hours, calling windows and caps hold a send until they lift, in the recipient's own time. Decided with a <code>spread</code> release window (<code>consentry decide --spread PT2H</code>), the sends spread over the hours after the first one allowed instead of leaving at once.${unknownNote}`,
    }),
  );
  const days = Object.keys(data.deferrals.byLocalDay).sort();
  const cells = Object.entries(data.deferrals.byLocalDayHour)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => ({
      day: k.slice(0, 10),
      hour: k.slice(11, 13),
      value: n,
    }));
  parts.push(
    _figure({
      id: "schedule",
      heading: "Release schedule: deferred sends by local day and hour",
      wide: true,
      chart: await _heatmap(
        {
          id: "schedule",
          title: "Release schedule of the deferred sends, by local day and hour",
          description:
            cells.map((c) => `${c.day} ${c.hour}:00: ${_n(c.value)}`).join("; ") ||
            "No deferred sends.",
        },
        cells,
        days,
      ),
      table: _table(
        "schedule",
        "Deferred sends by local day and hour",
        ["local day", "local hour", "deferred sends"],
        cells.map((c) => [c.day, `${c.hour}:00`, c.value]),
      ),
    }),
  );
  const utc = Object.entries(data.releasesByUtcHour)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => ({
      at: Date.parse(`${k}:00:00Z`),
      key: k,
      value: n,
    }));
  parts.push(
    _figure({
      id: "load",
      heading: "Sending load: messages by the UTC hour they go out",
      wide: true,
      chart: await _hourlyTimeChart(
        {
          id: "load",
          title: "Sends and deferred sends by the UTC hour they go out",
          description:
            utc.map((u) => `${u.key}:00Z: ${_n(u.value)}`).join("; ") || "No sends planned.",
        },
        utc.filter((u) => Number.isFinite(u.at)),
        { fill: "#4f6d7a", yLabel: "messages" },
      ),
      table: _table(
        "load",
        "Messages by UTC hour of sendAt (sends now and deferred)",
        ["UTC hour", "messages"],
        utc.map((u) => [`${u.key.replace("T", " ")}:00`, u.value]),
      ),
    }),
  );

  parts.push("<h2>By jurisdiction</h2>");
  const js = Object.entries(data.jurisdictions.rows);
  const jNote =
    data.jurisdictions.source === "customers"
      ? "Jurisdictions are those of the customer records the decisions were made from."
      : "Decisions carry no jurisdiction, and no customer records were given: each decision is placed under the most specific jurisdiction pack whose rules applied to it (a state's over a country's over the EU's), and under <code>unknown</code> when no pack rule applied. Give the customers (<code>--customers</code>) for the exact jurisdictions.";
  parts.push(
    _figure({
      id: "jurisdictions",
      heading: "Verdicts by jurisdiction",
      chart: await _barChart(
        {
          id: "jurisdictions",
          title: "Verdicts by jurisdiction",
          description:
            js
              .map(([j, x]) => `${j}: ${_n(x.send)} send, ${_n(x.defer)} defer, ${_n(x.deny)} deny`)
              .join("; ") || "No decisions.",
        },
        js.flatMap(([j, x]) =>
          (["send", "defer", "deny"] as const).map((k) => ({ key: j, value: x[k], series: k })),
        ),
        { label: "decisions", colors: VERDICT_COLORS, marginLeft: 90 },
      ),
      table: _table(
        "jurisdictions",
        "Verdicts by jurisdiction",
        ["jurisdiction", "send", "defer", "deny"],
        js.map(([j, x]) => [j, x.send, x.defer, x.deny]),
      ),
      note: jNote,
    }),
  );

  if (data.diff !== undefined) parts.push(await _diffSection(data.diff));
  if (data.audit !== undefined) parts.push(await _auditSection(data.audit));
  if (data.overflow > 0)
    parts.push(
      `<p class="note">${_n(data.overflow)} rows past the report's limit of distinct keys are counted under <code>${OTHER}</code>.</p>`,
    );
  const when =
    data.decidedAt === undefined
      ? ""
      : data.decidedAt.first === data.decidedAt.last
        ? `, decided at ${_esc(_utc(data.decidedAt.first))}`
        : `, decided ${_esc(_utc(data.decidedAt.first))} to ${_esc(_utc(data.decidedAt.last))}`;
  return _page({
    title,
    subtitle: `${_n(data.total)} decisions under policy ${_esc(policy)}${when}. Deferred times are the recipients' local times.`,
    body: parts.join("\n"),
    footer:
      "Made by consentry. A decision explains itself with reason codes, rules and laws; this report counts them. It is not legal advice.",
  });
}

async function _diffSection(diff: NonNullable<ReportData["diff"]>): Promise<string> {
  const parts = [
    `<h2>From ${_esc(diff.from)} to ${_esc(diff.to)}</h2>`,
    `<ul class="tiles" aria-label="Policy change"><li><b>${_n(diff.changed)}</b><span>of ${_n(diff.total)} decisions change</span></li></ul>`,
  ];
  const vs = [
    { key: diff.from, x: diff.verdicts.from },
    { key: diff.to, x: diff.verdicts.to },
  ];
  parts.push(
    _figure({
      id: "diff-verdicts",
      heading: "Verdicts under each policy",
      chart: await _barChart(
        {
          id: "diff-verdicts",
          title: `Verdicts under ${diff.from} and ${diff.to}`,
          description: vs
            .map((p) => `${p.key}: ${p.x.send} send, ${p.x.defer} defer, ${p.x.deny} deny`)
            .join("; "),
        },
        vs.flatMap((p) =>
          (["send", "defer", "deny"] as const).map((k) => ({
            key: p.key,
            value: p.x[k],
            series: k,
          })),
        ),
        { label: "decisions", colors: VERDICT_COLORS, marginLeft: 170 },
      ),
      table: _table(
        "diff-verdicts",
        "Verdicts under each policy",
        ["policy", "send", "defer", "deny"],
        vs.map((p) => [p.key, p.x.send, p.x.defer, p.x.deny]),
      ),
    }),
  );
  parts.push(
    _figure({
      id: "diff-changes",
      heading: "What changes, and for how many",
      wide: true,
      chart: await _barChart(
        {
          id: "diff-changes",
          title: `Changes from ${diff.from} to ${diff.to}`,
          description:
            diff.changes.map((c) => `${c.change}: ${_n(c.count)}`).join("; ") ||
            "No decision changes.",
        },
        diff.changes.map((c) => ({ key: c.change, value: c.count })),
        { label: "customers", fill: "#6c5b7b", marginLeft: 240, width: 640 },
      ),
      table: _table(
        "diff-changes",
        "Kinds of change, what the second policy adds, and example customers",
        ["change", "customers", "because of (new reasons)", "for example"],
        diff.changes.map((c) => [
          c.change,
          c.count,
          {
            html:
              Object.entries(c.causes)
                .map(([k, n]) => `<code>${_esc(k)}</code> ${_esc(_n(n))}`)
                .join("<br>") || "–",
          },
          c.examples.join(", "),
        ]),
      ),
    }),
  );
  return parts.join("\n");
}

async function _auditSection(audit: NonNullable<ReportData["audit"]>): Promise<string> {
  const reasons = Object.entries(audit.byReason);
  const parts = [
    "<h2>Sends that were not allowed</h2>",
    `<ul class="tiles" aria-label="Audit"><li><b>${_n(audit.checked)}</b><span>past sends checked</span></li><li class="deny"><b>${_n(audit.findings)}</b><span>not allowed</span></li></ul>`,
  ];
  parts.push(
    _figure({
      id: "audit-reasons",
      heading: "Sends not allowed, by reason",
      chart: await _barChart(
        {
          id: "audit-reasons",
          title: "Past sends the policy did not allow, by reason code",
          description:
            reasons.map(([c, n]) => `${c}: ${_n(n)}`).join("; ") || "Every send was allowed.",
        },
        reasons.map(([c, n]) => ({ key: c, value: n })),
        { label: "sends (one per reason)", fill: VERDICT_COLORS.deny, marginLeft: 170 },
      ),
      table: _table(
        "audit-reasons",
        "Sends not allowed, by reason (a send counts once per reason)",
        ["reason", "what it means", "sends"],
        reasons.map(([c, n]) => [_codeHtml(c), _what(c), n]),
      ),
    }),
  );
  const rows = audit.rows.map((r) => [
    r.customerId,
    r.channel,
    _utc(r.at),
    r.verdict === "defer" && r.sendAt !== undefined ? `defer until ${_utc(r.sendAt)}` : r.verdict,
    {
      html: r.reasons
        .map(
          (x) =>
            `<code>${_esc(x.code)}</code>${x.rule === undefined ? "" : ` <span class="code">${_esc(x.rule)}</span>`}${x.source === undefined ? "" : ` (${_link(x.source.law + (x.source.section === undefined ? "" : `, ${x.source.section}`), x.source.url)})`}: ${_esc(x.message)}`,
        )
        .join("<br>"),
    },
  ]);
  parts.push(`<section class="figure" id="audit-findings"><h3>Each send not allowed</h3>
${_table("audit-findings", audit.rows.length < audit.findings ? `The first ${audit.rows.length} of ${audit.findings} sends not allowed` : "Every send not allowed, as of the instant it was sent", ["customer", "channel", "sent at", "would have been", "reasons"], rows)}</section>`);
  return parts.join("\n");
}
