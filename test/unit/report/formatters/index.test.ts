import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATTERS, isFormatName } from '../../../../src/report/formatters/index.js';
import { reportArb } from '../report-arbitrary.js';

describe('FORMATTERS', () => {
  it('registers exactly the six formats, text first', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'sarif', 'junit', 'markdown', 'github']);
  });

  it.each([
    ['text', true],
    ['sarif', true],
    ['github', true],
    ['html', false],
    ['JSON', false],
    ['', false],
    ['toString', false],
    ['__proto__', false],
  ])('isFormatName(%j) is %s', (name, expected) => {
    expect(isFormatName(name)).toBe(expected);
  });

  it('every formatter returns newline-terminated text for any report, with or without colour (property)', () => {
    fc.assert(
      fc.property(reportArb, fc.boolean(), (report, color) => {
        for (const name of FORMAT_NAMES) {
          const out = FORMATTERS[name](report, { color });
          expect(out.endsWith('\n'), name).toBe(true);
          if (name !== 'text') expect(out.includes('\u001b['), name).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
