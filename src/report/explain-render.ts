import { _plot } from "./charts.js";
import type { Explanation, TimelineLane } from "./explain.js";
import { _esc, _link, _page, _table, _utc } from "./html.js";
import {
  _localClock,
  _localDateTime,
  _localDay,
  _localMidnight,
  _localTicks,
  _zoneName,
} from "./local-time.js";

/** Options of the terminal timeline. */
export interface FormatExplanationOptions {
  /** Total width in characters (default 100). */
  readonly width?: number | undefined;
  /** Plain ASCII (`#` allowed, `.` blocked) instead of block characters. */
  readonly ascii?: boolean | undefined;
}

const _HOUR = 3_600_000;

function _verdictLine(e: Explanation): string {
  const d = e.decision;
  const who = `${d.customerId}${d.messageId === undefined ? "" : `, message ${d.messageId}`}`;
  if (e.chosen.length === 0) return `${who}: deny — no channel may be used.`;
  const sends = e.chosen
    .map(
      (c) =>
        `${c.channel} at ${c.local} ${_zoneName(e.timeZone, Date.parse(c.at))} (${_utc(c.at)})`,
    )
    .join("; ");
  return `${who}: ${d.verdict} — ${sends}.`;
}

function _laneSummary(e: Explanation, lane: TimelineLane): string {
  const tz = e.timeZone;
  if (lane.status === "ineligible")
    return [...new Set(lane.reasons.map((r) => r.code))].join(", ") || "not eligible";
  if (lane.allowed.length === 0) return "allows nothing in this window";
  const w0 = Date.parse(e.window.from);
  const w1 = Date.parse(e.window.until);
  if (
    lane.allowed.length === 1 &&
    Date.parse((lane.allowed[0] as { from: string }).from) <= w0 &&
    Date.parse((lane.allowed[0] as { until: string }).until) >= w1
  )
    return "allows the whole window";
  const shown = lane.allowed.slice(0, 6).map((s) => {
    const a = Date.parse(s.from);
    const b = Date.parse(s.until);
    const sameDay = _localDay(tz, a) === _localDay(tz, b - 1);
    const endClock = _localClock(tz, b) === "00:00" ? "24:00" : _localClock(tz, b);
    return `${_localDateTime(tz, a)}–${sameDay ? endClock : _localDateTime(tz, b)}`;
  });
  const more = lane.allowed.length > 6 ? `, and ${lane.allowed.length - 6} more` : "";
  return `allows ${shown.join(", ")}${more}`;
}

/**
 * Draws an explanation as text for a terminal: a header of local days and hours, one row per lane
 * (`█` allowed, `▒` partly, `·` blocked), a marker row (`|` now, `▲` the chosen send, `*` a clock
 * change), then each lane in words.
 *
 * @param e - from `explainDecision`
 * @param options - width and character set
 * @returns the lines, joined by newlines
 * @example
 * process.stdout.write(formatExplanation(explainDecision(plan, input)) + "\n");
 */
export function formatExplanation(e: Explanation, options: FormatExplanationOptions = {}): string {
  const tz = e.timeZone;
  const width = Math.max(60, options.width ?? 100);
  const full = options.ascii === true ? "#" : "█";
  const part = options.ascii === true ? "+" : "▒";
  const none = options.ascii === true ? "." : "·";
  const send = options.ascii === true ? "^" : "▲";
  const labelW = Math.min(38, Math.max(14, ...e.lanes.map((l) => _label(l, e).length)) + 1);
  const cols = width - labelW - 1;
  const w0 = Date.parse(e.window.from);
  const w1 = Date.parse(e.window.until);
  const dt = (w1 - w0) / cols;
  const col = (t: number) => Math.min(cols - 1, Math.max(0, Math.floor((t - w0) / dt)));
  const pad = (s: string) =>
    (s.length > labelW - 1 ? `${s.slice(0, labelW - 2)}…` : s).padEnd(labelW);

  // Header: local days at their midnights, and hour ticks.
  const days = Array(cols).fill(" ");
  const hours = Array(cols).fill(" ");
  const step = [3, 6, 12, 24].find((h) => (h * _HOUR) / dt >= 4) ?? 24;
  for (const t of _localTicks(tz, w0, w1, step)) {
    const c = col(t);
    const clock = _localClock(tz, t);
    const text = clock === "00:00" ? "00" : clock.slice(0, 2);
    for (let i = 0; i < text.length && c + i < cols; i++) hours[c + i] = text[i];
    if (clock === "00:00" || t === w0) {
      const label = _localDay(tz, t);
      for (let i = 0; i < label.length && c + i < cols; i++) days[c + i] = label[i];
    }
  }
  const first = _localMidnight(tz, w0);
  if (first < w0) {
    const label = _localDay(tz, w0);
    for (let i = 0; i < label.length && i < cols && days[i] === " "; i++) days[i] = label[i];
  }
  const lines = [
    _verdictLine(e),
    `Policy ${e.decision.policy.id}${e.decision.policy.version === undefined ? "" : `@${e.decision.policy.version}`}, decided ${_localDateTime(tz, Date.parse(e.now))} ${_zoneName(tz, Date.parse(e.now))}. Local times in ${tz}${e.zoneKnown ? "" : ` (the customer's zone is unknown: constraints held in ${e.zones.join(", ")})`}.`,
    "",
    `${pad("")}${days.join("").trimEnd()}`,
    `${pad("")}${hours.join("").trimEnd()}`,
  ];
  for (const lane of e.lanes) {
    const row = Array(cols).fill(none);
    for (let c = 0; c < cols; c++) {
      const a = w0 + c * dt;
      const b = a + dt;
      let covered = 0;
      for (const s of lane.allowed) {
        const lo = Math.max(a, Date.parse(s.from));
        const hi = Math.min(b, Date.parse(s.until));
        if (hi > lo) covered += hi - lo;
      }
      row[c] = covered >= dt * 0.999 ? full : covered > 0 ? part : none;
    }
    if (lane.kind === "channel")
      for (const s of e.chosen) if (s.channel === lane.id) row[col(Date.parse(s.at))] = send;
    lines.push(`${pad(_label(lane, e))}${row.join("")}`);
  }
  const marks = Array(cols).fill(" ");
  for (const ch of e.clockChanges) marks[col(Date.parse(ch.at))] = "*";
  marks[col(Date.parse(e.now))] = "|";
  for (const s of e.chosen) marks[col(Date.parse(s.at))] = send;
  lines.push(`${pad("")}${marks.join("").trimEnd()}`);
  lines.push(
    `${pad("")}${full} allowed  ${part} partly  ${none} blocked   | now  ${send} send  * clock change`,
    "",
  );
  for (const lane of e.lanes) {
    const law =
      lane.source === undefined
        ? ""
        : ` [${lane.source.law}${lane.source.section === undefined ? "" : `, ${lane.source.section}`}]`;
    lines.push(`${_label(lane, e)}: ${_laneSummary(e, lane)}${law}`);
  }
  for (const ch of e.clockChanges)
    lines.push(`Clock change: ${ch.local}, ${ch.from} → ${ch.to} (${_utc(ch.at)}).`);
  const text = lines.join("\n");
  return options.ascii === true ? _toAscii(text) : text;
}

const _ASCII: Readonly<Record<string, string>> = {
  "·": "-",
  "—": "-",
  "–": "-",
  "→": "->",
  "…": "...",
};

/** The text with its few typographic characters made ASCII (what is left of other text is kept). */
function _toAscii(text: string): string {
  return text.replace(/[·—–→…]/g, (c) => _ASCII[c] ?? c);
}

function _label(lane: TimelineLane, e?: Explanation): string {
  if (lane.kind !== "channel") return lane.label;
  const chosen = e?.chosen.some((c) => c.channel === lane.id) === true;
  const mark = chosen
    ? "chosen"
    : lane.status === "ok"
      ? "eligible"
      : lane.status === "blocked"
        ? "blocked"
        : "not eligible";
  return `${lane.label} (${mark})`;
}

const _LANE_COLORS = {
  window: "#9fb8cc",
  constraint: "#8fc1b5",
  basis: "#c8b6d9",
  channel: "#2a9d8f",
} as const;

/**
 * Makes the decision timeline page: one self-contained HTML file with the timeline as SVG (one
 * lane per candidate channel and per constraint, the allowed instants, now, the chosen send and
 * daylight-saving changes, in the recipient's local time), a table of every lane and the
 * decision's reasons with their laws.
 *
 * @param e - from `explainDecision`
 * @param options - the page's title
 * @returns the HTML page
 * @throws {Error} when the optional peers `@observablehq/plot` and `linkedom` are not installed
 * @example
 * writeFileSync("explain.html", await renderExplanation(explainDecision(plan, input)));
 */
export async function renderExplanation(
  e: Explanation,
  options: { readonly title?: string | undefined } = {},
): Promise<string> {
  const tz = e.timeZone;
  const w0 = Date.parse(e.window.from);
  const w1 = Date.parse(e.window.until);
  const labels = e.lanes.map((l) => _label(l, e));
  const hoursShown = (w1 - w0) / _HOUR;
  const step = hoursShown <= 80 ? 6 : hoursShown <= 170 ? 12 : 24;
  const ticks = _localTicks(tz, w0, w1, step);
  const midnights = ticks.filter((t) => _localClock(tz, t) === "00:00");
  const bars = e.lanes.flatMap((lane, i) =>
    lane.allowed.map((s) => ({
      lane: labels[i] as string,
      kind: lane.kind,
      x1: new Date(s.from),
      x2: new Date(s.until),
      title: `${labels[i]}: allowed ${_localDateTime(tz, Date.parse(s.from))} – ${_localDateTime(tz, Date.parse(s.until))}`,
    })),
  );
  const now = Date.parse(e.now);
  const laneOf = new Map(e.lanes.map((l, i) => [l.kind === "channel" ? l.id : "", labels[i]]));
  const sends = e.chosen.map((c) => ({ ...c, t: new Date(c.at), lane: laneOf.get(c.channel) }));
  const sendsRight = sends.some((c) => c.t.getTime() > (w0 + w1) / 2);
  const chart = await _plot(
    {
      id: "timeline",
      title: `Decision timeline for ${e.decision.customerId}`,
      description: `${_verdictLine(e)} Lanes: ${e.lanes.map((l, i) => `${labels[i]} ${_laneSummary(e, l)}`).join("; ")}.`,
    },
    (Plot) => ({
      width: 960,
      height: 90 + 34 * e.lanes.length,
      marginLeft: 230,
      marginRight: 20,
      marginTop: 44,
      marginBottom: 34,
      style: { fontSize: "12px", fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif" },
      x: {
        type: "utc",
        domain: [new Date(w0), new Date(w1)],
        ticks: ticks.map((t) => new Date(t)),
        tickFormat: (d: Date) => {
          const t = d.getTime();
          return _localClock(tz, t) === "00:00"
            ? _localDay(tz, t)
            : `${_localClock(tz, t).slice(0, 2)}h`;
        },
        label: `local time, ${tz}`,
        labelAnchor: "center",
        labelArrow: "none",
        labelOffset: 30,
      },
      y: { domain: labels, label: null, padding: 0.22 },
      marks: [
        Plot.barX(labels, {
          x1: () => new Date(w0),
          x2: () => new Date(w1),
          y: (l: string) => l,
          fill: "#eceef1",
        }),
        Plot.ruleX(
          midnights.map((t) => new Date(t)),
          { stroke: "#b9c0ca", strokeWidth: 1 },
        ),
        Plot.barX(bars, {
          x1: "x1",
          x2: "x2",
          y: "lane",
          fill: (b: { kind: keyof typeof _LANE_COLORS }) => _LANE_COLORS[b.kind],
          title: "title",
        }),
        Plot.ruleX([new Date(now)], {
          stroke: "#374151",
          strokeDasharray: "5,4",
          strokeWidth: 1.5,
        }),
        Plot.text([new Date(now)], {
          x: (d: Date) => d,
          frameAnchor: "top",
          dy: -30,
          text: () => `now ${_localClock(tz, now)}`,
          fill: "#374151",
        }),
        Plot.ruleX(
          e.clockChanges.map((c) => new Date(c.at)),
          { stroke: "#c0392b", strokeDasharray: "2,3", strokeWidth: 1.5 },
        ),
        Plot.text(e.clockChanges, {
          x: (c: { at: string }) => new Date(c.at),
          frameAnchor: "top",
          dy: -16,
          text: (c: { from: string; to: string }) => `clock change ${c.from} → ${c.to}`,
          fill: "#c0392b",
        }),
        Plot.ruleX(sends, { x: "t", stroke: "#111827", strokeWidth: 2 }),
        Plot.dot(sends, {
          x: "t",
          y: "lane",
          r: 7,
          fill: "#111827",
          stroke: "white",
          strokeWidth: 2,
          symbol: "triangle",
          title: (s: { channel: string; local: string }) => `send on ${s.channel} at ${s.local}`,
        }),
        // A send in the right half of the window is labelled to its left, so the label fits.
        Plot.text(sends, {
          x: "t",
          frameAnchor: "top",
          dy: -30,
          dx: sendsRight ? -6 : 6,
          textAnchor: sendsRight ? "end" : "start",
          fontWeight: "bold",
          text: (s: { channel: string; local: string }) => `send ${s.channel} ${s.local}`,
        }),
      ],
    }),
  );
  const lawCell = (lane: TimelineLane) => ({
    html:
      lane.source === undefined
        ? ""
        : _link(
            `${lane.source.law}${lane.source.section === undefined ? "" : `, ${lane.source.section}`}`,
            lane.source.url,
          ),
  });
  // The law column only when some lane cites one.
  const cited = e.lanes.some((l) => l.source !== undefined);
  const rows = e.lanes.map((lane, i) => [
    labels[i] as string,
    lane.kind,
    lane.channels.join(", "),
    _laneSummary(e, lane),
    ...(cited ? [lawCell(lane)] : []),
  ]);
  const reasons = e.decision.reasons.map((r) => [
    { html: `<code>${_esc(r.code)}</code>` },
    r.channel ?? "",
    r.rule ?? "",
    r.liftsAt === undefined ? "" : `${_localDateTime(tz, Date.parse(r.liftsAt))}`,
    {
      html: `${_esc(r.message)}${r.source === undefined ? "" : ` (${_link(`${r.source.law}${r.source.section === undefined ? "" : `, ${r.source.section}`}`, r.source.url)})`}`,
    },
  ]);
  const d = e.decision;
  const tiles = `<ul class="tiles" aria-label="Decision">
<li class="${_esc(d.verdict)}"><b>${_esc(d.verdict)}</b><span>verdict</span></li>
${e.chosen.map((c) => `<li><b>${_esc(c.channel)}</b><span>${_esc(c.local)} ${_esc(_zoneName(tz, Date.parse(c.at)))}</span></li>`).join("")}
<li><b>${_esc(_localClock(tz, now))}</b><span>decided ${_esc(_localDay(tz, now))} ${_esc(_zoneName(tz, now))}</span></li>
</ul>`;
  const body = `${tiles}
<section class="figure wide" id="timeline">
<h3>What each channel and constraint allows, ${_esc(_localDay(tz, w0))} to ${_esc(_localDay(tz, w1 - 1))}</h3>
<div class="pair"><figure class="chart">${chart}</figure>
${_table("timeline", `Lanes of the timeline, local times in ${tz}`, ["lane", "kind", "channels", "allows", ...(cited ? ["law"] : [])], rows)}</div>
<p class="note">Coloured stretches are allowed; grey is blocked. A channel's lane is what every lane above leaves it: the send goes at its first allowed instant (later with a <code>spread</code>). Times are the recipient's local time${e.zoneKnown ? "" : ` (their zone is unknown: the constraints were held in every zone of the jurisdiction, ${_esc(e.zones.join(", "))})`}.${e.clockChanges.map((c) => ` The clock changes at ${_esc(c.local)} (${_esc(c.from)} → ${_esc(c.to)}).`).join("")}</p>
</section>
<section class="figure" id="reasons"><h3>The decision's reasons</h3>
${_table("reasons", "Reasons, in the order of the channels", ["reason", "channel", "rule", "lifts at (local)", "message"], reasons)}
</section>`;
  return _page({
    title: options.title ?? `Decision timeline: ${d.customerId}`,
    subtitle: _esc(_verdictLine(e)),
    body,
    footer: `Policy ${_esc(d.policy.id)}${d.policy.version === undefined ? "" : `@${_esc(d.policy.version)}`}. Made by consentry. It is not legal advice.`,
  });
}
