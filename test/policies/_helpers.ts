/** Shared helpers for the shipped-policy tests: paths, a compact view of findings, OTLP builders. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePolicy, loadPolicy, runPolicyTests, validatePayload, type Finding } from '../../src/index.js';

/** Absolute path of a shipped policy file. */
export function policyPath(id: string): string {
  return fileURLToPath(new URL(`../../policies/${id}.policy.yaml`, import.meta.url));
}

/** Absolute path of the fixtures root (`fixtures/events`). */
export const FIXTURES_ROOT = fileURLToPath(new URL('../../fixtures/events', import.meta.url));

/** A finding as the tables state it: code and pointer, plus the entity for PII, secret and hash detections. */
export type Expected = readonly [code: string, pointer: string] | readonly [code: string, pointer: string, entity: string];

/**
 * Findings → distinct, sorted `[code, pointer(, entity)]` tuples (detectors may report a value twice).
 * A `custom-pattern` finding names its policy pattern, not an entity, so its entity is left out.
 */
export function summarise(findings: readonly Finding[]): Expected[] {
  const seen = new Map<string, Expected>();
  for (const f of findings) {
    const row: Expected = f.entity === undefined || f.code === 'custom-pattern' ? [f.code, f.pointer] : [f.code, f.pointer, f.entity];
    seen.set(row.join('\u0000'), row);
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** Sort expected tuples the way `summarise` does, so tables can be written in reading order. */
export function sorted(rows: readonly Expected[]): Expected[] {
  return [...rows].sort((a, b) => {
    const x = a.join('\u0000');
    const y = b.join('\u0000');
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

type Scalar = string | number | boolean;

/** An OTLP KeyValue list from a plain object (strings → stringValue, numbers → doubleValue, booleans → boolValue), in key order. */
export function attrs(values: Readonly<Record<string, Scalar>>): { key: string; value: Record<string, Scalar> }[] {
  return Object.entries(values).map(([key, v]) => {
    const value: Record<string, Scalar> = typeof v === 'string' ? { stringValue: v } : typeof v === 'number' ? { doubleValue: v } : { boolValue: v };
    return { key, value };
  });
}

/** An OTLP/JSON traces export request with one resource, one scope and one span. */
export function spanPayload(resource: Readonly<Record<string, Scalar>>, span: Readonly<Record<string, Scalar>>, name = 'automagik.feature.used'): unknown {
  return {
    resourceSpans: [
      {
        resource: { attributes: attrs(resource) },
        scopeSpans: [
          {
            scope: { name: 'omni.telemetry', version: '1.4.0' },
            spans: [
              {
                traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
                spanId: '00f067aa0ba902b7',
                name,
                kind: 'SPAN_KIND_INTERNAL',
                startTimeUnixNano: '1761134400000000000',
                endTimeUnixNano: '1761134400000000000',
                attributes: attrs(span),
                status: { code: 1 },
              },
            ],
          },
        ],
      },
    ],
  };
}

/** An OTLP/JSON logs export request with one resource, one scope and one log record. */
export function logPayload(resource: Readonly<Record<string, Scalar>>, record: Readonly<Record<string, Scalar>>, body: string): unknown {
  return {
    resourceLogs: [
      {
        resource: { attributes: attrs(resource) },
        scopeLogs: [
          {
            scope: { name: 'omni.telemetry', version: '1.4.0' },
            logRecords: [{ timeUnixNano: '1761134520000000000', severityNumber: 17, severityText: 'ERROR', body: { stringValue: body }, attributes: attrs(record) }],
          },
        ],
      },
    ],
  };
}

/** One table case of a policy test: a payload and the exact findings it must give. */
export interface PolicyCase {
  readonly name: string;
  readonly event: unknown;
  readonly findings: readonly Expected[];
}

/**
 * The shared shape of every shipped policy's test: its table of cases, then its own fixtures
 * (at least 3 valid and 5 invalid, each giving exactly the codes its expected.yaml lists).
 */
export async function describePolicy(id: string, cases: readonly PolicyCase[]): Promise<void> {
  const loaded = await loadPolicy(policyPath(id));
  const compiled = compilePolicy(loaded);
  const results = await runPolicyTests(loaded, FIXTURES_ROOT);
  describe(`policies/${id}.policy.yaml`, () => {
    it.each(cases)('$name', ({ event, findings }) => {
      expect(summarise(validatePayload(compiled, event, { input: 'case' }))).toEqual(sorted(findings));
    });

    it('ships at least 3 valid and 5 invalid fixtures', () => {
      expect(results.filter((r) => r.kind === 'valid').length).toBeGreaterThanOrEqual(3);
      expect(results.filter((r) => r.kind === 'invalid').length).toBeGreaterThanOrEqual(5);
    });
    it.each(results.map((r) => [r.fixture, r] as const))('fixture %s yields exactly its expected codes', (_name, r) => {
      expect({ actual: r.actual, reason: r.reason }).toEqual({ actual: [...new Set(r.expected)].sort(), reason: undefined });
    });
  });
}
