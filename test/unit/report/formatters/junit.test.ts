import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../../src/report/formatters/junit.js';
import type { Report } from '../../../../src/report/report.js';
import { reportArb } from '../report-arbitrary.js';
import { CLEAN, MIXED, reportOf } from '../report-fixtures.js';

// htmlEntities: also decode numeric character references (&#10;), which the formatter writes in attributes.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure', 'property'].includes(name), parseAttributeValue: false, trimValues: false, htmlEntities: true });
const junit = (report: Report): string => formatJunit(report, { color: false });
interface Parsed {
  testsuites: {
    tests: string;
    failures: string;
    testsuite: { name: string; tests: string; failures: string; testcase: { name: string; classname: string; failure?: { type: string; message: string; '#text': string }[]; 'system-out'?: string }[] }[];
  };
}
const parse = (xml: string): Parsed => parser.parse(xml) as Parsed;
// XML 1.0 Char production, as in the formatter.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('formatJunit', () => {
  it('writes one passing test case for a clean input', () => {
    expect(junit(CLEAN)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="telemetry-gate validate" tests="1" failures="0" errors="0">
        <testsuite name="fixtures/events/a.ndjson" tests="1" failures="0" errors="0" skipped="0">
          <properties>
            <property name="policy" value="sahasrahbot"/>
            <property name="failOn" value="error"/>
          </properties>
          <testcase classname="telemetry-gate.sahasrahbot" name="fixtures/events/a.ndjson"/>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it('has one suite per input, one case per record with findings, one failure per finding at or above fail-on', () => {
    const { testsuites } = parse(junit(MIXED));
    expect([testsuites.tests, testsuites.failures]).toEqual(['2', '1']);
    const [suite] = testsuites.testsuite;
    expect(suite?.name).toBe('fixtures/events/a.ndjson');
    expect(suite?.testcase.map((c) => [c.name, c.failure?.map((f) => f.type) ?? []])).toEqual([
      ['fixtures/events/a.ndjson:3', ['unknown-field', 'pii-value']],
      ['fixtures/events/a.ndjson:7', []],
    ]);
    expect(suite?.testcase[0]?.classname).toBe('telemetry-gate.sahasrahbot');
    expect(suite?.testcase[0]?.failure?.[1]?.message).toBe('Field "note" holds an email address.');
    expect(suite?.testcase[0]?.failure?.[1]?.['#text']).toMatch(/^\/note \[EMAIL j\*\*\*@e\*\*\*\.com\]\nA detector found personal data/);
    expect(suite?.testcase[1]?.['system-out']).toBe('warning unknown-field /build: Field "build" is not in the allow-list.');
  });

  it('counts failures against fail-on: at warning the warning fails too', () => {
    const { testsuites } = parse(junit({ ...MIXED, failOn: 'warning' }));
    expect([testsuites.tests, testsuites.failures]).toEqual(['2', '2']);
  });

  it('lists inputs without findings as passing suites', () => {
    const report = reportOf([{ code: 'unknown-field', message: 'm', input: 'b.json', pointer: '/x' }], { inputs: ['a.json', 'b.json'] });
    const { testsuites } = parse(junit(report));
    expect(testsuites.testsuite.map((s) => [s.name, s.tests, s.failures])).toEqual([['a.json', '1', '0'], ['b.json', '1', '1']]);
  });

  it('escapes markup and strips characters XML 1.0 cannot carry, keeping the rest', () => {
    const message = 'a<b>&"c"\'d\'\u0000\u001b\uffff\ud800 e\tf\ng';
    const xml = junit(reportOf([{ code: 'unknown-field', message, input: ']]><x/>', pointer: '/a' }], { inputs: [']]><x/>'] }));
    expect(XMLValidator.validate(xml)).toBe(true);
    const [suite] = parse(xml).testsuites.testsuite;
    expect(suite?.name).toBe(']]><x/>');
    expect(suite?.testcase[0]?.failure?.[0]?.message).toBe('a<b>&"c"\'d\' e\tf\ng');
  });

  it('is well-formed XML 1.0 whose counts match the findings, for arbitrary reports (property)', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const xml = junit(report);
        expect(ILLEGAL.test(xml)).toBe(false);
        expect(XMLValidator.validate(xml)).toBe(true);
        const suites = parse(xml).testsuites.testsuite ?? [];
        const failures = suites.flatMap((s) => s.testcase.flatMap((c) => c.failure ?? []));
        const failing = report.findings.filter((f) => ({ error: 0, warning: 1, info: 2 })[f.severity] <= { error: 0, warning: 1, info: 2 }[report.failOn]);
        expect(failures.map((f) => f.type).sort()).toEqual(failing.map((f) => f.code).sort());
      }),
      { numRuns: 100 },
    );
  });
});
