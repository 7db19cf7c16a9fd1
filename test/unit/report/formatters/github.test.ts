import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../../src/report/formatters/github.js';
import { reportArb } from '../report-arbitrary.js';
import { CLEAN, MIXED, reportOf } from '../report-fixtures.js';

const plain = { color: false };

describe('formatGithub', () => {
  it('writes one annotation per finding, then the summary', () => {
    expect(formatGithub(MIXED, plain)).toMatchInlineSnapshot(`
      "::error file=fixtures/events/a.ndjson,line=3,title=unknown-field::Field "ip" is not in the allow-list. (at /ip)
      ::error file=fixtures/events/a.ndjson,line=3,title=pii-value::Field "note" holds an email address. (at /note) [EMAIL j***@e***.com]
      ::warning file=fixtures/events/a.ndjson,line=7,title=unknown-field::Field "build" is not in the allow-list. (at /build)
      ✖ 3 problems (2 errors, 1 warning) in 12 records
      "
    `);
  });

  it('writes only the summary for a clean run', () => {
    expect(formatGithub(CLEAN, plain)).toBe('✔ 12 records, no findings\n');
  });

  it.each([
    ['info is a notice; no file for stdin, no line for a JSON payload', { severity: 'info' as const, input: '-', pointer: '' }, '::notice title=unknown-field::m'],
    ['properties escape : and ,', { input: 'C:\\a,b.json', line: 4, pointer: '/x' }, '::error file=C%3A\\a%2Cb.json,line=4,title=unknown-field::m (at /x)'],
    ['data escapes %; line breaks and ESC are made visible, so no command is forged', { message: '100% done\r\n::error::forged \u001b[2J', input: 'a.json', pointer: '/x' }, '::error file=a.json,title=unknown-field::100%25 done\\u000d\\u000a::error::forged \\u001b[2J (at /x)'],
  ])('%s', (_, extra, line) => {
    const report = reportOf([{ code: 'unknown-field', message: 'm', ...extra }]);
    expect(formatGithub(report, plain).split('\n')[0]).toBe(line);
  });

  it.each([
    ['%', '%25', '%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['x:1,y', 'x:1,y', 'x%3A1%2Cy'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as data %j and as a property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });

  it('keeps one line per finding whatever the messages hold, so no command can be forged (property)', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const lines = formatGithub(report, plain).split('\n');
        expect(lines.pop()).toBe('');
        const expected = report.findings.length + 1 + (report.replay === undefined ? 0 : 1);
        expect(lines).toHaveLength(expected);
        lines.slice(0, report.findings.length).forEach((line) => expect(line).toMatch(/^::(error|warning|notice) /));
        lines.slice(report.findings.length).forEach((line) => expect(line).not.toMatch(/^::/));
      }),
      { numRuns: 200 },
    );
  });
});
