import fc from 'fast-check';
import type { FieldRule } from '../../policy/types.js';
import { safeWord } from './strings.js';
import { truncate, writeTime } from './time.js';

const DAY_MS = 86_400_000;
/** An instant in 2020–2030 with milliseconds. */
const instant = fc.integer({ min: 18_262 * DAY_MS, max: 22_280 * DAY_MS - 1 });

/**
 * Values of a string `format`. Formats that are personal data by nature (email, ip) use
 * documentation names and ranges (example.com, RFC 5737, RFC 3849); a field declaring them
 * should also list the entity in `allowEntities`.
 */
export function formatValue(format: NonNullable<FieldRule['format']>): fc.Arbitrary<string> {
  switch (format) {
    case 'date-time':
      return instant.map((ms) => String(writeTime(truncate(ms, 'second'), 'date-time')));
    case 'date':
      return instant.map((ms) => String(writeTime(ms, 'date')));
    case 'time':
      return instant.map((ms) => `${new Date(ms).toISOString().slice(11, 19)}Z`);
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'uri':
      return fc.array(safeWord, { minLength: 0, maxLength: 3 }).map((words) => `https://example.com/${words.join('/')}`);
    case 'hostname':
      return safeWord.map((word) => `${word}.example.com`);
    case 'ipv4':
      return fc.integer({ min: 1, max: 254 }).map((n) => `192.0.2.${n}`);
    case 'ipv6':
      return fc.integer({ min: 1, max: 0xffff }).map((n) => `2001:db8::${n.toString(16)}`);
    case 'email':
      return safeWord.map((word) => `${word}@example.com`);
  }
}
