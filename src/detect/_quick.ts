/**
 * One allocation-free pass over a short string that settles the common clean shapes of telemetry
 * (identifiers, words, numbers, versions, lowercase hex ids, UUIDs, ISO timestamps, uppercase
 * digests) without a regular expression. It answers exactly what `inert(s) && base64Kind(s) ===
 * undefined` (on an untrimmed string) answers, or UNKNOWN when the shape needs the full path.
 */

/** The shape needs the full scan. */
export const UNKNOWN = 0;
/** Inert and not base64: no text detector can match (key-aware checks may still apply). */
export const CLEAN = 1;
/** Clean, and an md5/sha1/sha256-length hex digest (kept for unsalted-hash correlation). */
export const CLEAN_DIGEST = 2;

// Character classes (bits), ASCII only; anything else is OTHER.
const DIGIT = 1;
const LOWER_HEX = 2;
const LOWER = 4;
const UPPER_HEX = 8;
const UPPER = 16;
const DOT = 32;
const DASH = 64;
const UNDERSCORE = 128;
const DOLLAR = 256;
const OTHER = 512;
const CLASS = new Uint16Array(128).fill(OTHER);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 97; c <= 122; c++) CLASS[c] = c <= 102 ? LOWER_HEX : LOWER;
for (let c = 65; c <= 90; c++) CLASS[c] = c <= 70 ? UPPER_HEX : UPPER;
CLASS[46] = DOT;
CLASS[45] = DASH;
CLASS[95] = UNDERSCORE;
CLASS[36] = DOLLAR;

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LETTERS = LOWER_HEX | LOWER | UPPER_HEX | UPPER;

function isIso(s: string): boolean {
  return s.length >= 10 && s.charCodeAt(4) === 45 && ISO.test(s);
}

function isUuid(s: string): boolean {
  return s.length === 36 && s.charCodeAt(8) === 45 && s.charCodeAt(13) === 45 && s.charCodeAt(18) === 45 && s.charCodeAt(23) === 45;
}

/** Digits only, 12 to 19 of them: clean unless a card checksum passes (the caller checks it). */
export const CARD_DIGITS = 3;

let lastHash = 0;

/** FNV-1a hash of the string last given to quickVerdict (0 when it was not read: over 128 characters). */
export function quickHash(): number {
  return lastHash;
}

/** Verdict for one string of at most 128 characters (longer ones are UNKNOWN). */
export function quickVerdict(s: string): number {
  const n = s.length;
  lastHash = 0;
  if (n > 128 || n < 2) return UNKNOWN;
  let m = 0;
  let dots = 0;
  let dashes = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
    const k = c < 128 ? (CLASS[c] as number) : OTHER;
    m |= k;
    if (k === DOT) dots++;
    else if (k === DASH) dashes++;
  }
  lastHash = h;
  const v = shapeVerdict(s, n, m, dots, dashes);
  // A clean string of hex digits only, of digest length, is kept for unsalted-hash correlation.
  return v === CLEAN && (m & ~(DIGIT | LOWER_HEX | UPPER_HEX)) === 0 && (n === 32 || n === 40 || n === 64) ? CLEAN_DIGEST : v;
}

function shapeVerdict(s: string, n: number, m: number, dots: number, dashes: number): number {
  if ((m & OTHER) !== 0) return isIso(s) ? CLEAN : UNKNOWN; // an ISO time has ':' (never base64)
  if ((m & DIGIT) === 0) {
    // letters and _ . - $ only: inert; base64-shaped when long, capitalised and not all hex letters;
    // a long mixed-case run joined by `_` or `-` may be a token of letters only (`hf_…`)
    const upper = (m & (UPPER | UPPER_HEX)) !== 0;
    if (n >= 20 && upper && (m & (LOWER | LOWER_HEX)) !== 0 && (m & (UNDERSCORE | DASH)) !== 0) return UNKNOWN;
    const b64ish = n >= 12 && n % 4 !== 1 && upper && (m & (DOT | DOLLAR)) === 0 && (m & (LOWER | UPPER | UNDERSCORE | DASH)) !== 0;
    return b64ish ? UNKNOWN : CLEAN;
  }
  if ((m & LETTERS) === 0) {
    // digits with . - _ $
    if (dashes > 0) return isIso(s) ? CLEAN : UNKNOWN;
    if (dots === 0) return n <= 11 || n > 19 ? CLEAN : m === DIGIT ? CARD_DIGITS : UNKNOWN;
    return dots !== 3 && n - dots < 10 ? CLEAN : UNKNOWN;
  }
  if ((m & (UPPER | UPPER_HEX)) === 0) {
    // digits and lowercase: lowercase hex ids and UUIDs
    if ((m & LOWER_HEX) === 0 || (m & (LOWER | DOT | UNDERSCORE | DOLLAR)) !== 0) return UNKNOWN;
    if (dashes === 0) return CLEAN;
    return dashes === 4 && isUuid(s) ? CLEAN : UNKNOWN;
  }
  // capitals with digits: only an uppercase hex digest of 32..128 characters is inert
  return (m & ~(DIGIT | UPPER_HEX)) !== 0 || n < 32 ? UNKNOWN : CLEAN;
}
