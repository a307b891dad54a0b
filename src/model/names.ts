/**
 * Names that look like a channel or topic but are not one: `"SMS"`, `"sms "`, a Cyrillic `ѕ`, a
 * full-width `ｓｍｓ`, a zero-width space inside. Each is refused where it is written (a name
 * that is ignored would let a channel the customer turned off be used), and the message says the
 * name that was meant. These helpers find that name; they never decide what is valid.
 */

/** The pattern every channel, purpose topic, category and brand name matches. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9_.:-]*$/;

// Letters of other scripts drawn like Latin ones (Unicode's confusables, the common part).
const _CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  һ: "h",
  і: "i",
  ї: "i",
  ј: "j",
  к: "k",
  ӏ: "l",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  ѕ: "s",
  т: "t",
  у: "y",
  х: "x",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ɡ: "g",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  μ: "u",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  // Latin look-alikes outside ASCII
  ı: "i",
  ȷ: "j",
  ſ: "s",
};

/**
 * The name a string most likely stands for: compatibility forms folded (full-width letters,
 * ligatures), invisible format characters (zero-width spaces and joiners, the BOM) removed,
 * look-alike letters of other scripts read as Latin, outer white space trimmed, inner runs of it
 * read as `_`, and lower-cased.
 *
 * @example
 * normalizeName(" ＳＭＳ\u200b"); // => "sms"
 */
export function normalizeName(raw: string): string {
  let s = raw.normalize("NFKC").replace(/\p{Cf}/gu, "");
  s = s.toLowerCase();
  let out = "";
  for (const ch of s) out += _CONFUSABLES[ch] ?? ch;
  return out.trim().replace(/\s+/g, "_");
}

/** Optimal string alignment distance (edits, with adjacent swaps), capped at `cap + 1`. */
function _distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n] as number;
}

// What people write for a built-in channel.
const _SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  text: ["sms"],
  texts: ["sms"],
  txt: ["sms"],
  mms: ["sms"],
  phone: ["voice"],
  call: ["voice"],
  calls: ["voice"],
  tel: ["voice"],
  telephone: ["voice"],
  mail: ["email", "post"],
  letter: ["post"],
  postal: ["post"],
  notification: ["push"],
  notifications: ["push"],
  inapp: ["in_app"],
};

/** A name with its separators and a plural `s` dropped: `e-mail`, `E_Mails` and `email` meet. */
function _squash(name: string): string {
  const s = name.replace(/[-_.:\s]/g, "");
  return s.length > 3 && s.endsWith("s") ? s.slice(0, -1) : s;
}

/**
 * The known names that `raw` looks like: equal once normalized (see `normalizeName`) or without
 * separators and plural, a usual synonym (`text` for `sms`), or one or two edits away (one for
 * names of up to four letters). Empty when it looks like none of them.
 *
 * @example
 * lookalikes("E-Mail", ["email", "sms"]); // => ["email"]
 */
export function lookalikes(raw: string, known: Iterable<string>): string[] {
  const n = normalizeName(raw);
  const sq = _squash(n);
  const out: string[] = [];
  const list = [...known];
  for (const k of list) if (k === n || _squash(k) === sq) out.push(k);
  if (out.length > 0) return out;
  for (const k of _SYNONYMS[sq] ?? []) if (list.includes(k)) out.push(k);
  if (out.length > 0) return out;
  let best = Number.POSITIVE_INFINITY;
  for (const k of list) {
    const cap = Math.min(sq.length, k.length) <= 4 ? 1 : 2;
    const d = _distance(n, k, cap);
    if (d > cap) continue;
    if (d < best) {
      best = d;
      out.length = 0;
    }
    if (d === best) out.push(k);
  }
  return out;
}

/** ` Did you mean 'a' or 'b'?`, or nothing when there is no suggestion. */
export function _didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  return `: did you mean ${suggestions.map((s) => `'${s}'`).join(" or ")}?`;
}

/**
 * The message for a string that is not a valid name, with the name meant where one can be
 * told: `'SMS' is not a valid channel name (lower-case letters, digits, '_', '-', '.', ':'): did
 * you mean 'sms'?`.
 *
 * @param what - what the name is of: `channel`, `topic`, `category`, `brand`, `name`
 * @param known - names to prefer as suggestions (the built-in channels)
 */
export function _nameMessage(what: string, input: unknown, known: readonly string[] = []): string {
  if (typeof input !== "string") return `must be a ${what} name (a string)`;
  const shown = JSON.stringify(input);
  if (input.length === 0) return `a ${what} name cannot be empty`;
  if (input.length > 64) return `${what} name ${shown.slice(0, 40)}… is longer than 64 characters`;
  const like = lookalikes(input, known);
  const n = normalizeName(input);
  const suggestions = like.length > 0 ? like : NAME_PATTERN.test(n) && n !== input ? [n] : [];
  return `${shown} is not a valid ${what} name (lower-case letters, digits, '_', '-', '.', ':')${_didYouMean(suggestions)}`;
}
