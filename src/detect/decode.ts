import { isUtf8 } from 'node:buffer';

/**
 * Peeling disguises: percent-encoding, base64 (standard and URL-safe, kept only when the bytes
 * are valid UTF-8 text), stringified JSON, and recognising stack traces. Pure helpers; the
 * scanner decides the order and bounds the depth.
 */

const PERCENT = /%[0-9A-Fa-f]{2}/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** True when a string contains at least one `%XX` escape. */
export function hasPercent(text: string): boolean {
  return text.indexOf('%') >= 0 && PERCENT.test(text);
}

/** Decode `%XX` escapes (UTF-8); invalid sequences are left as they are. Never throws. */
export function percentDecode(text: string, plusIsSpace = false): string {
  const input = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  if (!hasPercent(input)) return input;
  try {
    return decodeURIComponent(input);
  } catch {
    return input.replace(PERCENT_RUN, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Decode repeatedly (at most `max` times) until nothing changes: `%2540` → `%40` → `@`. */
export function percentDecodeAll(text: string, max = 3, plusIsSpace = false): string {
  let out = text;
  for (let i = 0; i < max; i++) {
    const next = percentDecode(out, plusIsSpace && i === 0);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Largest base64 string decoded (1 MiB); longer ones are not peeled. */
const MAX_B64 = 1 << 20;

/** Which base64 alphabet a whole string uses, if it could be base64 of something worth reading. */
export function base64Kind(text: string): 'base64' | 'base64url' | undefined {
  const n = text.length;
  if (n < 12 || n > MAX_B64 || n % 4 === 1) return undefined;
  // One pass: `[A-Za-z0-9+/]+={0,2}` or `[A-Za-z0-9_-]+={0,2}`. Base64 of text always has
  // capitals; lowercase identifiers, digests and numbers do not.
  let end = n;
  while (end > 0 && n - end < 2 && text.charCodeAt(end - 1) === 61) end--;
  if (end === 0) return undefined;
  let upper = false;
  let allHex = true;
  let std = true;
  let url = true;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper = true;
      if (c > 70) allHex = false;
    } else if (c >= 97 && c <= 122) {
      if (c > 102) allHex = false;
    } else if (c >= 48 && c <= 57) {
      // digit
    } else if (c === 43 || c === 47) {
      url = false;
      allHex = false;
    } else if (c === 95 || c === 45) {
      std = false;
      allHex = false;
    } else return undefined;
  }
  if (!upper || (allHex && end === n)) return undefined;
  return std ? 'base64' : url ? 'base64url' : undefined;
}

/** True when decoded text is readable: no control characters other than whitespace. */
export function isReadableText(text: string): boolean {
  if (text.length < 4) return false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127) letters++;
  }
  return letters >= text.length * 0.5;
}

const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
B64_VALUE[45] = 62; // -
B64_VALUE[95] = 63; // _

/**
 * Allocation-free pre-check of base64 (either alphabet, as base64Kind accepts it): false as soon as
 * a decoded byte is a control character or breaks UTF-8 structure, which base64Text would reject.
 * Random tokens and ids fail within a few bytes, without decoding the whole string.
 */
function base64MayBeText(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  let acc = 0;
  let bits = 0;
  let cont = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? (B64_VALUE[c] as number) : -1;
    if (v < 0) return true; // not plain base64: leave it to the decoder
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits < 8) continue;
    bits -= 8;
    const b = (acc >> bits) & 0xff;
    if (cont > 0) {
      if ((b & 0xc0) !== 0x80) return false;
      cont--;
    } else if (b < 0x80) {
      if ((b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127) return false;
    } else if (b >= 0xc2 && b <= 0xdf) cont = 1;
    else if (b >= 0xe0 && b <= 0xef) cont = 2;
    else if (b >= 0xf0 && b <= 0xf4) cont = 3;
    else return false;
  }
  return true;
}

/** Decode base64 (either alphabet) to text, or undefined when the bytes are not valid UTF-8 text. */
export function base64Text(text: string): string | undefined {
  if (!base64MayBeText(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length < 4 || !isUtf8(bytes)) return undefined;
  const decoded = bytes.toString('utf8');
  return isReadableText(decoded) ? decoded : undefined;
}

const EMBEDDED_B64 = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{20,4096}={0,2}(?![A-Za-z0-9+/_=-])/g;

/** Base64 tokens inside longer text (`payload=eyJlbWFpbCI6…`), at most `max`, decoded to text. */
export function embeddedBase64(text: string, max = 4): Array<{ text: string; layer: 'base64' | 'base64url' }> {
  const out: Array<{ text: string; layer: 'base64' | 'base64url' }> = [];
  EMBEDDED_B64.lastIndex = 0;
  for (let n = 0; n < 16 && out.length < max; n++) {
    const m = EMBEDDED_B64.exec(text);
    if (!m) break;
    const kind = base64Kind(m[0]);
    if (kind === undefined || m[0].startsWith('eyJ') && m[0].includes('.')) continue;
    const decoded = base64Text(m[0]);
    if (decoded !== undefined) out.push({ text: decoded, layer: kind });
  }
  return out;
}

const KEY_PREFIX = /^[A-Za-z_][\w.-]{0,40}=(?=[^=]*%[0-9A-Fa-f]{2})/;
/** Characters that end a token of text: whitespace, quotes and angle brackets. */
function isTokenEnd(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 60 || c === 62;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Percent-encoded tokens inside longer text, with two escapes or more (`body=subscriber%255Fssn%253D…` in
 * an access log line), decoded (repeatedly); at most `max`.
 */
export function embeddedPercent(text: string, max = 4): string[] {
  const out: string[] = [];
  // One pass over the tokens (no regular expression: a long token without escapes costs its length once).
  let start = 0;
  let escapes = 0;
  for (let i = 0; i <= text.length && out.length < max; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 37 && i + 2 < text.length && isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2))) escapes++;
    if (!isTokenEnd(c)) continue;
    if (escapes >= 2 && i - start <= 4096) {
      // `body=<encoded>`: the value is decoded alone, so the pairs inside it keep their keys.
      const run = text.slice(start, i).replace(KEY_PREFIX, '');
      const decoded = percentDecodeAll(run);
      if (decoded !== run) out.push(decoded);
    }
    start = i + 1;
    escapes = 0;
  }
  return out;
}

/** Parse a string that looks like a JSON object or array; undefined when it is not JSON. */
export function parseJsonText(text: string): unknown {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (!((first === 123 && last === 125) || (first === 91 && last === 93)) || text.length < 2) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const STACK = /\n\s{0,16}at [^\n]{1,300}(?:\(|:\d+)|Traceback \(most recent call last\)|File "[^"\n]{1,300}", line \d+|\.(?:java|kt|scala):\d+\)|^\s{0,16}at [\w$.<>]{1,200} \(|\n\s{0,16}[\w$.]{1,200}@[^\n]{1,300}:\d+:\d+|#\d+ [^\n]{1,300}\.(?:php|rb|go|rs):\d+/;

/** True when text looks like a stack trace (JS, Python, JVM, Firefox, PHP/Ruby/Go frames). */
export function isStackTrace(text: string): boolean {
  return text.length > 20 && (text.includes('\n') || text.includes('at ') || text.includes('File "')) && STACK.test(text);
}
