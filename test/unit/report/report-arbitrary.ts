import fc from 'fast-check';
import { CODES, FINDING_CODES, type Severity } from '../../../src/findings/codes.js';
import { ENTITIES } from '../../../src/findings/entities.js';
import type { Finding } from '../../../src/findings/finding.js';
import { provisionsOf, type Regime } from '../../../src/findings/regulations.js';
import { summarize } from '../../../src/findings/summary.js';
import type { Report, ReportTable } from '../../../src/report/report.js';

const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
/** Hostile text: any UTF-16 code units (control characters, lone surrogates, markup). */
const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('a|b`c', 'a\\|b\\', '``|', '<x>&"\'', '%0A::error::x', ']]>', '\u001b[31mred', 'line\r\nnext'));

/** RFC 6901 pointer built from arbitrary keys. */
export const pointerArb = fc
  .array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 4 })
  .map((keys) => keys.map((k) => `/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''));

const inputArb = fc.oneof(
  fc.constantFrom('-', 'fixtures/events/a.ndjson', 'C:\\Users\\runner\\a b.json', 'http://127.0.0.1:4318/v1/logs', 'dir/100%.json'),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostile.map((text) => `http://${text}`),
  hostile,
);

/** An arbitrary finding of any catalogue code, with regulations from the catalogue. */
export const findingArb: fc.Arbitrary<Finding> = fc
  .record(
    {
      code: fc.constantFrom(...FINDING_CODES),
      severity,
      message: hostile,
      input: inputArb,
      line: fc.integer({ min: 1, max: 1_000_000 }),
      pointer: pointerArb,
      field: hostile,
      entity: fc.constantFrom(...ENTITIES),
      evidence: hostile,
      disguise: fc.array(fc.constantFrom('base64', 'percent', 'url-query'), { maxLength: 2 }),
      rule: hostile,
      regimes: fc.subarray<Regime>(['gdpr', 'ccpa', 'nigeria']),
      seed: fc.integer(),
      path: fc.string({ maxLength: 10 }),
      replay: hostile,
    },
    { requiredKeys: ['code', 'severity', 'message', 'input', 'pointer', 'regimes'] },
  )
  .map(({ regimes, ...rest }) => ({ ...rest, regulations: provisionsOf(CODES[rest.code].controls, regimes) }));

const tableArb: fc.Arbitrary<ReportTable> = fc.record({
  title: hostile,
  columns: fc.array(hostile, { minLength: 1, maxLength: 4 }),
  rows: fc.array(fc.array(fc.oneof(hostile, fc.integer()), { maxLength: 4 }), { maxLength: 4 }),
});

/** An arbitrary report whose summary is computed from its findings, as commands do. */
export const reportArb: fc.Arbitrary<Report> = fc
  .record(
    {
      version: fc.string({ maxLength: 10 }),
      command: fc.constantFrom('validate', 'scan', 'fuzz receiver', 'probe emitter'),
      policy: fc.option(
        fc.record(
          { id: fc.string({ minLength: 1, maxLength: 20 }), title: hostile, file: hostile, sha256: fc.stringMatching(/^[0-9a-f]{64}$/) },
          { requiredKeys: ['id', 'file', 'sha256'] },
        ),
      ),
      inputs: fc.array(inputArb, { maxLength: 3 }),
      records: fc.nat(),
      failOn: severity,
      findings: fc.array(findingArb, { maxLength: 12 }),
      seed: fc.integer(),
      replay: hostile,
      tables: fc.array(tableArb, { maxLength: 2 }),
      timings: fc.dictionary(fc.string({ maxLength: 8 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
    },
    { requiredKeys: ['version', 'command', 'policy', 'inputs', 'records', 'failOn', 'findings'] },
  )
  .map(({ version, findings, ...rest }) => ({ ...rest, tool: { name: 'telemetry-gate' as const, version }, findings, summary: summarize(findings) }));
