/**
 * Duplicate keys in JSON input. `JSON.parse` keeps the last of two equal keys, so
 * `{"listed":true,"listed":false}` reads as not listed: a record that says two things must not
 * be judged on one of them (it would fail open). The command line refuses such lines; these
 * functions find them, at any depth, in text that `JSON.parse` accepted.
 */

const utf8 = new TextDecoder("utf-8");
const OBJECT = 0;
const ARRAY = 1;

/**
 * The path of the first key that occurs twice in one object of a JSON text, at any depth, or
 * `undefined` when every object's keys are distinct. Keys are compared decoded: `"a"` and
 * `"\u0061"` are one key.
 *
 * @param text - a JSON text that `JSON.parse` accepts (other text gives no useful answer)
 * @returns the path of the repeated key (array positions as numbers), or `undefined`
 * @example
 * duplicateKeyPath('{"registers":{"NO":{"listed":true,"listed":false}}}');
 * // => ["registers", "NO", "listed"]
 */
export function duplicateKeyPath(text: string): (string | number)[] | undefined {
  const bytes = new TextEncoder().encode(text);
  return duplicateKeyPathIn(bytes, 0, bytes.length, text.includes("\uFFFD"));
}

/**
 * `duplicateKeyPath` on the UTF-8 bytes `[start, end)` of a buffer, as NDJSON lines arrive. A
 * loop over bytes is about twice as fast as one over a string's characters, and most lines take
 * only the first pass: structure and key hashes, nothing allocated. A line that pass cannot
 * clear (two keys of one object with the same hash, an escaped key, an object of many keys or
 * deep nesting) is looked at again, comparing the keys themselves.
 *
 * @param decode - compare every key decoded: set it when the text decoded from these bytes has
 *   U+FFFD, which different malformed byte sequences all decode to
 */
export function duplicateKeyPathIn(
  buf: Uint8Array,
  start: number,
  end: number,
  decode = false,
): (string | number)[] | undefined {
  if (!decode && surelyDistinct(buf, start, end)) return undefined;
  return findDuplicate(buf, start, end, decode);
}

/** Keys per object the first pass compares pairwise; more go to the second pass. */
const FIRST_PASS_KEYS = 32;
/** Nesting the first pass follows; deeper goes to the second pass. */
const FIRST_PASS_DEPTH = 64;
// The first pass's stacks, kept between calls (it never re-enters): for the keys of the open
// objects, flat, their length and hash; per depth, object or array and where its keys start.
let keyLength = new Int32Array(1024);
let keyHash = new Int32Array(1024);
const depthKind = new Uint8Array(FIRST_PASS_DEPTH);
const depthBase = new Int32Array(FIRST_PASS_DEPTH);

/**
 * The first pass: true when no object of the bytes has two keys of the same length and hash, so
 * none has two equal keys; false when it cannot tell.
 */
function surelyDistinct(buf: Uint8Array, start: number, end: number): boolean {
  let top = 0;
  let depth = -1;
  let expectKey = false;
  for (let i = start; i < end; i++) {
    const c = buf[i] as number;
    if (c === 34 /* " */) {
      if (!expectKey) {
        // A string value: skip to its closing quote.
        let d = buf[++i] as number;
        while (d !== 34) {
          if (d === 92 /* \ */) i++;
          d = buf[++i] as number;
        }
        continue;
      }
      expectKey = false;
      const s = i + 1;
      let h = 0;
      let d = buf[++i] as number;
      while (d !== 34) {
        if (d === 92) return false;
        h = (Math.imul(h, 31) + d) | 0;
        d = buf[++i] as number;
      }
      const length = i - s;
      const b = depthBase[depth] as number;
      if (top - b >= FIRST_PASS_KEYS) return false;
      for (let k = b; k < top; k++) if (keyHash[k] === h && keyLength[k] === length) return false;
      if (top === keyHash.length) {
        const grow = (a: Int32Array) => {
          const bigger = new Int32Array(a.length * 2);
          bigger.set(a);
          return bigger;
        };
        keyHash = grow(keyHash);
        keyLength = grow(keyLength);
      }
      keyHash[top] = h;
      keyLength[top] = length;
      top++;
    } else if (c === 123 /* { */) {
      if (++depth === FIRST_PASS_DEPTH) return false;
      depthKind[depth] = OBJECT;
      depthBase[depth] = top;
      expectKey = true;
    } else if (c === 91 /* [ */) {
      if (++depth === FIRST_PASS_DEPTH) return false;
      depthKind[depth] = ARRAY;
    } else if (c === 44 /* , */) {
      if (depthKind[depth] === OBJECT) expectKey = true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depthKind[depth] === OBJECT) top = depthBase[depth] as number;
      depth--;
      expectKey = false;
    }
  }
  return true;
}

/** Keys of one object the second pass compares one by one; a `Set` holds them beyond. */
const LINEAR = 16;

/**
 * The second pass: finds the first repeated key and its path, comparing keys byte by byte, or
 * decoded when escaped (or when `decode` is set).
 */
function findDuplicate(
  buf: Uint8Array,
  start: number,
  end: number,
  decode: boolean,
): (string | number)[] | undefined {
  // Per open container (by depth): object or array; an array's position; an object's current
  // key (an index in the flat lists, or its text in Set mode); where its keys start; its Set.
  const kinds: number[] = [];
  const position: number[] = [];
  const current: number[] = [];
  const currentText: (string | undefined)[] = [];
  const base: number[] = [];
  const sets: (Set<string> | undefined)[] = [];
  // The keys of the open objects, flat: offsets of the raw key, or the decoded key.
  const starts: number[] = [];
  const ends: number[] = [];
  const decoded: (string | undefined)[] = [];
  let top = 0;
  let depth = -1;
  let expectKey = false;
  const raw = (s: number, e: number): string => utf8.decode(buf.subarray(s, e));
  const keyAt = (k: number): string => decoded[k] ?? raw(starts[k] as number, ends[k] as number);
  const pathTo = (key: string): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let d = 0; d < depth; d++)
      path.push(
        kinds[d] === ARRAY
          ? (position[d] as number)
          : (currentText[d] ?? keyAt(current[d] as number)),
      );
    path.push(key);
    return path;
  };
  for (let i = start; i < end; i++) {
    const c = buf[i] as number;
    if (c === 34 /* " */) {
      const s = i + 1;
      let escaped = false;
      let d = buf[++i] as number;
      while (d !== 34) {
        if (d === 92 /* \ */) {
          escaped = true;
          i++;
        }
        d = buf[++i] as number;
      }
      if (!expectKey) continue;
      expectKey = false;
      const e = i;
      const key = escaped
        ? (JSON.parse(raw(s - 1, e + 1)) as string)
        : decode
          ? raw(s, e)
          : undefined;
      const b = base[depth] as number;
      let set = sets[depth];
      if (set === undefined && top - b >= LINEAR) {
        set = new Set();
        for (let k = b; k < top; k++) set.add(keyAt(k));
        sets[depth] = set;
      }
      if (set !== undefined) {
        const kt = key ?? raw(s, e);
        if (set.has(kt)) return pathTo(kt);
        set.add(kt);
        currentText[depth] = kt;
        continue;
      }
      const len = e - s;
      for (let k = b; k < top; k++) {
        const dk = decoded[k];
        if (dk === undefined && key === undefined) {
          const ks = starts[k] as number;
          if ((ends[k] as number) - ks !== len) continue;
          let m = 0;
          while (m < len && buf[ks + m] === buf[s + m]) m++;
          if (m === len) return pathTo(raw(s, e));
        } else {
          const kt = key ?? raw(s, e);
          if (keyAt(k) === kt) return pathTo(kt);
        }
      }
      starts[top] = s;
      ends[top] = e;
      decoded[top] = key;
      current[depth] = top;
      top++;
    } else if (c === 123 /* { */) {
      depth++;
      kinds[depth] = OBJECT;
      base[depth] = top;
      sets[depth] = undefined;
      currentText[depth] = undefined;
      expectKey = true;
    } else if (c === 91 /* [ */) {
      depth++;
      kinds[depth] = ARRAY;
      position[depth] = 0;
    } else if (c === 44 /* , */) {
      if (kinds[depth] === OBJECT) expectKey = true;
      else (position[depth] as number)++;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (kinds[depth] === OBJECT) top = base[depth] as number;
      depth--;
      expectKey = false;
    }
  }
  return undefined;
}
