import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../../src/report/formatters/text.js';
import { reportArb } from '../report-arbitrary.js';
import { CLEAN, MIXED, reportOf } from '../report-fixtures.js';

const plain = { color: false };
const INPUT = 'fixtures/events/a.ndjson';

describe('formatText', () => {
  it('lists findings per input with aligned columns, then the summary', () => {
    expect(formatText(MIXED, plain)).toMatchInlineSnapshot(`
      "fixtures/events/a.ndjson
        3:/ip     error    unknown-field  Field "ip" is not in the allow-list.
        3:/note   error    pii-value      Field "note" holds an email address.  [EMAIL j***@e***.com]
        7:/build  warning  unknown-field  Field "build" is not in the allow-list.

      ✖ 3 problems (2 errors, 1 warning) in 12 records
      "
    `);
  });

  it('says so when there is nothing to report', () => {
    expect(formatText(CLEAN, plain)).toMatchInlineSnapshot(`
      "✔ 12 records, no findings
      "
    `);
  });

  it('prints the replay command and the report tables as aligned columns', () => {
    const report = reportOf([], {
      replay: 'telemetry-gate fuzz receiver --seed 42 --path "3:1"',
      tables: [{ title: 'Consent matrix', columns: ['scenario', 'requests', 'verdict'], rows: [['ci', 0, 'ok'], ['opt-in', 12, 'ok']] }],
    });
    expect(formatText(report, plain)).toMatchInlineSnapshot(`
      "✔ 12 records, no findings
      Replay: telemetry-gate fuzz receiver --seed 42 --path "3:1"

      Consent matrix
        scenario  requests  verdict
        ────────  ────────  ───────
        ci               0  ok
        opt-in          12  ok
      "
    `);
  });

  it.each([
    ['no line: the pointer alone', { pointer: '/a' }, '  /a  error  unknown-field  m'],
    ['the whole payload', { pointer: '', line: 2 }, '  2:(root)  error  unknown-field  m'],
    ['entity without evidence', { pointer: '/a', entity: 'EMAIL' as const }, '  /a  error  unknown-field  m  [EMAIL]'],
    ['evidence without entity', { pointer: '/a', evidence: 'x***y(9)' }, '  /a  error  unknown-field  m  [x***y(9)]'],
  ])('finding line: %s', (_, extra, line) => {
    const report = reportOf([{ code: 'unknown-field', message: 'm', input: INPUT, ...extra }]);
    expect(formatText(report, plain).split('\n')[1]).toBe(line);
  });

  it.each([
    ['error', 'error', '✖ 1 problem (1 error, 0 warnings) in 12 records'],
    ['warning at fail-on error: below the threshold', 'warning', '⚠ 1 problem (0 errors, 1 warning) in 12 records'],
    ['info', 'info', '⚠ 1 problem (0 errors, 0 warnings, 1 info) in 12 records'],
  ] as const)('summary line: %s', (_, severity, summary) => {
    const report = reportOf([{ code: 'unknown-field', severity, message: 'm', input: INPUT, pointer: '/a' }]);
    expect(formatText(report, plain)).toContain(`\n${summary}\n`);
  });

  it('prints a finding’s own replay command under it', () => {
    const report = reportOf([{ code: 'receiver-accepted-violation', message: 'm', input: 'http://127.0.0.1:1/', pointer: '', replay: 'telemetry-gate fuzz receiver --seed 7' }]);
    expect(formatText(report, plain).split('\n').slice(0, 3)).toEqual([
      'http://127.0.0.1:1/',
      '  (root)  error  receiver-accepted-violation  m',
      '    replay: telemetry-gate fuzz receiver --seed 7',
    ]);
  });

  it('makes control characters and bidi overrides visible, so a finding stays one inert line', () => {
    const report = reportOf([{ code: 'unknown-field', message: 'Field "a\u001b[2J\nb\u202e" is unknown.', input: 'x\ry', pointer: '/a\u0000' }]);
    expect(formatText(report, plain).split('\n').slice(0, 2)).toEqual([
      'x\\u000dy',
      '  /a\\u0000  error  unknown-field  Field "a\\u001b[2J\\u000ab\\u202e" is unknown.',
    ]);
  });

  it('colours severities, dims locations and colours the summary when asked', () => {
    const out = formatText(MIXED, { color: true });
    expect(out).toContain('\u001b[31merror  \u001b[39m');
    expect(out).toContain('\u001b[33mwarning\u001b[39m');
    expect(out).toContain('\u001b[2m3:/ip   \u001b[22m');
    expect(out).toContain('\u001b[31m\u001b[1m✖ 3 problems (2 errors, 1 warning) in 12 records\u001b[22m\u001b[39m');
  });

  it('writes no ANSI escape at all without colour, whatever the report holds (property)', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const out = formatText(report, plain);
        return !out.includes('\u001b') && out.endsWith('\n');
      }),
      { numRuns: 300 },
    );
  });
});
