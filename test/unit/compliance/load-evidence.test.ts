import { describe, expect, it } from 'vitest';
import { checkEvidence, loadEvidence } from '../../../src/compliance/index.js';
import { leakyEvidence } from './_fixtures.js';

const valid = (): Record<string, unknown> => JSON.parse(JSON.stringify(leakyEvidence())) as Record<string, unknown>;
const step0 = (e: Record<string, unknown>): Record<string, unknown> => (e['steps'] as Record<string, unknown>[])[0] ?? {};

describe('checkEvidence', () => {
  it('accepts the sample run evidence', () => {
    expect(checkEvidence(valid(), 'x').steps.length).toBe(4);
  });

  it.each<[string, (e: Record<string, unknown>) => unknown, string]>([
    ['an array', () => [], 'evidence e.json: not a JSON object'],
    ['another format', (e) => ({ ...e, format: 'other/1' }), 'evidence e.json: format is not "telemetry-gate-evidence/1"'],
    ['no run times', (e) => ({ ...e, run: {} }), 'evidence e.json: run.startedAt / run.endedAt missing'],
    ['no steps', (e) => ({ ...e, steps: undefined }), 'evidence e.json: tool, policies or steps missing'],
    ['an unknown control', (e) => { step0(e)['tested'] = ['telepathy']; return e; }, 'evidence e.json: steps[0].tested is not a list of control ids'],
    ['an unknown code', (e) => { (step0(e)['findings'] as Record<string, unknown>[])[0]!['code'] = 'new-code'; return e; }, 'evidence e.json: steps[0].findings[0] has an unknown code (made by a newer version?)'],
    ['a bad severity', (e) => { (step0(e)['findings'] as Record<string, unknown>[])[0]!['severity'] = 'fatal'; return e; }, 'evidence e.json: steps[0].findings[0].severity is not error, warning or info'],
    ['object evidence', (e) => { (step0(e)['findings'] as Record<string, unknown>[])[0]!['evidence'] = { raw: 1 }; return e; }, 'evidence e.json: steps[0].findings[0].evidence is not a string'],
  ])('refuses %s with one line', (_name, mutate, message) => {
    expect(() => checkEvidence(mutate(valid()), 'e.json')).toThrow(message);
  });

  it.each([
    ['fixtures/evidence/missing.json', 'evidence fixtures/evidence/missing.json cannot be read: no such file'],
    ['policies/README.md', 'evidence policies/README.md is not valid JSON'],
  ])('loadEvidence(%s) fails with "%s"', async (file, message) => {
    await expect(loadEvidence(file)).rejects.toThrow(message);
  });
});
