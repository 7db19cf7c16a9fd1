import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_ROWS, formatMarkdown } from '../../../../src/report/formatters/markdown.js';
import type { FindingInit } from '../../../../src/findings/make.js';
import { reportArb } from '../report-arbitrary.js';
import { CLEAN, MIXED, reportOf } from '../report-fixtures.js';

const md = (report: Parameters<typeof formatMarkdown>[0]): string => formatMarkdown(report, { color: false });
/** Cell separators of a GFM table row: pipes not escaped by an odd run of backslashes. */
const separators = (line: string): number => [...line.matchAll(/(\\*)\|/g)].filter((m) => (m[1] ?? '').length % 2 === 0).length;

describe('formatMarkdown', () => {
  it('opens with ✅ and the summary for a clean run, and says no more', () => {
    expect(md(CLEAN)).toMatchInlineSnapshot(`
      "## ✅ telemetry-gate validate: 12 records, no findings

      **Policy** \`sahasrahbot\` (policies/sahasrahbot.policy.yaml) · **Fail on** error · **Inputs** 1
      "
    `);
  });

  it('opens with ❌ when something is at or above fail-on, and ✅ when findings are below it', () => {
    expect(md(MIXED).split('\n')[0]).toBe('## ❌ telemetry-gate validate: 3 problems (2 errors, 1 warning) in 12 records');
    expect(md({ ...MIXED, failOn: 'error', findings: MIXED.findings.filter((f) => f.severity === 'warning') }).split('\n')[0]).toMatch(/^## ✅ /);
  });

  it('counts findings by code, in catalogue order', () => {
    expect(md(MIXED)).toContain(
      ['### Findings by code', '', '| Code | Count | Title |', '| --- | ---: | --- |', '| `unknown-field` | 2 | Field not in the allow-list |', '| `pii-value` | 1 | Personal data in a value |'].join('\n'),
    );
  });

  it('lists findings with masked evidence in code spans (so `***` is not emphasis)', () => {
    expect(md(MIXED)).toContain('| fixtures/events/a.ndjson | 3 | `/note` | `pii-value` | error | EMAIL | `j***@e***.com` | Field "note" holds an email address. |');
  });

  it('lists the provisions of each code once, grouped by regime, with confidence marks', () => {
    const out = md(MIXED);
    const line = out.split('\n').find((l) => l.startsWith('- `pii-value`:'));
    expect(line).toBe(
      '- `pii-value`: **GDPR** Art. 5(1)(c) \\[T\\], Art. 4(1) \\[T\\], Recital 30 \\[T\\], Art. 25(1) \\[T\\], Art. 9(1) \\[M\\]; **CCPA** 1798.140(v)(1)(A) \\[T\\], 1798.140(ae) \\[T\\], 1798.121 \\[T\\]; **Nigeria** NDPA s.24(1)(c) \\[S\\], NDPA s.30 \\[T\\], NDPA s.65 \\[S\\], NDPR 1.3 \\[T, legacy\\]',
    );
    expect(out.split('\n').filter((l) => l.startsWith('- `unknown-field`:'))).toHaveLength(1);
    expect(out).toContain('_\\[T\\] checked against the text');
  });

  it('renders report tables and the replay command in a fence the command cannot close', () => {
    const out = md(reportOf([], { replay: 'run --x "```"', tables: [{ title: 'Consent | matrix', columns: ['scenario', 'requests'], rows: [['ci', 0]] }] }));
    expect(out).toContain('### Consent \\| matrix\n\n| scenario | requests |\n| --- | --- |\n| ci | 0 |');
    expect(out).toContain('### Replay\n\n````sh\nrun --x "```"\n````\n');
  });

  it.each([
    ['a pipe', 'a|b'],
    ['backticks', 'a`b``c'],
    ['a backslash before a pipe', 'a\\|b'],
    ['a line break', 'a\nb|c'],
  ])('keeps the findings table intact when cells hold %s', (_, text) => {
    const out = md(reportOf([{ code: 'pii-value', message: text, input: text, pointer: `/${text}`, evidence: text }]));
    const lines = out.split('\n');
    const row = lines[lines.indexOf('### Findings') + 4] ?? '';
    expect(row).toContain('`pii-value`');
    expect(separators(row)).toBe(9);
  });

  it(`lists at most ${MAX_MARKDOWN_ROWS} findings and says how many more there are`, () => {
    const many: FindingInit[] = Array.from({ length: MAX_MARKDOWN_ROWS + 5 }, (_, i) => ({ code: 'unknown-field', message: 'm', input: 'a.ndjson', line: i + 1, pointer: '/x' }));
    const out = md(reportOf(many));
    expect(out.split('\n').filter((l) => l.startsWith('| a.ndjson |'))).toHaveLength(MAX_MARKDOWN_ROWS);
    expect(out).toContain('…and 5 more findings: see the JSON or SARIF report.');
  });

  it('keeps every table row at its header’s column count, whatever the report holds (property)', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const lines = md(report).split('\n');
        lines.forEach((line, i) => {
          if (line.startsWith('| ---') || line.startsWith('| --- |')) {
            const header = lines[i - 1] ?? '';
            for (let j = i + 1; j < lines.length && lines[j]?.startsWith('| '); j += 1) expect(separators(lines[j] ?? '')).toBe(separators(header));
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
