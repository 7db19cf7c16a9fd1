import type { Evidence, EvidenceStep } from '../evidence/types.js';
import { CODES } from '../findings/codes.js';
import { severityRank, type Finding } from '../findings/finding.js';
import type { Severity } from '../findings/codes.js';
import { xmlAttr, xmlText } from '../report/formatters/_xml.js';

interface Case {
  readonly name: string;
  readonly failures: readonly Finding[];
  readonly others: readonly Finding[];
  readonly error?: string;
  /** A failure that is not a finding (e.g. a fixture lacking an expected code). */
  readonly failedWithout?: boolean;
}

/** `junit.xml`: one `<testsuite>` per step; a `<testcase>` per input (per NDJSON line) with findings, or one for a clean step; advisory findings go to `<system-out>`. */
export function renderJunit(evidence: Evidence): string {
  const failOn = evidence.run.failOn;
  const suites = evidence.steps.map((step) => ({ step, cases: casesOf(step, failOn) }));
  const failures = (cases: readonly Case[]): number => cases.filter((c) => c.failures.length > 0 || c.failedWithout === true).length;
  const errors = (cases: readonly Case[]): number => cases.filter((c) => c.error !== undefined).length;
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="telemetry-gate run" tests="${tests}" failures="${suites.reduce((n, s) => n + failures(s.cases), 0)}" errors="${suites.reduce((n, s) => n + errors(s.cases), 0)}" time="${secs(evidence.steps.reduce((n, s) => n + s.durationMs, 0))}">`,
  ];
  for (const { step, cases } of suites) {
    out.push(`  <testsuite name="${xmlAttr(step.id)}" tests="${cases.length}" failures="${failures(cases)}" errors="${errors(cases)}" skipped="0" time="${secs(step.durationMs)}">`);
    out.push('    <properties>');
    const props: [string, string | undefined][] = [
      ['kind', step.kind], ['policy', step.policy ?? undefined], ['command', step.command], ['status', step.status],
      ['advisory', step.advisory ? 'true' : undefined], ['seed', step.seed === undefined ? undefined : String(step.seed)],
      ['records', String(step.records)], ['tested', step.tested.join(',') || undefined],
    ];
    for (const [name, value] of props) if (value !== undefined) out.push(`      <property name="${name}" value="${xmlAttr(value)}"/>`);
    out.push('    </properties>');
    for (const c of cases) out.push(...renderCase(c, `telemetry-gate.${step.kind}`));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function casesOf(step: EvidenceStep, failOn: Severity): Case[] {
  if (step.status === 'error') return [{ name: step.id, failures: [], others: [], error: step.error ?? 'the step could not run' }];
  const failing = (f: Finding): boolean => !step.advisory && severityRank(f.severity) <= severityRank(failOn);
  const groups = new Map<string, Finding[]>();
  for (const f of step.findings) {
    const key = f.line === undefined ? f.input : `${f.input}:${f.line}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const cases: Case[] = [...groups].map(([name, findings]) => ({ name, failures: findings.filter(failing), others: findings.filter((f) => !failing(f)) }));
  if (cases.length === 0) return [{ name: step.id, failures: [], others: [], failedWithout: step.status === 'fail' && !step.advisory }];
  if (step.status === 'fail' && !step.advisory && !cases.some((c) => c.failures.length > 0)) cases.push({ name: step.id, failures: [], others: [], failedWithout: true });
  return cases;
}

function renderCase(c: Case, classname: string): string[] {
  const open = `    <testcase classname="${xmlAttr(classname)}" name="${xmlAttr(c.name)}"`;
  if (c.error === undefined && c.failures.length === 0 && c.others.length === 0 && !c.failedWithout) return [`${open}/>`];
  const out = [`${open}>`];
  if (c.error !== undefined) out.push(`      <error type="tool-error" message="${xmlAttr(c.error)}"/>`);
  if (c.failedWithout) out.push('      <failure type="step-failed" message="the step failed (see its table in evidence.json)"/>');
  for (const f of c.failures) {
    const body = [`${f.pointer || '/'} ${f.entity ?? ''} ${f.evidence ?? ''}`.trim(), CODES[f.code].help, ...(f.replay ? [`replay: ${f.replay}`] : [])];
    out.push(`      <failure type="${xmlAttr(f.code)}" message="${xmlAttr(f.message)}">${xmlText(body.join('\n'))}</failure>`);
  }
  if (c.others.length > 0) {
    const text = c.others.map((f) => `${f.severity} ${f.code} ${f.pointer || '/'}: ${f.message}${f.evidence ? ` [${f.evidence}]` : ''}`);
    out.push(`      <system-out>${xmlText(text.join('\n'))}</system-out>`);
  }
  out.push('    </testcase>');
  return out;
}

function secs(ms: number): string {
  return (ms / 1000).toFixed(3);
}
