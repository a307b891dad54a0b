import { _ALIASES, _ALPHA3, _ISO_3166, _US_FIPS } from "./jurisdiction-codes.js";
import { _commonPrefix, _distance } from "./suggest.js";

/**
 * ISO 3166 codes: which strings are real jurisdictions, and the nearest real one for a string
 * that is not. The lists come from `iso-3166` through `scripts/gen-zones.ts` (a compact generated
 * module, not the package: see `jurisdiction-codes.ts`).
 */

let _codes: Set<string> | undefined;
let _subsOf: Map<string, readonly string[]> | undefined;

function _load(): { codes: Set<string>; subsOf: Map<string, readonly string[]> } {
  if (_codes === undefined || _subsOf === undefined) {
    _codes = new Set();
    _subsOf = new Map();
    for (const row of _ISO_3166.split("|")) {
      const cc = row.slice(0, 2);
      const subs = row.length > 2 ? row.slice(2).split(" ") : [];
      _codes.add(cc);
      const all: string[] = [];
      for (const s of subs) {
        const dash = s.indexOf("-");
        if (dash < 0) all.push(s);
        else {
          const last = Number(s.slice(dash + 1));
          for (let n = Number(s.slice(0, dash)); n <= last; n++)
            all.push(String(n).padStart(dash, "0"));
        }
      }
      for (const s of all) _codes.add(`${cc}-${s}`);
      _subsOf.set(cc, all);
    }
  }
  return { codes: _codes, subsOf: _subsOf };
}

/**
 * Whether `code` is a real jurisdiction: an assigned ISO 3166-1 alpha-2 country code (`NO`,
 * `GB`) or an ISO 3166-2 subdivision code (`US-FL`, `GB-ENG`, `FR-974`). Exact and
 * case-sensitive: `UK`, `EL`, `US-FLA`, `US-12`, `us-fl` and `XX` are not.
 *
 * @example
 * isJurisdiction("US-FL"); // => true
 * isJurisdiction("UK"); // => false
 */
export function isJurisdiction(code: string): boolean {
  return _load().codes.has(code);
}

let _alpha3: Map<string, string> | undefined;
let _fips: Map<string, string> | undefined;
const _pairs = (s: string, cut: number) =>
  new Map(s.split(" ").map((p) => [p.slice(0, cut), p.slice(cut)] as const));

/**
 * The real jurisdiction `code` most likely means, or `undefined` when there is no clear one. A
 * real code is its own answer. Fixes case and separators (`us_fl` → `US-FL`), codes used for a
 * country outside ISO 3166-1 (`UK` → `GB`, `EL` → `GR`), alpha-3 codes (`NOR` → `NO`), US FIPS
 * state numbers (`US-12` → `US-FL`) and near misses among the subdivisions of the same country
 * (`US-FLA` → `US-FL`: the fewest edits, then the longest common start, and only if one wins).
 *
 * @example
 * suggestJurisdiction("UK"); // => "GB"
 * suggestJurisdiction("US-FLA"); // => "US-FL"
 * suggestJurisdiction("XX"); // => undefined
 */
export function suggestJurisdiction(code: string): string | undefined {
  if (isJurisdiction(code)) return code;
  if (code.length > 16) return undefined;
  const norm = code
    .trim()
    .toUpperCase()
    .replace(/[\s_.]+/g, "-");
  const [head = "", sub, ...more] = norm.split("-");
  if (more.length > 0) return undefined;
  _alpha3 ??= _pairs(_ALPHA3, 3);
  const cc = head.length === 3 ? _alpha3.get(head) : (_ALIASES[head] ?? head);
  if (cc === undefined || !isJurisdiction(cc)) return undefined;
  if (sub === undefined || sub === "") return cc;
  if (isJurisdiction(`${cc}-${sub}`)) return `${cc}-${sub}`;
  if (cc === "US") {
    _fips ??= _pairs(_US_FIPS, 2);
    const s = _fips.get(sub.padStart(2, "0"));
    if (s !== undefined) return `US-${s}`;
  }
  // The nearest subdivision of the same country, if one is clearly nearest.
  const limit = Math.max(1, Math.floor(sub.length / 2));
  let best: string | undefined;
  let bestKey = [Number.POSITIVE_INFINITY, 0];
  let tie = false;
  for (const s of _load().subsOf.get(cc) ?? []) {
    const d = _distance(sub, s);
    if (d > limit) continue;
    const p = _commonPrefix(sub, s);
    const [bd = 0, bp = 0] = bestKey;
    if (d < bd || (d === bd && p > bp)) {
      best = s;
      bestKey = [d, p];
      tie = false;
    } else if (d === bd && p === bp) tie = true;
  }
  return best === undefined || tie ? undefined : `${cc}-${best}`;
}

/**
 * The message for a string that is not a jurisdiction, with the suggestion when there is one:
 * `unknown jurisdiction 'UK' (ISO 3166): did you mean 'GB'?`
 */
export function _jurisdictionMessage(code: string): string {
  // Escaped (a newline in input must not start a line of its own in a report) and cut short.
  const shown = JSON.stringify(code.slice(0, 24)).slice(1, -1) + (code.length > 24 ? "…" : "");
  const s = suggestJurisdiction(code);
  return `unknown jurisdiction '${shown}' (ISO 3166)${s === undefined ? "" : `: did you mean '${s}'?`}`;
}
