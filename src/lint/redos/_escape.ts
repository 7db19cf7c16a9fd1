import { ANY, DIGIT, SPACE, WORD, charSet, complement, single, union, type CharSet } from './charset.js';

const CONTROL: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, f: 0x0c, '0': 0 };
const CLASSES: Readonly<Record<string, CharSet>> = {
  d: DIGIT, D: complement(DIGIT), w: WORD, W: complement(WORD), s: SPACE, S: complement(SPACE),
};

/**
 * Read the escape at `src[pos] === '\\'`. `set` is what it matches; undefined for a zero-width
 * assertion (`\b`, `\B`). Back-references are taken as any one character (a coarse bound).
 */
export function parseEscape(src: string, pos: number, inClass = false): { set: CharSet | undefined; end: number } {
  const c = src[pos + 1];
  if (c === undefined) return { set: single(0x5c), end: pos + 1 };
  const cls = CLASSES[c];
  if (cls) return { set: cls, end: pos + 2 };
  if (c === 'b') return inClass ? { set: single(0x08), end: pos + 2 } : { set: undefined, end: pos + 2 };
  if (c === 'B' && !inClass) return { set: undefined, end: pos + 2 };
  if (/[1-9]/.test(c)) {
    const digits = /^\d+/.exec(src.slice(pos + 1, pos + 12))?.[0] ?? c;
    return { set: ANY, end: pos + 1 + digits.length };
  }
  if (c === 'k' && src[pos + 2] === '<') {
    const close = src.indexOf('>', pos);
    return { set: ANY, end: close < 0 ? pos + 2 : close + 1 };
  }
  const control = CONTROL[c];
  if (control !== undefined) return { set: single(control), end: pos + 2 };
  if (c === 'c' && /[A-Za-z]/.test(src[pos + 2] ?? '')) {
    return { set: single((src.codePointAt(pos + 2) ?? 0) % 32), end: pos + 3 };
  }
  if (c === 'x') {
    const hex = /^[0-9A-Fa-f]{2}/.exec(src.slice(pos + 2, pos + 4))?.[0];
    if (hex) return { set: single(parseInt(hex, 16)), end: pos + 4 };
  }
  if (c === 'u') {
    const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(src.slice(pos + 2, pos + 10));
    if (braced) return { set: single(Math.min(parseInt(braced[1] as string, 16), 0x10ffff)), end: pos + 2 + braced[0].length };
    const hex = /^[0-9A-Fa-f]{4}/.exec(src.slice(pos + 2, pos + 6))?.[0];
    if (hex) return { set: single(parseInt(hex, 16)), end: pos + 6 };
  }
  if ((c === 'p' || c === 'P') && src[pos + 2] === '{') {
    const close = src.indexOf('}', pos);
    const name = close < 0 ? '' : src.slice(pos + 3, close);
    return { set: c === 'p' ? propertySet(name) : ANY, end: close < 0 ? pos + 2 : close + 1 };
  }
  const cp = src.codePointAt(pos + 1) ?? 0;
  return { set: single(cp), end: pos + 1 + (cp > 0xffff ? 2 : 1) };
}

const ch = (c: string): number => c.codePointAt(0) ?? 0;
/** Supersets of some Unicode properties: exact in ASCII, everything but white space beyond it. */
const BEYOND_ASCII: CharSet = intersect(charSet([[0x80, 0x10ffff]]), complement(SPACE));
const PROPERTIES: Readonly<Record<string, CharSet>> = {
  L: union(charSet([[ch('A'), ch('Z')], [ch('a'), ch('z')]]), BEYOND_ASCII),
  N: union(DIGIT, BEYOND_ASCII),
  Lu: union(charSet([[ch('A'), ch('Z')]]), BEYOND_ASCII),
  Ll: union(charSet([[ch('a'), ch('z')]]), BEYOND_ASCII),
};
const ALIASES: Readonly<Record<string, string>> = {
  Letter: 'L', Alphabetic: 'L', Alpha: 'L', 'General_Category=L': 'L', 'gc=L': 'L',
  Number: 'N', Nd: 'N', Decimal_Number: 'N', 'gc=N': 'N', 'gc=Nd': 'N',
  Lowercase_Letter: 'Ll', Uppercase_Letter: 'Lu', Lowercase: 'Ll', Uppercase: 'Lu',
};

/** The set of `\p{name}`: a superset for the common letter and number properties, else anything. */
function propertySet(name: string): CharSet {
  return PROPERTIES[ALIASES[name] ?? name] ?? ANY;
}

function intersect(a: CharSet, b: CharSet): CharSet {
  return complement(union(complement(a), complement(b)));
}

/** Read the character class at `src[pos] === '['`; returns its set and the index after `]`. */
export function parseClass(src: string, pos: number): { set: CharSet; end: number } {
  let i = pos + 1;
  const negated = src[i] === '^';
  if (negated) i++;
  let set: CharSet = [];
  while (i < src.length && src[i] !== ']') {
    const [lo, afterLo] = classAtom(src, i);
    if (src[afterLo] === '-' && src[afterLo + 1] !== ']' && afterLo + 1 < src.length && lo.point !== undefined) {
      const [hi, afterHi] = classAtom(src, afterLo + 1);
      if (hi.point !== undefined) {
        set = union(set, charSet([[lo.point, hi.point]]));
        i = afterHi;
        continue;
      }
      set = union(union(set, lo.set), union(single(0x2d), hi.set));
      i = afterHi;
      continue;
    }
    set = union(set, lo.set);
    i = afterLo;
  }
  if (i >= src.length) throw new Error('unterminated character class');
  return { set: negated ? complement(set) : set, end: i + 1 };
}

function classAtom(src: string, i: number): [{ set: CharSet; point?: number }, number] {
  if (src[i] === '\\') {
    const escape = parseEscape(src, i, true);
    const set = escape.set ?? ANY;
    const point = set.length === 1 && set[0]?.[0] === set[0]?.[1] ? set[0]?.[0] : undefined;
    return [point === undefined ? { set } : { set, point }, escape.end];
  }
  if (src[i] === '[') return [{ set: ANY }, i + 1];
  const cp = src.codePointAt(i) ?? 0;
  return [{ set: single(cp), point: cp }, i + (cp > 0xffff ? 2 : 1)];
}
