/**
 * Masking of evidence. No output of this tool repeats a raw personal value or secret:
 * evidence keeps at most the first and last character of each part, plus its length.
 */

/** Mask an email as `a***@e***.com`. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskValue(value);
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}***@${host.slice(0, 1)}***${tld.length <= 6 ? tld : ''}`;
}

/** Mask any value: first and last character and the length, `***` when too short to show any. */
export function maskValue(value: string): string {
  // Characters are code points: a surrogate pair is one character, never split.
  const chars = SURROGATE.test(value) ? Array.from(value) : undefined;
  const n = chars === undefined ? value.length : chars.length;
  if (n <= 6) return `***(${n})`;
  return chars === undefined ? `${value[0]}***${value[n - 1]}(${n})` : `${chars[0]}***${chars[n - 1]}(${n})`;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Mask a value according to the entity it was detected as. */
export function maskEvidence(value: string, entity?: string): string {
  if (entity === 'EMAIL' || (entity === undefined && /^[^@\s]+@[^@\s]+$/.test(value))) return maskEmail(value);
  return maskValue(value);
}

/** Describe a value for a message without showing it: its JSON type and size. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `a string of ${Array.from(value).length} characters`;
    case 'number':
      return Number.isInteger(value) ? 'an integer' : 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
