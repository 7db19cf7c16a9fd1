import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/findings/entities.js';
import type { FindingInit } from '../../../src/findings/make.js';
import { describeValue, maskEvidence } from '../../../src/findings/mask.js';
import { FORMAT_NAMES, FORMATTERS } from '../../../src/report/formatters/index.js';
import type { Report } from '../../../src/report/report.js';
import { reportOf } from './report-fixtures.js';

// Canary: findings carry evidence masked by the detectors (maskEvidence); no formatter may
// print the raw value. Raw values are long and random enough never to occur in fixed text.
const lower = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 4, maxLength: 12 });
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const alnum = (n: number) => fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), minLength: n, maxLength: n });
const capitalised = lower.map((s) => s[0]!.toUpperCase() + s.slice(1));

const raws: fc.Arbitrary<{ entity: Entity; raw: string }> = fc.oneof(
  fc.tuple(lower, lower, fc.constantFrom('com', 'org', 'ng', 'co.uk')).map(([l, d, t]) => ({ entity: 'EMAIL' as const, raw: `${l}@${d}.${t}` })),
  digits(16).map((d) => ({ entity: 'CREDIT_CARD' as const, raw: `4${d.slice(1)}` })),
  alnum(36).map((t) => ({ entity: 'API_KEY' as const, raw: `ghp_${t}` })),
  alnum(24).map((t) => ({ entity: 'API_KEY' as const, raw: `sk_live_${t}` })),
  fc.tuple(alnum(20), alnum(30), alnum(20)).map(([a, b, c]) => ({ entity: 'JWT' as const, raw: `eyJ${a}.eyJ${b}.${c}` })),
  fc.tuple(capitalised, capitalised).map(([first, last]) => ({ entity: 'PERSON_NAME' as const, raw: `${first} ${last}` })),
  digits(9).map((d) => ({ entity: 'US_SSN' as const, raw: `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}` })),
);

function reportAround(entries: readonly { entity: Entity; raw: string }[], evidence: (raw: string, entity: Entity) => string): Report {
  const findings: FindingInit[] = entries.map(({ entity, raw }, i) => ({
    code: entity === 'API_KEY' || entity === 'JWT' ? 'secret-value' : 'pii-value',
    message: `Field "value" holds ${describeValue(raw)} that looks like ${entity}.`,
    input: 'fixtures/events/a.ndjson',
    line: i + 1,
    pointer: '/value',
    field: 'value',
    entity,
    evidence: evidence(raw, entity),
  }));
  return reportOf(findings, { replay: 'telemetry-gate validate --policy p.yaml fixtures/events/a.ndjson', tables: [{ title: 'Entities', columns: ['entity', 'count'], rows: entries.map((e) => [e.entity, 1]) }] });
}

describe('no formatter output repeats a raw value', () => {
  it('with masked evidence, no output of any format contains the raw value (property)', () => {
    fc.assert(
      fc.property(fc.array(raws, { minLength: 1, maxLength: 5 }), fc.boolean(), (entries, color) => {
        const report = reportAround(entries, maskEvidence);
        for (const name of FORMAT_NAMES) {
          const out = FORMATTERS[name](report, { color });
          for (const { raw } of entries) expect(out.includes(raw), `${name} leaked a raw ${raw.length}-character value`).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the canary can fail: unmasked evidence shows up in every format', () => {
    const entries = [{ entity: 'EMAIL' as const, raw: 'canary.person@example.org' }];
    const report = reportAround(entries, (raw) => raw);
    for (const name of FORMAT_NAMES) expect(FORMATTERS[name](report, { color: false }), name).toContain('canary.person@example.org');
  });
});
