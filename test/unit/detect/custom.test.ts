import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePatterns, customHits, patternSetId, scanCustom } from '../../../src/detect/custom.js';
import { clearDetectCache, detect } from '../../../src/detect/detect.js';
import type { Hit } from '../../../src/detect/_hit.js';
import type { NamedPattern } from '../../../src/detect/types.js';

const AWS: NamedPattern[] = [{ name: 'aws-sso-start-url', pattern: '[a-z0-9-]{1,63}\\.awsapps\\.com' }];
const DIGITS: NamedPattern[] = [{ name: 'three-digits', pattern: '\\d{3}', entity: 'PHONE' }];

function collect(text: string, patterns: NamedPattern[]): Hit[] {
  const compiled = compilePatterns(patterns);
  const out: Hit[] = [];
  scanCustom(text, compiled, patternSetId(compiled), 0, (hit) => out.push(hit));
  return out;
}

describe('custom patterns: clean-result cache', () => {
  it.each([
    ['acme.awsapps.com', AWS, ['aws-sso-start-url']],
    ['usr_k_BFIDGX9EiEu_X9mDtsBC1c', AWS, []],
    ['order 12345', DIGITS, ['three-digits']],
    ['order 12', DIGITS, []],
  ])('scanning %j twice gives what customHits gives', (text, patterns, rules) => {
    const direct = customHits(text, compilePatterns(patterns)).map((h) => h.rule);
    expect(direct).toEqual(rules);
    expect(collect(text, patterns).map((h) => h.rule)).toEqual(rules);
    expect(collect(text, patterns).map((h) => h.rule)).toEqual(rules);
  });

  it('does not let one pattern set reuse another set\'s clean verdict for the same string', () => {
    expect(collect('build 987', AWS)).toEqual([]);
    expect(collect('build 987', DIGITS).map((h) => h.raw)).toEqual(['987']);
  });

  it('gives distinct ids to distinct sets and the same id to one set', () => {
    const a = compilePatterns(AWS);
    const b = compilePatterns(DIGITS);
    expect(patternSetId(a)).toBe(patternSetId(a));
    expect(patternSetId(a)).not.toBe(patternSetId(b));
    expect(patternSetId(a)).toBeGreaterThan(0);
  });

  it('detect gives the same custom detections cold and warm, under any key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 .-]{0,40}$/), fc.constantFrom('note', 'url', 'email', 'x'), (text, key) => {
        const patterns = [...AWS, ...DIGITS];
        clearDetectCache();
        const cold = detect({ [key]: text }, { patterns });
        const warm = detect({ [key]: text }, { patterns });
        const fresh = customHits(text, compilePatterns(patterns)).map((h) => h.rule).sort();
        expect(warm).toEqual(cold);
        expect(warm.filter((d) => d.kind === 'custom').map((d) => d.rule).sort()).toEqual(fresh);
      }),
      { numRuns: 200 },
    );
  });
});
