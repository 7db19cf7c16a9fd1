import { beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy, type CompiledPolicy } from '../../../src/compile/compile.js';
import type { Finding } from '../../../src/findings/finding.js';
import { loadPolicy, parsePolicy } from '../../../src/policy/load.js';
import { judgePayloads, safePointer, statusesOf, violationBody } from '../../../src/serve/judge.js';

const CLEAN = { event_name: 'discord.generator.invoke', surface: 'discord', telemetryOptIn: true };
let demo: CompiledPolicy;
beforeAll(async () => {
  demo = compilePolicy(await loadPolicy('fixtures/e2e/demo.policy.yaml'));
});

describe('statusesOf', () => {
  it.each([
    ['', { accept: 202, discard: 202, reject: 422 }],
    ['receiver: { accept: [200, 202, 204], reject: [400, 422] }\n', { accept: 202, discard: 202, reject: 422 }],
    ['receiver: { accept: [200], reject: [400, 403] }\n', { accept: 200, discard: 200, reject: 400 }],
    ['receiver: { accept: [204], discard: [202, 204] }\n', { accept: 204, discard: 202, reject: 422 }],
  ])('%j → %j', (receiver, expected) => {
    expect(statusesOf(compilePolicy(parsePolicy(`policy: p\nfields: { a: { type: string } }\n${receiver}`, 'p.yaml')))).toEqual(expected);
  });
});

describe('judgePayloads', () => {
  it.each([
    ['all conforming', [CLEAN, CLEAN], 'accepted', 2],
    ['one opted out among conforming: it alone is dropped', [CLEAN, { ...CLEAN, telemetryOptIn: false }], 'accepted', 1],
    ['only opted out', [{ ...CLEAN, telemetryOptIn: false }], 'discarded', 0],
    ['opted out and violating', [{ ...CLEAN, telemetryOptIn: false, extra: 1 }], 'rejected', 0],
    ['one violating among conforming', [CLEAN, { ...CLEAN, user_id: 'u' }], 'rejected', 0],
    ['not an object: the envelope cannot hold it', ['text'], 'invalid', 0],
  ])('%s → %s', (_name, values, kind, kept) => {
    const verdict = judgePayloads(demo, values.map((value) => ({ value })), '/x');
    expect(verdict.kind).toBe(kind);
    expect(verdict.kind === 'accepted' ? verdict.keep.length : 0).toBe(kept);
  });

  it('calls a payload nested too deep invalid', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 500; i++) deep = { a: deep };
    expect(judgePayloads(demo, [{ value: deep }], '/x').kind).toBe('invalid');
  });
});

describe('violationBody and safePointer', () => {
  const finding = (code: Finding['code'], pointer: string, severity: Finding['severity'] = 'error', line?: number): Finding =>
    ({ code, pointer, severity, message: 'm', input: '/x', regulations: [], ...(line ? { line } : {}) }) as Finding;

  it('lists distinct codes of error findings only, with pointers and lines', () => {
    expect(violationBody([finding('unknown-field', '/b', 'error', 2), finding('unknown-field', '/a'), finding('unknown-field', '/w', 'warning'), finding('pii-value', '/a')])).toEqual({
      error: 'policy-violation',
      codes: ['pii-value', 'unknown-field'],
      findings: [{ code: 'unknown-field', pointer: '/b', line: 2 }, { code: 'unknown-field', pointer: '/a' }, { code: 'pii-value', pointer: '/a' }],
    });
  });

  it.each([
    ['', ''],
    ['/properties/$set/plan', '/properties/$set/plan'],
    ['/batch/0/service.name', '/batch/0/service.name'],
    ['/jane.doe@example.com', '/j***m(20)'],
    ['/a/+15551234567', '/a/+***7(12)'],
    [`/${'k'.repeat(80)}`, '/k***k(80)'],
  ])('%s → %s', (pointer, safe) => {
    expect(safePointer(pointer)).toBe(safe);
  });
});
