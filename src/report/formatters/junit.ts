import { CODES } from '../../findings/codes.js';
import type { Finding } from '../../findings/finding.js';
import type { Formatter, Report } from '../report.js';
import { entityEvidence, groupByInput, isFailing, showPointer, type InputGroup } from './_group.js';
import { xmlAttr, xmlText } from './_xml.js';

interface TestCase {
  readonly name: string;
  readonly failures: readonly Finding[];
  readonly others: readonly Finding[];
}

/** One test case per record that has findings (per line of an NDJSON input), or one for the whole input. */
function testCases(group: InputGroup, report: Report): TestCase[] {
  if (group.findings.length === 0) return [{ name: group.input, failures: [], others: [] }];
  const byLine = new Map<number | undefined, Finding[]>();
  for (const finding of group.findings) byLine.set(finding.line, [...(byLine.get(finding.line) ?? []), finding]);
  return [...byLine].map(([line, findings]) => ({
    name: line === undefined ? group.input : `${group.input}:${line}`,
    failures: findings.filter((f) => isFailing(f, report.failOn)),
    others: findings.filter((f) => !isFailing(f, report.failOn)),
  }));
}

function failureBody(finding: Finding): string {
  const lines = [`${showPointer(finding.pointer)} ${entityEvidence(finding)}`.trim(), CODES[finding.code].help];
  if (finding.replay !== undefined) lines.push(`replay: ${finding.replay}`);
  return lines.join('\n');
}

function renderCase(testCase: TestCase, classname: string): string[] {
  const open = `    <testcase classname="${xmlAttr(classname)}" name="${xmlAttr(testCase.name)}"`;
  if (testCase.failures.length === 0 && testCase.others.length === 0) return [`${open}/>`];
  const out = [`${open}>`];
  for (const f of testCase.failures) {
    out.push(`      <failure type="${xmlAttr(f.code)}" message="${xmlAttr(f.message)}">${xmlText(failureBody(f))}</failure>`);
  }
  if (testCase.others.length > 0) {
    const text = testCase.others.map((f) => `${f.severity} ${f.code} ${showPointer(f.pointer)}: ${f.message} ${entityEvidence(f)}`.trim());
    out.push(`      <system-out>${xmlText(text.join('\n'))}</system-out>`);
  }
  out.push('    </testcase>');
  return out;
}

/**
 * JUnit XML for CI test reporters: one `<testsuite>` per input, a `<testcase>` per record with
 * findings (or per clean input), a `<failure>` per finding at or above `failOn`; findings below
 * it go to `<system-out>`.
 */
export const formatJunit: Formatter = (report) => {
  const classname = `telemetry-gate.${report.policy?.id ?? report.command}`;
  const suites = groupByInput(report).map((group) => ({ group, cases: testCases(group, report) }));
  const failed = (cases: readonly TestCase[]): number => cases.filter((c) => c.failures.length > 0).length;
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + failed(s.cases), 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttr(`telemetry-gate ${report.command}`)}" tests="${tests}" failures="${failures}" errors="0">`,
  ];
  for (const { group, cases } of suites) {
    out.push(`  <testsuite name="${xmlAttr(group.input)}" tests="${cases.length}" failures="${failed(cases)}" errors="0" skipped="0">`);
    out.push('    <properties>');
    if (report.policy) out.push(`      <property name="policy" value="${xmlAttr(report.policy.id)}"/>`);
    out.push(`      <property name="failOn" value="${xmlAttr(report.failOn)}"/>`);
    if (report.replay !== undefined) out.push(`      <property name="replay" value="${xmlAttr(report.replay)}"/>`);
    out.push('    </properties>');
    for (const testCase of cases) out.push(...renderCase(testCase, classname));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
