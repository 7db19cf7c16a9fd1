/**
 * Self-check of the policy → arbitrary compiler: the validator accepts every conforming record and
 * flags every mutant with exactly its oracle's code (the set of distinct codes equals {oracle}; no
 * mutation implies a second code). Scale with TG_PROPERTY_RUNS (default 60 conforming records and
 * 30 mutants per class and policy).
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, type CompiledPolicy } from '../../src/compile/compile.js';
import { conformingRecord, mutationClasses } from '../../src/compile/to-arbitrary.js';
import { encodeEnvelope } from '../../src/envelope/encode.js';
import type { EnvelopeFormat } from '../../src/envelope/types.js';
import { loadPolicy, parsePolicy } from '../../src/policy/load.js';
import { checkPayload } from '../../src/validate/validate.js';

const RUNS = Math.max(2, Math.round(Number(process.env['TG_PROPERTY_RUNS'] ?? 60)));
const MUTANT_RUNS = Math.max(1, Math.round(RUNS / 2));

/** Small policies that reach what the shipped ones do not: OTLP nesting, epochs, weeks, prefixes, string flags. */
const INLINE: Record<string, string> = {
  'inline-otlp': `
policy: inline-otlp
format: otlp
fields:
  service.name: { type: string, required: true, enum: [checkout, search] }
  app.build: { type: integer, minimum: 1, maximum: 999 }
  event.time: { type: integer, granularity: minute, required: true }
  user.hash: { type: string, pseudonym: { method: hmac-sha256, encoding: base64url, length: 22, prefix: 'u_' }, required: true }
  note: { type: string, maxLength: 300 }
  ctx:
    type: object
    fields:
      week: { type: string, format: date, granularity: week, required: true }
      tags: { type: array, maxItems: 4, items: { type: string, maxLength: 20 } }
      consent: { type: string, enum: ['true', 'false'] }
prohibited: { fields: [email, user_name], entities: [EMAIL, PHONE, JWT, API_KEY, CREDIT_CARD] }
consent: { payloadFlag: { field: ctx.consent, whenFalse: reject } }
`,
  'inline-nullable': `
policy: inline-nullable
format: json
unknownFields: reject
fields:
  kind: { enum: [a, b, 3], required: true }
  score: { type: number, exclusiveMinimum: 0, exclusiveMaximum: 10, required: true }
  label: { type: string, nullable: true, minLength: 2, maxLength: 40 }
  month: { type: string, granularity: month, pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' }
  rate: { type: number, sampleRate: true }
  install: { type: string, pseudonym: { method: random-id, prefix: 'i-' } }
  items:
    type: array
    minItems: 1
    maxItems: 3
    items:
      type: object
      unknownFields: allow
      fields:
        id: { type: string, pseudonym: { method: uuid }, required: true }
        n: { type: integer, minimum: 0 }
prohibited: { fields: [ip], semconv: false }
sampling: { min: 0.1, max: 0.5 }
consent: { payloadFlag: { field: opted_in, required: false } }
`,
};

async function policies(): Promise<[string, CompiledPolicy][]> {
  const files = ['fixtures/e2e/demo.policy.yaml', ...readdirSync('policies').filter((f) => f.endsWith('.policy.yaml')).map((f) => `policies/${f}`)];
  const loaded = await Promise.all(files.map(async (f) => [f, compilePolicy(await loadPolicy(f))] as [string, CompiledPolicy]));
  return [...loaded, ...Object.entries(INLINE).map(([name, text]) => [name, compilePolicy(parsePolicy(text, name))] as [string, CompiledPolicy])];
}

const all = await policies();

function formatOf(compiled: CompiledPolicy): EnvelopeFormat {
  const f = compiled.policy.format;
  return f === undefined || f === 'auto' ? 'json' : f;
}

function codesOf(compiled: CompiledPolicy, record: Record<string, unknown>) {
  return checkPayload(compiled, encodeEnvelope([record], formatOf(compiled)), { input: 'property' }).findings;
}

describe.each(all)('%s', (_name, compiled) => {
  it('accepts every conforming record (zero findings, envelope-encoded)', () => {
    fc.assert(
      fc.property(conformingRecord(compiled.policy), (record) => {
        expect(codesOf(compiled, record).map((f) => `${f.code} ${f.pointer} ${f.entity ?? ''}`)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  const classes = mutationClasses(compiled.policy);
  it('has violation classes', () => {
    expect(classes.length).toBeGreaterThan(2);
  });

  it.each(classes.map((c) => [c.name, c] as const))('flags every %s mutant with exactly its oracle', (_c, c) => {
    fc.assert(
      fc.property(c.arbitrary, (mutant) => {
        const findings = codesOf(compiled, mutant.record);
        expect([...new Set(findings.map((f) => f.code))]).toEqual([mutant.oracle]);
        if (mutant.entity) expect(findings.map((f) => f.entity)).toContain(mutant.entity);
      }),
      { numRuns: MUTANT_RUNS },
    );
  });

  it('is deterministic for a seed', () => {
    const sample = () => fc.sample(fc.tuple(conformingRecord(compiled.policy), ...classes.map((c) => c.arbitrary)), { numRuns: 3, seed: 7 });
    expect(JSON.stringify(sample())).toBe(JSON.stringify(sample()));
  });
});
