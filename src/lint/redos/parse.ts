import { DOT, single, type CharSet } from './charset.js';
import { parseClass, parseEscape } from './_escape.js';

/** A node of a parsed regular expression; `start`/`end` index its source. */
export type RegexNode =
  | { readonly kind: 'char'; readonly set: CharSet; readonly start: number; readonly end: number }
  | { readonly kind: 'seq'; readonly items: readonly RegexNode[]; readonly start: number; readonly end: number }
  | { readonly kind: 'alt'; readonly branches: readonly RegexNode[]; readonly start: number; readonly end: number }
  | { readonly kind: 'group'; readonly body: RegexNode; readonly look: boolean; readonly start: number; readonly end: number }
  | { readonly kind: 'quant'; readonly body: RegexNode; readonly min: number; readonly max: number; readonly start: number; readonly end: number }
  | { readonly kind: 'empty'; readonly start: number; readonly end: number };

/** Deepest group nesting the parser follows; deeper patterns are refused (reported as unanalysable). */
export const MAX_REGEX_DEPTH = 64;

/** Thrown for a source the parser cannot follow. */
export class RegexSyntaxError extends Error {}

/**
 * Parse ECMAScript regex source (with or without the `u` flag) into a small AST. Lenient: it
 * only needs to know characters, groups, alternation and quantifiers, not to validate.
 */
export function parseRegex(source: string): RegexNode {
  const state = { src: source, pos: 0 };
  const node = parseAlt(state, 0);
  if (state.pos < source.length) throw new RegexSyntaxError(`unexpected ')' at ${state.pos}`);
  return node;
}

interface State {
  readonly src: string;
  pos: number;
}

function parseAlt(s: State, depth: number): RegexNode {
  if (depth > MAX_REGEX_DEPTH) throw new RegexSyntaxError('nesting too deep');
  const start = s.pos;
  const branches = [parseSeq(s, depth)];
  while (s.src[s.pos] === '|') {
    s.pos++;
    branches.push(parseSeq(s, depth));
  }
  return branches.length === 1 ? (branches[0] as RegexNode) : { kind: 'alt', branches, start, end: s.pos };
}

function parseSeq(s: State, depth: number): RegexNode {
  const start = s.pos;
  const items: RegexNode[] = [];
  while (s.pos < s.src.length && s.src[s.pos] !== '|' && s.src[s.pos] !== ')') {
    const atom = parseAtom(s, depth);
    items.push(parseQuantifier(s, atom));
  }
  return items.length === 1 ? (items[0] as RegexNode) : { kind: 'seq', items, start, end: s.pos };
}

function parseAtom(s: State, depth: number): RegexNode {
  const start = s.pos;
  const c = s.src[s.pos] as string;
  const char = (set: CharSet, width = 1): RegexNode => {
    s.pos += width;
    return { kind: 'char', set, start, end: s.pos };
  };
  switch (c) {
    case '(':
      return parseGroup(s, depth);
    case '[': {
      const { set, end } = parseClass(s.src, s.pos);
      s.pos = end;
      return { kind: 'char', set, start, end };
    }
    case '\\': {
      const escape = parseEscape(s.src, s.pos);
      s.pos = escape.end;
      return escape.set === undefined ? { kind: 'empty', start, end: s.pos } : { kind: 'char', set: escape.set, start, end: s.pos };
    }
    case '.':
      return char(DOT);
    case '^':
    case '$':
      s.pos++;
      return { kind: 'empty', start, end: s.pos };
    case '*':
    case '+':
    case '?':
      throw new RegexSyntaxError(`nothing to repeat at ${start}`);
    default: {
      if (c === '{' && readBraces(s.src, s.pos)) throw new RegexSyntaxError(`nothing to repeat at ${start}`);
      const cp = s.src.codePointAt(s.pos) ?? 0;
      return char(single(cp), cp > 0xffff ? 2 : 1);
    }
  }
}

function parseGroup(s: State, depth: number): RegexNode {
  const start = s.pos;
  const rest = s.src.slice(s.pos, s.pos + 4);
  let look = false;
  if (/^\(\?<?[=!]/.test(rest)) {
    look = true;
    s.pos += rest[2] === '<' ? 4 : 3;
  } else if (rest.startsWith('(?<')) {
    const close = s.src.indexOf('>', s.pos);
    if (close < 0) throw new RegexSyntaxError('unterminated group name');
    s.pos = close + 1;
  } else if (rest.startsWith('(?')) {
    const m = /^\(\?[imsx-]*:/.exec(s.src.slice(s.pos, s.pos + 16));
    if (!m) throw new RegexSyntaxError(`unknown group at ${start}`);
    s.pos += m[0].length;
  } else s.pos++;
  const body = parseAlt(s, depth + 1);
  if (s.src[s.pos] !== ')') throw new RegexSyntaxError('unterminated group');
  s.pos++;
  return { kind: 'group', body, look, start, end: s.pos };
}

function parseQuantifier(s: State, atom: RegexNode): RegexNode {
  const c = s.src[s.pos];
  let bounds: readonly [number, number] | undefined;
  let width = 1;
  if (c === '*') bounds = [0, Infinity];
  else if (c === '+') bounds = [1, Infinity];
  else if (c === '?') bounds = [0, 1];
  else if (c === '{') {
    const braces = readBraces(s.src, s.pos);
    if (braces) [bounds, width] = [braces.bounds, braces.width];
  }
  if (!bounds) return atom;
  s.pos += width;
  if (s.src[s.pos] === '?') s.pos++;
  return { kind: 'quant', body: atom, min: bounds[0], max: bounds[1], start: atom.start, end: s.pos };
}

function readBraces(src: string, pos: number): { bounds: readonly [number, number]; width: number } | undefined {
  const m = /^\{(\d{1,9})(,(\d{0,9}))?\}/.exec(src.slice(pos, pos + 24));
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
  return { bounds: [min, max], width: m[0].length };
}
