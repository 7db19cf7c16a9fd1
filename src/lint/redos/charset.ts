/**
 * Character sets as sorted, disjoint, inclusive code-point ranges: just enough set algebra
 * for the ReDoS analysis (does one quantifier's alphabet overlap another's?).
 */

/** A set of code points: sorted, non-overlapping `[lo, hi]` ranges. */
export type CharSet = readonly (readonly [number, number])[];

const MAX_CODE_POINT = 0x10ffff;

/** The empty set. */
export const EMPTY: CharSet = [];
/** Every code point. */
export const ANY: CharSet = [[0, MAX_CODE_POINT]];

/** A set from ranges in any order, possibly overlapping. */
export function charSet(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = ranges.filter(([lo, hi]) => lo <= hi).map(([lo, hi]) => [lo, hi] as [number, number]);
  sorted.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else out.push(range);
  }
  return out;
}

/** A set of one code point. */
export function single(codePoint: number): CharSet {
  return [[codePoint, codePoint]];
}

/** Union of two sets. */
export function union(a: CharSet, b: CharSet): CharSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return charSet([...a, ...b]);
}

/** Complement within all code points. */
export function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

/** Whether two sets share a code point. */
export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as readonly [number, number];
    const y = b[j] as readonly [number, number];
    if (x[1] < y[0]) i++;
    else if (y[1] < x[0]) j++;
    else return true;
  }
  return false;
}

const ch = (c: string): number => c.codePointAt(0) ?? 0;

/** `\d` */
export const DIGIT: CharSet = [[ch('0'), ch('9')]];
/** `\w` */
export const WORD: CharSet = charSet([[ch('0'), ch('9')], [ch('A'), ch('Z')], [ch('_'), ch('_')], [ch('a'), ch('z')]]);
/** `\s` (ECMAScript WhiteSpace and LineTerminator). */
export const SPACE: CharSet = charSet([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);
/** `.` without the `s` flag: anything but a line terminator. */
export const DOT: CharSet = complement(charSet([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]));
