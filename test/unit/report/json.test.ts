import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../src/findings/codes.js';
import { ENTITIES } from '../../../src/findings/entities.js';
import { formatJson } from '../../../src/report/formatters/json.js';
import type { Report } from '../../../src/report/report.js';
import { reportArb } from './report-arbitrary.js';
import { CLEAN, MIXED, reportOf } from './report-fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/report.schema.json', import.meta.url), 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const jsonOf = (report: Report): unknown => JSON.parse(formatJson(report, { color: false }));

describe('formatJson', () => {
  it('is the report, pretty-printed, with a final newline', () => {
    const out = formatJson(MIXED, { color: false });
    expect(out).toBe(`${JSON.stringify(MIXED, null, 2)}\n`);
    expect(JSON.parse(out)).toEqual(MIXED);
  });

  it.each([
    ['clean run', CLEAN],
    ['mixed findings', MIXED],
    ['scan without a policy, stdin input, root pointer', reportOf([{ code: 'secret-value', message: 'A GitHub token.', input: '-', pointer: '', entity: 'API_KEY', evidence: 'g***x(40)' }], { policy: null, command: 'scan', inputs: ['-'] })],
    ['fuzz run with seed, replay, tables and timings', reportOf([], { seed: -12345, replay: 'telemetry-gate fuzz receiver --seed -12345', tables: [{ title: 'Consent matrix', columns: ['scenario', 'requests'], rows: [['ci', 0]] }], timings: { compile: 1.5 } })],
  ])('validates against schemas/report.schema.json: %s', (_, report) => {
    expect(validate(jsonOf(report)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates for arbitrary reports (property)', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        if (!validate(jsonOf(report))) throw new Error(JSON.stringify(validate.errors));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a code outside the catalogue', { ...MIXED, findings: [{ ...MIXED.findings[0], code: 'made-up' }] }],
    ['an entity outside the vocabulary', { ...MIXED, findings: [{ ...MIXED.findings[0], entity: 'SSN' }] }],
    ['line 0', { ...MIXED, findings: [{ ...MIXED.findings[0], line: 0 }] }],
    ['a pointer without a leading slash', { ...MIXED, findings: [{ ...MIXED.findings[0], pointer: 'note' }] }],
    ['a pointer with a bad escape', { ...MIXED, findings: [{ ...MIXED.findings[0], pointer: '/a~2' }] }],
    ['an unknown top-level key', { ...MIXED, extra: 1 }],
    ['an unknown finding key', { ...MIXED, findings: [{ ...MIXED.findings[0], raw: 'x' }] }],
    ['no summary', { ...MIXED, summary: undefined }],
    ['no policy key', { ...MIXED, policy: undefined }],
  ])('rejects %s', (_, report) => {
    expect(validate(jsonOf(report as Report))).toBe(false);
  });

  it('lists exactly the catalogue codes and the entity vocabulary', () => {
    expect(schema.$defs.code.enum).toEqual(FINDING_CODES);
    expect(schema.$defs.entity.enum).toEqual([...ENTITIES]);
  });
});
