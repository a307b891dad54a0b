/**
 * "Did you mean": the nearest known word to a mistyped one, for error messages. Shared by the
 * jurisdiction codes, the keys of every input shape and the channel names.
 */

/** The optimal-string-alignment distance: insertions, deletions, substitutions, swaps. */
export function _distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const up = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** How many leading characters `a` and `b` share. */
export function _commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The known word `word` most likely means: the fewest edits ignoring case and `_`/`-`/space
 * (at most a third of the word, at least 1, so short typos are caught and unrelated words are
 * not), then the longest common start; `undefined` when none is close or two tie.
 *
 * @example
 * _nearest("timezone", ["timeZone", "jurisdiction"]); // => "timeZone"
 * _nearest("emial", ["email", "sms"]); // => "email"
 */
export function _nearest(word: string, known: Iterable<string>): string | undefined {
  if (word.length > 64) return undefined;
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const w = norm(word);
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  let bestP = 0;
  let tie = false;
  for (const k of known) {
    if (k === word) continue;
    const n = norm(k);
    const d = _distance(w, n);
    if (d > limit) continue;
    const p = _commonPrefix(w, n);
    if (d < bestD || (d === bestD && p > bestP)) {
      best = k;
      bestD = d;
      bestP = p;
      tie = false;
    } else if (d === bestD && p === bestP) tie = true;
  }
  return tie ? undefined : best;
}

/** `unknown channel 'emial': did you mean 'email'?`, or what to do when nothing is near. */
export function _unknownChannel(name: string, known: Iterable<string>, otherwise: string): string {
  const near = _nearest(name, known);
  return `unknown channel '${name}': ${near === undefined ? otherwise : `did you mean '${near}'?`}`;
}
