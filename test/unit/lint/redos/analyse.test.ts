import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseRegex, MAX_PATTERN_LENGTH } from '../../../../src/lint/redos/analyse.js';

const kindOf = (source: string): string => analyseRegex(source)?.kind ?? 'safe';

describe('analyseRegex', () => {
  it.each([
    ['(a+)+', 'exponential', '(a+)+'],
    ['^(a+)+$', 'exponential', '(a+)+'],
    ['(a*)*b', 'exponential', '(a*)*'],
    ['(a|a)*', 'exponential', '(a|a)*'],
    ['(a|aa)+$', 'exponential', '(a|aa)+'],
    ['(\\w+\\s?)*$', 'exponential', '(\\w+\\s?)*'],
    ['^(\\w|\\d)+$', 'exponential', '(\\w|\\d)+'],
    ['^([a-z0-9]+[-_]?)+$', 'exponential', '([a-z0-9]+[-_]?)+'],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', 'exponential', '(([a-z])+.)+'],
    ['(\\d+\\.\\d+)+x', 'exponential', '(\\d+\\.\\d+)+'],
    ['(a{1,5})+$', 'exponential', '(a{1,5})+'],
    ['^(a{1,8}){1,8}$', 'exponential', '(a{1,8}){1,8}'],
    ['(x+x+)+y', 'exponential', '(x+x+)+'],
    ['(?=(a+)+b)', 'exponential', '(a+)+'],
    ['^(?<word>[a-z]+\\s*)*$', 'exponential', '(?<word>[a-z]+\\s*)*'],
    ['^\\d+\\.?\\d*$', 'polynomial', '\\d+\\.?\\d*'],
    ['\\d+\\d+x', 'polynomial', '\\d+\\d+'],
    ['^[a-z]+[a-z0-9]*!$', 'polynomial', '[a-z]+[a-z0-9]*'],
    ['^.*secret.*$', 'polynomial', '.*secret.*'],
  ])('%s is %s at %s', (source, kind, fragment) => {
    expect(analyseRegex(source)).toEqual({ kind, fragment });
  });

  it.each([
    '^[a-z]+(\\.[a-z_]+)+$',
    '^[a-z][a-z0-9_]*$',
    '^\\d+(\\.\\d+)?$',
    '^[0-9a-f]{64}$',
    '(ab+)+',
    '(ab|ac)+',
    '(a|ab)*c',
    '(#[a-z]+y)*',
    '(\\d{3})+',
    '(a?)+',
    '^(\\d{1,3}\\.){3}\\d{1,3}$',
    '^[a-z0-9]{1,63}(-[a-z0-9]{1,63})*$',
    '^(discord|racetime|api)$',
    '^[A-Za-z0-9+/]{20,}={0,2}$',
    'eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{10,}',
    '\\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\\.[A-Z]{2,}\\b',
    '([^"]*")*',
    '^\\p{L}+(?: \\p{L}+)*$',
    '[\\u{1F600}-\\u{1F64F}]+',
  ])('%s is safe', (source) => {
    expect(analyseRegex(source)).toBeUndefined();
  });

  it.each([
    ['too long', 'a'.repeat(MAX_PATTERN_LENGTH + 1), 'longer than 4096 characters'],
    ['nested too deeply', `${'('.repeat(70)}a${')'.repeat(70)}`, 'groups nested too deeply'],
    ['too many positions', '((((ab){8}){8}){8}){8}', 'too complex to analyse'],
  ])('%s is unanalysable', (_name, source, fragment) => {
    expect(analyseRegex(source)).toEqual({ kind: 'unanalysable', fragment });
  });

  it('leaves patterns that do not compile to the loader', () => {
    expect(analyseRegex('(a+')).toBeUndefined();
    expect(analyseRegex('*a')).toBeUndefined();
  });

  it('stops when the shared allowance is spent, and charges the allowance for work done', () => {
    expect(analyseRegex('(a+)+', { steps: 0 })).toEqual({ kind: 'unanalysable', fragment: "the policy's analysis allowance is spent" });
    const budget = { steps: 1_000 };
    analyseRegex('^[a-z]+(\\.[a-z_]+)+$', budget);
    expect(budget.steps).toBeLessThan(1_000);
    expect(budget.steps).toBeGreaterThan(0);
  });
});

/** Pairwise disjoint atoms: a pattern that uses each at most once has no overlapping quantifiers. */
const ATOMS = ['[a-z]', '\\d', '[A-Z]', '_', '-', '\\.', '/', ':', '@', '~'] as const;
const QUANTIFIERS = ['', '', '?', '+', '*', '{2}', '{1,3}', '{2,}'] as const;

const unit = (atom: string, quantifier: string): string => `${atom}${quantifier}`;

/**
 * Safe grammar: prefix units, then a repeated group that starts with a mandatory separator
 * found nowhere else, then suffix units. Prefix and group body may share atoms (the separator
 * keeps them apart, as in `^[a-z]+(\.[a-z_]+)+$`); the suffix shares none.
 */
const safePattern = fc
  .tuple(
    fc.shuffledSubarray([...ATOMS], { minLength: 4, maxLength: ATOMS.length }),
    fc.array(fc.constantFrom(...QUANTIFIERS), { minLength: 12, maxLength: 12 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('+', '*', '?', '{1,4}', '{2,}'),
    fc.boolean(),
  )
  .map(([atoms, qs, prefixLength, groupLength, groupQuantifier, alternation]) => {
    const [sep, ...rest] = atoms as [string, ...string[]];
    const suffixAtoms = rest.slice(0, 1);
    const others = rest.slice(1);
    const prefix = others.slice(0, prefixLength).map((a, i) => unit(a, qs[i] ?? ''));
    const bodyAtoms = others.slice(Math.max(0, others.length - groupLength));
    let body = bodyAtoms.map((a, i) => unit(a, qs[4 + i] ?? ''));
    if (alternation && bodyAtoms.length >= 2) body = [`(?:${bodyAtoms.join('|')})${qs[8] ?? ''}`];
    const suffix = suffixAtoms.map((a, i) => unit(a, qs[10 + i] ?? ''));
    return `^${prefix.join('')}(?:${sep}${body.join('')})${groupQuantifier}${suffix.join('')}$`;
  });

describe('analyseRegex properties', () => {
  it('never flags patterns of the safe grammar (non-overlapping, separator-led repetition)', () => {
    fc.assert(
      fc.property(safePattern, (source) => {
        expect(() => new RegExp(source, 'u')).not.toThrow();
        expect(analyseRegex(source)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('flags a quantified group whose body repeats the same atom as exponential', () => {
    const atom = fc.constantFrom(...ATOMS, '\\w', '\\s', '.', '[^x]', '[a-f0-9]');
    const shape = fc.constantFrom('(?:A+)+', '(?:A*)*', '(?:A|A)+', '(?:A+A)+', '(?:A+B?)*', '(?:B?A+)+');
    fc.assert(
      fc.property(atom, shape, (a, s) => {
        const source = `^${s.replace(/A/g, a).replace(/B/g, a === '~' ? '@' : '~')}!$`;
        expect(analyseRegex(source)?.kind).toBe('exponential');
      }),
    );
  });

  it('never throws and stays bounded on arbitrary regex-like text', () => {
    const token = fc.constantFrom('(', ')', '(?:', '(?=', '(?<n>', '|', '*', '+', '?', '{2,}', '{1,3}', 'a', 'b', '\\d', '\\w', '.', '[a-c]', '[^a]', '\\', '\\1', '^', '$', '-');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const risk = analyseRegex(tokens.join(''));
        expect(risk === undefined || ['exponential', 'polynomial', 'unanalysable'].includes(risk.kind)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the classic cases through any capture-group wrapping', () => {
    expect(kindOf('((((a+))))+')).toBe('exponential');
    expect(kindOf('(?:(?:\\.[a-z]+))+')).toBe('safe');
  });
});
