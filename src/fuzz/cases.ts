import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import type { CompiledPolicy } from '../compile/compile.js';
import { conformingRecord, mutationClasses, type JsonRecord, type Mutant } from '../compile/to-arbitrary.js';
import { serializeEnvelope } from '../envelope/encode.js';
import type { EnvelopeFormat } from '../envelope/types.js';
import { protocolCases } from './protocol-cases.js';
import type { ReceiverRules } from './receiver-rules.js';

/**
 * What the policy expects a receiver to do with a case's payloads: accept it, reject it with a declared
 * status, accept-and-discard it (opted out), or refuse it with any 4xx (protocol abuse).
 */
export type Expectation = 'accept' | 'reject' | 'discard' | 'refuse';

/** One request of a case: the body and headers, and what it carries (for messages and echo checks). */
export interface Sent {
  readonly body: string | Buffer;
  readonly headers: Readonly<Record<string, string>>;
  /** The logical records in the payload (empty for protocol abuse). */
  readonly records: readonly JsonRecord[];
  /** The mutant, for a violation case. */
  readonly mutant?: Mutant;
  readonly format: EnvelopeFormat;
  /** Short description of the payload, without values. */
  readonly what: string;
}

/** A class of requests: its name (used in `--path`), what the receiver must do, and how to make them. */
export interface FuzzCase {
  readonly name: string;
  readonly expect: Expectation;
  readonly arbitrary: fc.Arbitrary<Sent>;
  /** Runs of this case (protocol cases run a fixed few). */
  readonly runs: number;
  /** A transport reset is only a warning for this case (the receiver may close on an oversize body). */
  readonly resetTolerated?: boolean;
}

/** What happened in one case. */
export interface CaseSummary {
  readonly name: string;
  readonly expect: Expectation;
  /** Requests sent, shrinking included. */
  readonly sent: number;
  readonly failed: boolean;
  /** True when the case sent nothing because the receiver had stopped answering. */
  readonly skipped: boolean;
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/** The envelope format payloads are sent in (the policy's, json when it says auto). */
export function wireFormat(compiled: CompiledPolicy): EnvelopeFormat {
  const format = compiled.policy.format;
  return format === undefined || format === 'auto' ? 'json' : format;
}

/** Every case for a policy: conforming payloads, each violation class, and protocol abuse. */
export function fuzzCases(compiled: CompiledPolicy, rules: ReceiverRules, runs: number): FuzzCase[] {
  const format = wireFormat(compiled);
  const headers = format === 'ndjson' ? { 'content-type': 'application/x-ndjson' } : JSON_HEADERS;
  const conforming = conformingRecord(compiled.policy);
  const batch = format === 'json' || format === 'ndjson' ? fc.tuple(conforming) : fc.array(conforming, { minLength: 1, maxLength: 3 });
  const cases: FuzzCase[] = [
    {
      name: 'conforming',
      expect: 'accept',
      runs,
      arbitrary: batch.map((records) => ({ body: serializeEnvelope(records, format), headers, records, format, what: `a conforming payload of ${records.length} record(s)` })),
    },
  ];
  for (const c of mutationClasses(compiled.policy)) {
    const expect: Expectation = c.oracle === 'opted-out-payload' ? (rules.whenFalse === 'reject' ? 'reject' : 'discard') : 'reject';
    cases.push({
      name: c.name,
      expect,
      runs,
      arbitrary: c.arbitrary.map((mutant) => ({
        body: serializeEnvelope([mutant.record], format),
        headers,
        records: [mutant.record],
        mutant,
        format,
        what: `a payload with ${mutant.mutation}`,
      })),
    });
  }
  cases.push({
    name: 'gzip',
    expect: 'accept',
    runs: Math.min(runs, 5),
    arbitrary: batch.map((records) => ({
      body: gzipSync(serializeEnvelope(records, format)),
      headers: { ...headers, 'content-encoding': 'gzip' },
      records,
      format,
      what: `a gzip-compressed conforming payload of ${records.length} record(s)`,
    })),
  });
  return [...cases, ...protocolCases(conforming, format, rules)];
}
