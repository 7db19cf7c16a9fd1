/** Character profile of a string: one pass decides which detectors can possibly match. */
export interface Profile {
  digits: number;
  upper: number;
  lower: number;
  space: number;
  at: number;
  colon: number;
  dot: number;
  dash: number;
  slash: number;
  eq: number;
  other: number;
}

/** Count the character classes the detectors gate on. */
export function profile(text: string): Profile {
  const p: Profile = { digits: 0, upper: 0, lower: 0, space: 0, at: 0, colon: 0, dot: 0, dash: 0, slash: 0, eq: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) p.lower++;
    else if (c >= 48 && c <= 57) p.digits++;
    else if (c === 32 || c === 10 || c === 9 || c === 13) p.space++;
    else if (c >= 65 && c <= 90) p.upper++;
    else if (c === 46) p.dot++;
    else if (c === 45) p.dash++;
    else if (c === 58) p.colon++;
    else if (c === 47 || c === 92) p.slash++;
    else if (c === 64) p.at++;
    else if (c === 61) p.eq++;
    else if (c > 127) p.other++;
  }
  return p;
}

const C_DIGIT = 1;
const C_LOWER = 2;
const C_UPPER = 4;
const C_HEXLETTER = 8;
const C_WORDCHAR = 16; // _ . - $
const C_OTHER = 32;

function classes(text: string): number {
  let m = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) m |= C_DIGIT;
    else if (c >= 97 && c <= 122) m |= c <= 102 ? C_LOWER | C_HEXLETTER : C_LOWER;
    else if (c >= 65 && c <= 90) m |= c <= 70 ? C_UPPER | C_HEXLETTER : C_UPPER;
    else if (c === 95 || c === 46 || c === 45 || c === 36) m |= C_WORDCHAR;
    else return m | C_OTHER;
  }
  return m;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const HEX_ID = /^(?:[0-9a-f]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const UPPER_HEX = /^[0-9A-F]{32,128}$/;

/**
 * True when no pattern detector can match the whole string (key-aware checks have already run):
 * identifiers and bare words, lowercase hex ids and UUIDs, ISO dates and timestamps, numbers too
 * short to be a card, and dotted versions that are not four-part.
 */
export function inert(text: string): boolean {
  const n = text.length;
  if (n > 128) return false;
  const m = classes(text);
  if ((m & C_OTHER) !== 0) return n >= 10 && text.charCodeAt(4) === 45 && ISO.test(text);
  if ((m & C_DIGIT) === 0) return true; // letters and _ . - $ only
  if ((m & (C_LOWER | C_UPPER)) === 0) {
    // digits with . - _ $: short numbers, long nanosecond timestamps, versions; not 4-part quads or dashed numbers
    if (text.includes('-')) return n >= 10 && text.charCodeAt(4) === 45 && ISO.test(text);
    const dots = text.split('.').length - 1;
    return dots === 0 ? n <= 11 || n > 19 : dots !== 3 && dots < 5;
  }
  if ((m & C_UPPER) === 0) return (m & C_HEXLETTER) !== 0 && HEX_ID.test(text); // hex ids, UUIDs
  return UPPER_HEX.test(text);
}

const HEX_DIGEST = /^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/;

/** True when the whole string is an md5/sha1/sha256-length hex digest. */
export function isHexDigest(text: string): boolean {
  return (text.length === 32 || text.length === 40 || text.length === 64) && HEX_DIGEST.test(text);
}
