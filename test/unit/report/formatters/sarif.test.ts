import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../../src/findings/codes.js';
import { INFORMATION_URI, findingFingerprint, formatSarif, toSarif } from '../../../../src/report/formatters/sarif.js';
import { reportArb } from '../report-arbitrary.js';
import { CLEAN, MIXED, reportOf } from '../report-fixtures.js';

// The official OASIS SARIF 2.1.0 schema (draft-07), vendored: see fixtures/schemas/README.md.
const sarifSchema = JSON.parse(readFileSync(new URL('../../../../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv>) => void;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

const sarifOf = (report: Parameters<typeof formatSarif>[0]): Log => JSON.parse(formatSarif(report, { color: false })) as Log;
const run = (log: Log) => log.runs[0]!;

describe('formatSarif', () => {
  it.each([
    ['clean run', CLEAN],
    ['mixed findings', MIXED],
  ])('validates against the official SARIF 2.1.0 schema: %s', (_, report) => {
    expect(validate(sarifOf(report)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates for arbitrary reports, hostile inputs and pointers included (property)', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        if (!validate(sarifOf(report))) throw new Error(JSON.stringify(validate.errors));
      }),
      { numRuns: 200 },
    );
  });

  it('the schema check can fail: an unknown level is rejected', () => {
    const log = toSarif(MIXED);
    const broken = { ...log, runs: [{ ...run(log), results: [{ ...run(log).results?.[0], level: 'fatal' }] }] };
    expect(validate(broken)).toBe(false);
  });

  it('describes the tool and one rule per code used, in catalogue order', () => {
    const { driver } = run(sarifOf(MIXED)).tool;
    expect(driver.name).toBe('telemetry-gate');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBe(INFORMATION_URI);
    expect(driver.rules?.map((r) => r.id)).toEqual(['unknown-field', 'pii-value']);
    const pii = driver.rules?.[1];
    expect(pii?.name).toBe('PiiValue');
    expect(pii?.shortDescription?.text).toBe(CODES['pii-value'].title);
    expect(pii?.fullDescription?.text).toBe(CODES['pii-value'].help);
    expect(pii?.defaultConfiguration?.level).toBe('error');
    expect(pii?.properties?.tags).toEqual(['privacy', 'prohibited-data']);
    expect(pii?.help?.markdown).toContain('- **GDPR:** Art. 5(1)(c) [T], Art. 4(1) [T]');
    expect(pii?.help?.markdown).toContain('NDPR 1.3 [T, legacy]');
  });

  it('maps each finding to a result pointing at its rule, file, line and pointer', () => {
    const results = run(sarifOf(MIXED)).results ?? [];
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['unknown-field', 0, 'error'],
      ['pii-value', 1, 'error'],
      ['unknown-field', 0, 'warning'],
    ]);
    expect(results[1]).toMatchObject({
      message: { text: 'Field "note" holds an email address.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/events/a.ndjson' }, region: { startLine: 3 } }, logicalLocations: [{ fullyQualifiedName: '/note' }] }],
      properties: { pointer: '/note', entity: 'EMAIL', evidence: 'j***@e***.com' },
    });
  });

  it('uses line 1 and no logical location for a whole JSON payload; info is a note', () => {
    const log = sarifOf(reportOf([{ code: 'unknown-field', severity: 'info', message: 'm', input: 'a.json', pointer: '' }]));
    const [result] = run(log).results ?? [];
    expect(result?.level).toBe('note');
    expect(result?.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'a.json' }, region: { startLine: 1 } } }]);
  });

  it.each([
    ['fixtures/a.ndjson', 'fixtures/a.ndjson'],
    ['-', '-'],
    ['dir/a b#1.json', 'dir/a%20b%231.json'],
    ['C:\\Users\\runner\\x.json', 'C%3A/Users/runner/x.json'],
    ['100%.json', '100%25.json'],
    ['http://127.0.0.1:4318/v1/logs', 'http://127.0.0.1:4318/v1/logs'],
    ['http://127.0.0.1:4318/a b|c', 'http://127.0.0.1:4318/a%20b%7Cc'],
    ['https://h/a[1]?q=^#x#y', 'https://h/a%5B1%5D?q=%5E#x%23y'],
    ['http://[::1', 'http%3A//%5B%3A%3A1'],
  ])('artifact uri of %j is %j', (input, uri) => {
    const log = toSarif(reportOf([{ code: 'unknown-field', message: 'm', input, pointer: '/a' }]));
    expect(run(log).results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(uri);
  });

  it('fingerprints code, input, pointer and entity only: message, line and evidence do not change it', () => {
    const [a, b] = reportOf([
      { code: 'pii-value', message: 'one', input: 'x.ndjson', line: 1, pointer: '/e', entity: 'EMAIL', evidence: 'a***@b***.com' },
      { code: 'pii-value', message: 'two', input: 'x.ndjson', line: 9, pointer: '/e', entity: 'EMAIL', evidence: 'z***@y***.org' },
    ]).findings;
    expect(findingFingerprint(a!)).toBe(findingFingerprint(b!));
    expect(findingFingerprint(a!)).toMatch(/^[0-9a-f]{64}$/);
    expect(findingFingerprint({ ...a!, entity: 'PHONE' })).not.toBe(findingFingerprint(a!));
    expect(findingFingerprint({ ...a!, pointer: '/f' })).not.toBe(findingFingerprint(a!));
  });

  it('keeps the replay command of the run and of each finding', () => {
    const report = reportOf([{ code: 'receiver-error', message: 'm', input: 'http://127.0.0.1:1/', pointer: '', seed: 7, replay: 'r1' }], { seed: 7, replay: 'r0' });
    const log = sarifOf(report);
    expect(run(log).properties).toMatchObject({ seed: 7, replay: 'r0' });
    expect(run(log).results?.[0]?.properties).toMatchObject({ seed: 7, replay: 'r1' });
  });
});
