import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import type { JsonRecord } from '../compile/to-arbitrary.js';
import { serializeEnvelope } from '../envelope/encode.js';
import type { EnvelopeFormat } from '../envelope/types.js';
import type { FuzzCase, Sent } from './cases.js';
import type { ReceiverRules } from './receiver-rules.js';

/** Nesting depth of the deep-nesting case. */
export const DEEP_NESTING = 10_000;
/** Decompressed size of the gzip bomb: at least this, and at least 16× the body limit (at most 1 GiB). */
const BOMB_MIN_BYTES = 64 * 1024 * 1024;

const MALFORMED = ['{"event":', '{"a": 1,}', 'not json at all', '{"a":1} trailing', '[1, 2', '{"a": "\\x"}', "{'a': 1}", '\u0000\u0001\u0002'];
const NOT_RECORDS = ['null', '42', '"text"', 'true'];

/** Protocol abuse: every case must get a 4xx, never a 5xx, a hang, a reset or a stack trace. */
export function protocolCases(conforming: fc.Arbitrary<JsonRecord>, format: EnvelopeFormat, rules: ReceiverRules): FuzzCase[] {
  const json = { 'content-type': 'application/json' };
  const raw = (body: string | Buffer, what: string, headers: Record<string, string> = json): Sent => ({ body, headers, records: [], format, what });
  return [
    { name: 'malformed-json', expect: 'refuse', runs: MALFORMED.length, arbitrary: fc.constantFrom(...MALFORMED).map((b) => raw(b, 'a malformed JSON body')) },
    { name: 'not-a-record', expect: 'refuse', runs: NOT_RECORDS.length, arbitrary: fc.constantFrom(...NOT_RECORDS).map((b) => raw(b, 'a JSON body that holds no record')) },
    { name: 'empty-body', expect: 'refuse', runs: 1, arbitrary: fc.constant(raw('', 'an empty body')) },
    {
      name: 'wrong-content-type',
      expect: 'refuse',
      runs: 1,
      arbitrary: conforming.map((r) => raw(serializeEnvelope([r], format), 'a conforming payload sent as application/xml', { 'content-type': 'application/xml' })),
    },
    {
      name: 'oversize',
      expect: 'refuse',
      runs: 1,
      resetTolerated: true,
      arbitrary: conforming.map((r) => {
        const text = serializeEnvelope([r], format);
        return raw(text + ' '.repeat(Math.max(0, rules.maxBodyBytes + 65_536 - text.length)), `a body of ${rules.maxBodyBytes + 65_536} bytes (over the ${rules.maxBodyBytes}-byte limit)`);
      }),
    },
    {
      name: 'deep-nesting',
      expect: 'refuse',
      runs: 1,
      arbitrary: fc.constant(raw(`{"nested":${'['.repeat(DEEP_NESTING)}${']'.repeat(DEEP_NESTING)}}`, `a body nested ${DEEP_NESTING} levels deep`)),
    },
    {
      name: 'gzip-bomb',
      expect: 'refuse',
      runs: 1,
      resetTolerated: true,
      arbitrary: fc.constant(null).map(() => bomb(rules.maxBodyBytes)).map((b) => raw(b.body, b.what, { ...json, 'content-encoding': 'gzip' })),
    },
  ];
}

let cached: { limit: number; body: Buffer; what: string } | undefined;

/** A small gzip body (concatenated members of 1 MiB of spaces) that decompresses to a huge, valid JSON `[]`. */
export function bomb(maxBodyBytes: number): { body: Buffer; what: string } {
  if (cached?.limit === maxBodyBytes) return cached;
  const mib = Math.min(1024, Math.ceil(Math.max(BOMB_MIN_BYTES, maxBodyBytes * 16) / (1024 * 1024)));
  const member = gzipSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 });
  const body = Buffer.concat([gzipSync('['), ...Array.from({ length: mib }, () => member), gzipSync(']')]);
  cached = { limit: maxBodyBytes, body, what: `a gzip body of ${body.length} bytes that decompresses to ${mib} MiB` };
  return cached;
}
