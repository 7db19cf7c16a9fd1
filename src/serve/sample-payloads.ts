/**
 * Conforming payloads for load tests: records from the policy's fast-check arbitrary
 * (compile/to-arbitrary.ts), each wrapped in the policy's envelope, kept only if the policy's own
 * validator finds no error in it (a guard: the arbitrary is meant to conform already).
 */
import fc from 'fast-check';
import type { CompiledPolicy } from '../compile/compile.js';
import { conformingRecord } from '../compile/to-arbitrary.js';
import { encodeEnvelope } from '../envelope/encode.js';
import type { EnvelopeFormat } from '../envelope/types.js';
import { checkPayload } from '../validate/validate.js';

/** The envelope one JSON body is sent in: the policy's format; plain JSON for auto and NDJSON. */
export function bodyFormat(compiled: CompiledPolicy): EnvelopeFormat {
  const format = compiled.policy.format;
  return format === undefined || format === 'auto' || format === 'ndjson' ? 'json' : format;
}

/**
 * Up to `count` conforming payloads (one record each, as parsed JSON values), deterministic for a
 * seed. At most 2 × count records are drawn; fewer payloads come back only if some fail validation.
 */
export function samplePayloads(compiled: CompiledPolicy, options: { seed?: number; count?: number } = {}): unknown[] {
  const count = options.count ?? 32;
  const format = bodyFormat(compiled);
  const records = fc.sample(conformingRecord(compiled.policy), { seed: options.seed ?? 1, numRuns: count * 2 });
  const out: unknown[] = [];
  for (const record of records) {
    if (out.length >= count) break;
    const payload = encodeEnvelope([record], format);
    try {
      const { findings } = checkPayload(compiled, payload, { input: 'sample', format });
      if (findings.every((f) => f.severity !== 'error')) out.push(payload);
    } catch {
      // not conforming: skip
    }
  }
  return out;
}
